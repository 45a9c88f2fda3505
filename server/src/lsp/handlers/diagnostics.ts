/**
 * Document sync and published diagnostics: open/change/close update the store, and each document is re-checked once
 * after the current burst of messages (a timer of a few milliseconds, see YIELD_MS), so a burst of keystrokes costs one check. Each check is
 * published twice: the quick problems first (with the rule-logic ones of the previous version moved through the edit),
 * then, unless another edit came in meanwhile, the complete set with the deferred rules' problems. The deferred rules
 * run in short slices between the other messages, and an edit abandons them.
 */
import { TextDocumentSyncKind } from 'vscode-languageserver';
import { DEFERRED_CODES } from '../../analysis/index';
import type { Problem } from '../../model/types';
import { toDiagnostic } from '../convert';
import type { LspFeature } from '../context';

/**
 * Runs a check once the messages already on their way have been handled and the diagnostics already sent have been
 * written out: after a timer of a few milliseconds (so the input is read again: an editor sends the completion request
 * with the keystroke), after the previous publications are written (a large one takes several turns of the event loop
 * to drain, and replies queue behind it; a check started meanwhile would hold them up), and after the immediates queued
 * meanwhile (the connection writes replies from an immediate). Waits at most FLUSH_WAIT_MS for the writes. Returns the
 * function that cancels it.
 */
function later(work: () => void, written: () => Promise<unknown>, delayMs = YIELD_MS): () => void {
  let cancelled = false;
  let immediate: NodeJS.Immediate | undefined;
  const timer = setTimeout(() => {
    void Promise.race([written(), new Promise((resolve) => setTimeout(resolve, FLUSH_WAIT_MS))]).then(() => {
      if (!cancelled) immediate = setImmediate(work);
    });
  }, delayMs);
  return () => {
    cancelled = true;
    clearTimeout(timer);
    if (immediate) clearImmediate(immediate);
  };
}

/**
 * Runs steps of work in slices of at most SLICE_MS, each slice in its own turn of the event loop, then `done`: the
 * messages that arrive meanwhile are handled between two slices (the connection handles them from an immediate queued
 * after the next slice's). Returns the function that cancels it.
 */
function inSlices(steps: Iterator<void> | undefined, done: () => void): () => void {
  let cancelled = false;
  let immediate: NodeJS.Immediate | undefined;
  const slice = (): void => {
    immediate = undefined;
    if (cancelled) return;
    const end = performance.now() + SLICE_MS;
    while (steps && !steps.next().done) {
      if (performance.now() >= end) {
        immediate = setImmediate(slice);
        return;
      }
    }
    done();
  };
  slice();
  return () => {
    cancelled = true;
    if (immediate) clearImmediate(immediate);
  };
}

const YIELD_MS = 2;
const FLUSH_WAIT_MS = 250;
/** Longest stretch of the deferred rules' work between two chances to answer a request. */
const SLICE_MS = 5;
/**
 * A document whose last quick check after an edit took longer than this is checked only after a pause in typing (of
 * about its cost, at most PAUSE_MS): each check holds the server up, so checking a large nft file at every keystroke
 * would keep the next keystroke's completion waiting. Below it, checks start at once.
 */
const SLOW_CHECK_MS = 100;
const PAUSE_MS = 300;
/**
 * Edits that come less than this apart are a burst (a held key, a client replaying edits, a server that fell
 * behind): the check waits until the burst is over, so a completion asked for in it is not held up by the check of
 * an edit already replaced. Typing at human speed leaves more time between keystrokes and is checked at once.
 */
const BURST_MS = 30;

/**
 * How long to wait for more edits before checking a document whose last quick check took `costMs`, when its
 * previous edit came `sinceLastEditMs` before this one.
 */
export function pauseBefore(costMs: number | undefined, sinceLastEditMs = Infinity): number {
  const pause = costMs === undefined || costMs < SLOW_CHECK_MS ? YIELD_MS : Math.min(costMs, PAUSE_MS);
  return sinceLastEditMs < BURST_MS ? Math.max(pause, BURST_MS) : pause;
}

/** Sent after the complete diagnostics of a document version (for clients and tests that wait for them). */
export const DIAGNOSTICS_COMPLETE = 'nfrules/diagnosticsComplete';

