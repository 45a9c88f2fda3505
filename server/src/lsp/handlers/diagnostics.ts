/**
 * Document sync and published diagnostics: open/change/close update the store, and each document is re-checked once
 * after the current burst of messages (setImmediate), so a burst of keystrokes costs one check. Each check is
 * published twice: the quick problems first (with the rule-logic ones of the previous version moved through the edit),
 * then, unless another edit came in meanwhile, the complete set with the deferred rules' problems.
 */
import { TextDocumentSyncKind } from 'vscode-languageserver';
import { DEFERRED_CODES } from '../../analysis/index';
import type { Problem } from '../../model/types';
import { toDiagnostic } from '../convert';
import type { LspFeature } from '../context';

/** Sent after the complete diagnostics of a document version (for clients and tests that wait for them). */
export const DIAGNOSTICS_COMPLETE = 'nfrules/diagnosticsComplete';

export const diagnosticsFeature: LspFeature = {
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
  register({ connection, docs, ready }) {
    const pending = new Map<string, NodeJS.Immediate>();
    const published = new Map<string, Set<string>>();

    /** Sends a check's problems, grouped by file; files that had problems from this document before are cleared. */
    const send = (uri: string, problems: readonly Problem[]): void => {
      const byUri = new Map<string, Problem[]>([[uri, []]]);
      for (const problem of problems) {
        const list = byUri.get(problem.location.uri) ?? [];
        list.push(problem);
        byUri.set(problem.location.uri, list);
      }
      const before = published.get(uri) ?? new Set<string>();
      for (const stale of before) if (!byUri.has(stale)) void connection.sendDiagnostics({ uri: stale, diagnostics: [] });
      for (const [target, list] of byUri) {
        const version = target === uri ? docs.get(uri)?.document.version : undefined;
        void connection.sendDiagnostics({ uri: target, version, diagnostics: list.map(toDiagnostic) });
      }
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
      pending.set(uri, setImmediate(() => {
        pending.delete(uri);
        const result = docs.check(uri);
        if (!result) return;
        // Most edits leave the rule-logic problems as carried: then the published list is already the complete one.
        if (sameProblems(result.problems.filter((p) => DEFERRED_CODES.has(p.code)), carried)) {
          void connection.sendNotification(DIAGNOSTICS_COMPLETE, { uri, version: docs.get(uri)?.document.version });
        } else {
          sendComplete(uri, result.problems);
        }
      }));
    };

    const schedule = (uri: string): void => {
      const previous = pending.get(uri);
      if (previous) clearImmediate(previous);
      pending.set(uri, setImmediate(() => {
        pending.delete(uri);
        publishQuick(uri);
      }));
    };

    connection.onDidOpenTextDocument(async ({ textDocument: d }) => {
      await ready;
      docs.open(d.uri, d.languageId, d.version, d.text);
      schedule(d.uri);
    });
    connection.onDidChangeTextDocument(async ({ textDocument: d, contentChanges }) => {
      await ready;
      docs.change(d.uri, d.version, contentChanges);
      schedule(d.uri);
    });
    connection.onDidCloseTextDocument(({ textDocument: d }) => {
      const timer = pending.get(d.uri);
      if (timer) clearImmediate(timer);
      pending.delete(d.uri);
      docs.close(d.uri);
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