export const diagnosticsFeature: LspFeature = {
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
  register({ connection, docs, ready }) {
    const pending = new Map<string, () => void>();
    const published = new Map<string, Set<string>>();
    /** Settles when the diagnostics sent so far are written to the client. */
    let written: Promise<unknown> = Promise.resolve();
    const flushed = (): Promise<unknown> => written;

    /** Sends a check's problems, grouped by file; files that had problems from this document before are cleared. */
    const send = (uri: string, problems: readonly Problem[]): void => {
      const byUri = new Map<string, Problem[]>([[uri, []]]);
      for (const problem of problems) {
        const list = byUri.get(problem.location.uri) ?? [];
        list.push(problem);
        byUri.set(problem.location.uri, list);
      }
      const before = published.get(uri) ?? new Set<string>();
      const sent: Promise<void>[] = [];
      for (const stale of before) if (!byUri.has(stale)) sent.push(connection.sendDiagnostics({ uri: stale, diagnostics: [] }));
      for (const [target, list] of byUri) {
        const version = target === uri ? docs.get(uri)?.document.version : undefined;
        sent.push(connection.sendDiagnostics({ uri: target, version, diagnostics: list.map(toDiagnostic) }));
      }
      written = Promise.allSettled(sent);
      published.set(uri, new Set(byUri.keys()));
    };

    /** The complete problems of the current version, then `nfrules/diagnosticsComplete` to say nothing more follows. */
    const sendComplete = (uri: string, problems: readonly Problem[]): void => {
      send(uri, problems);
      void connection.sendNotification(DIAGNOSTICS_COMPLETE, { uri, version: docs.get(uri)?.document.version });
    };

    // First the quick problems with the deferred ones of the previous version carried along, then the complete set.
    const publishQuick = (uri: string): void => {
      const entry = docs.get(uri);
      const quick = docs.quickCheck(uri);
      if (!entry || !quick) return;
      if (entry.result) {
        sendComplete(uri, entry.result.problems);
        return;
      }
      const carried = entry.carried;
      send(uri, [...quick.problems, ...carried]);
      // The deferred rules run in slices, so completion and hover are answered while they work.
      pending.set(uri, later(() => pending.set(uri, inSlices(docs.deferredSteps(uri), () => {
        pending.delete(uri);
        const result = docs.check(uri);
        if (!result) return;
        // Most edits leave the rule-logic problems as carried: then the published list is already the complete one.
        if (sameProblems(result.problems.filter((p) => DEFERRED_CODES.has(p.code)), carried)) {
          void connection.sendNotification(DIAGNOSTICS_COMPLETE, { uri, version: docs.get(uri)?.document.version });
        } else {
          sendComplete(uri, result.problems);
        }
      })), flushed));
    };

    /** When each document was last edited (performance.now()). */
    const lastEdit = new Map<string, number>();
    const schedule = (uri: string, sinceLastEditMs?: number): void => {
      const previous = pending.get(uri);
      previous?.();
      pending.set(uri, later(() => {
        pending.delete(uri);
        publishQuick(uri);
      }, flushed, pauseBefore(docs.quickCost(uri), sinceLastEditMs)));
    };

    connection.onDidOpenTextDocument(async ({ textDocument: d }) => {
      await ready;
      docs.open(d.uri, d.languageId, d.version, d.text);
      schedule(d.uri);
    });
    connection.onDidChangeTextDocument(async ({ textDocument: d, contentChanges }) => {
      await ready;
      docs.change(d.uri, d.version, contentChanges);
      const now = performance.now();
      schedule(d.uri, now - (lastEdit.get(d.uri) ?? -Infinity));
      lastEdit.set(d.uri, now);
    });
    connection.onDidCloseTextDocument(({ textDocument: d }) => {
      pending.get(d.uri)?.();
      pending.delete(d.uri);
      docs.close(d.uri);
      lastEdit.delete(d.uri);
      for (const target of published.get(d.uri) ?? []) void connection.sendDiagnostics({ uri: target, diagnostics: [] });
      published.delete(d.uri);
    });
  },
};

/** Whether two lists hold the same problems (what a client shows of them), in any order. */
function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  if (a.length !== b.length) return false;
  const key = (p: Problem): string => JSON.stringify([p.code, p.severity, p.message, p.location, p.related, p.data]);
  const counts = new Map<string, number>();
  for (const p of a) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  for (const p of b) {
    const n = counts.get(key(p));
    if (!n) return false;
    counts.set(key(p), n - 1);
  }
  return true;
}
