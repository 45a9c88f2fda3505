/**
 * The document store: uri → text, version, dialect, tree and the latest check result.
 *
 * It owns every tree-sitter tree of an open document and deletes the old tree when a new one replaces it (WASM memory
 * is not garbage-collected). Edits are applied to the previous tree so tree-sitter reparses incrementally, and the
 * reparse waits until something needs the tree: edits that come together (a burst, or an edit and the completion
 * asked with it) are parsed once.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Tree } from 'web-tree-sitter';
import { DEFERRED_CODES, deferredSteps } from './analysis/index';
import { carryThrough } from './engine/carry';
import { completeCheck, quickCheck, type CheckResult } from './engine/check';
import type { EngineHost, ParsedFile } from './engine/source';
import { LoweringMemo } from './model/iptables-memo';
import { NftLoweringMemo } from './model/nft-memo';
import type { Dialect, Problem } from './model/types';
import { detectDialect } from './syntax/dialect';
import { parse } from './syntax/parser';
import { toPath } from './engine/file-host';

export interface OpenDocument {
  document: TextDocument;
  dialect: Dialect;
  /**
   * The tree, edited but not reparsed while `stale` says so: read it through `DocumentStore.parsed`, which reparses
   * first (incrementally, or afresh after a change that replaced the whole text).
   */
  tree: Tree;
  stale?: 'edited' | 'replaced';
  /** The check of this version without the deferred rules, computed on demand and cached. */
  quick?: CheckResult;
  /** The complete check of this version (the quick one plus the deferred rules), computed on demand and cached. */
  result?: CheckResult;
  /** The deferred problems of the last complete check, moved through the edits since (engine/carry.ts). */
  carried: Problem[];
  /** What the previous check lowered, reused for unchanged rules (one per open document, kept across edits). */
  memo: LoweringMemo;
  nftMemo: NftLoweringMemo;
  /** Whether this version came from an edit (not from opening the document). */
  edited?: boolean;
  /**
   * The edits since the last quick check: the row they all fall inside when they change one line and add no line
   * (typing, which the lowerings can splice), -1 otherwise.
   */
  editedRow?: number;
}

/**
 * What the quick checks after edits cost (ms): those spliced into the previous model (milliseconds) and those that
 * lowered the file again (on a large nft file, a hundred times more), and whether the last one-line edit spliced.
 */
interface CheckCosts {
  spliced?: number;
  full?: number;
  last?: { row: number; spliced: boolean };
}

/** Maps an LSP language id (or the content) to a dialect. */
export function dialectOf(languageId: string, uri: string, text: string): Dialect {
  if (languageId === 'nftables' || languageId === 'iptables') return languageId;
  return detectDialect(toPath(uri), text) ?? 'nftables';
}

export class DocumentStore {
  private readonly docs = new Map<string, OpenDocument>();
  private readonly costs = new Map<string, CheckCosts>();

  constructor(private readonly host: EngineHost) {}

  /** Registers a newly opened document and parses it. */
  open(uri: string, languageId: string, version: number, text: string): OpenDocument {
    this.close(uri);
    const dialect = dialectOf(languageId, uri, text);
    const entry: OpenDocument = {
      document: TextDocument.create(uri, languageId, version, text),
      dialect,
      tree: parse(dialect, text),
      memo: new LoweringMemo(),
      nftMemo: new NftLoweringMemo(),
      carried: [],
    };
    this.docs.set(uri, entry);
    return entry;
  }

  /**
   * Applies LSP content changes, editing the old tree so the reparse is incremental; the reparse itself waits until
   * the tree is needed (`parsed`).
   */
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): OpenDocument | undefined {
    const entry = this.docs.get(uri);
    if (!entry) return undefined;
    let document = entry.document;
    const tree = entry.tree;
    let carried = entry.result ? entry.result.problems.filter((p) => DEFERRED_CODES.has(p.code)) : entry.carried;
    let stale: OpenDocument['stale'] = entry.stale ?? 'edited';
    let editedRow = entry.quick ? undefined : entry.editedRow;
    for (const change of changes) {
      const row = 'range' in change && change.range.start.line === change.range.end.line && !/[\r\n]/.test(change.text) ? change.range.start.line : -1;
      editedRow = editedRow === undefined || editedRow === row ? row : -1;
      if (!('range' in change) || !change.range) {
        stale = 'replaced';
        carried = [];
        document = TextDocument.update(document, [change], version);
        continue;
      }
      const startIndex = document.offsetAt(change.range.start);
      const oldEndIndex = document.offsetAt(change.range.end);
      const startPosition = { row: change.range.start.line, column: change.range.start.character };
      const oldEndPosition = { row: change.range.end.line, column: change.range.end.character };
      carried = carryThrough(carried, uri, { range: change.range, text: change.text });
      document = TextDocument.update(document, [change], version);
      const newEndIndex = startIndex + change.text.length;
      const newEnd = document.positionAt(newEndIndex);
      tree.edit({
        startIndex, oldEndIndex, newEndIndex, startPosition, oldEndPosition,
        newEndPosition: { row: newEnd.line, column: newEnd.character },
      });
    }
    const updated: OpenDocument = { document, dialect: entry.dialect, tree, stale, memo: entry.memo, nftMemo: entry.nftMemo, carried, edited: true, editedRow };
    this.docs.set(uri, updated);
    return updated;
  }

  /** The entry's tree for its current text: reparsed first when edits are pending. */
  private current(entry: OpenDocument): Tree {
    if (entry.stale) {
      const old = entry.tree;
      entry.tree = parse(entry.dialect, entry.document.getText(), entry.stale === 'edited' ? old : undefined);
      entry.stale = undefined;
      old.delete();
    }
    return entry.tree;
  }

  /** Forgets a closed document and frees its tree. */
  close(uri: string): void {
    const entry = this.docs.get(uri);
    if (!entry) return;
    entry.tree.delete();
    this.docs.delete(uri);
    this.costs.delete(uri);
  }

  get(uri: string): OpenDocument | undefined {
    return this.docs.get(uri);
  }

  /** Text of an open document, for the file host overlay. */
  text(uri: string): string | undefined {
    return this.docs.get(uri)?.document.getText();
  }

  all(): OpenDocument[] {
    return [...this.docs.values()];
  }

  /** The complete check of the current version (model + every problem), computed once per version. */
  check(uri: string): CheckResult | undefined {
    const entry = this.docs.get(uri);
    if (!entry) return undefined;
    entry.result ??= completeCheck(this.quick(entry));
    return entry.result;
  }

  /**
   * The deferred rules' work on the current version as steps of bounded work, for the server to run between
   * requests; `check` then only collects the results. Nothing to do when the complete check is already there.
   */
  deferredSteps(uri: string): Iterator<void> | undefined {
    const entry = this.docs.get(uri);
    if (!entry || entry.result) return undefined;
    return deferredSteps(this.quick(entry).ruleset);
  }

  /** The check of the current version without the deferred rules: the model and the quick problems. */
  quickCheck(uri: string): CheckResult | undefined {
    const entry = this.docs.get(uri);
    return entry ? this.quick(entry) : undefined;
  }

  /** The latest check already computed for the current version, complete if there is one. */
  computed(uri: string): CheckResult | undefined {
    const entry = this.docs.get(uri);
    return entry?.result ?? entry?.quick;
  }

  /**
   * What the client is shown for the current version without waiting for the deferred rules: the complete check if
   * it is there, else the quick one with the deferred problems of the last complete check moved through the edits.
   */
  latest(uri: string): CheckResult | undefined {
    const entry = this.docs.get(uri);
    if (!entry) return undefined;
    if (entry.result) return entry.result;
    const quick = this.quick(entry);
    return entry.carried.length === 0 ? quick : { ruleset: quick.ruleset, problems: [...quick.problems, ...entry.carried] };
  }

  /**
   * What the pending edit's quick check will likely cost (ms): the latest cost of a spliced check when the edit is
   * typing inside one line (unless the last edit of that line could not be spliced), else of a full lowering;
   * undefined before the first such check. The check of the opened text is left out: it lowers every rule with a
   * cold JIT (half a second on the TUM dump), so it would make the first keystroke wait for a pause.
   */
  quickCost(uri: string): number | undefined {
    const entry = this.docs.get(uri);
    const costs = this.costs.get(uri);
    if (!entry || !costs) return undefined;
    const row = entry.editedRow ?? -1;
    const splices = row >= 0 && (costs.last?.row !== row || costs.last.spliced);
    return splices ? costs.spliced : costs.full;
  }

  private quick(entry: OpenDocument): CheckResult {
    if (!entry.quick) {
      const started = performance.now();
      const splicedBefore = splicesOf(entry);
      entry.quick = quickCheck(this.parsed(entry), this.host);
      if (entry.edited) {
        const uri = entry.document.uri;
        const costs = this.costs.get(uri) ?? {};
        const spliced = splicesOf(entry) > splicedBefore;
        costs[spliced ? 'spliced' : 'full'] = performance.now() - started;
        const row = entry.editedRow ?? -1;
        if (row >= 0) costs.last = { row, spliced };
        this.costs.set(uri, costs);
      }
    }
    return entry.quick;
  }

  /** How many checks of an open document were spliced into the model of the check before (for tests and benchmarks). */
  splices(uri: string): number {
    const entry = this.docs.get(uri);
    return entry ? splicesOf(entry) : 0;
  }

  /** The open document as a ParsedFile for the engine (the store keeps ownership of the tree). */
  parsed(entry: OpenDocument): ParsedFile {
    const memos = entry.dialect === 'iptables' ? { memo: entry.memo } : { nftMemo: entry.nftMemo };
    return { uri: entry.document.uri, text: entry.document.getText(), dialect: entry.dialect, tree: this.current(entry), ...memos };
  }

  /** Frees every tree. */
  dispose(): void {
    for (const uri of [...this.docs.keys()]) this.close(uri);
  }
}

/** Checks of a document spliced so far, by either dialect's lowering (the other's memo stays unused). */
function splicesOf(entry: OpenDocument): number {
  return entry.memo.spliced + entry.nftMemo.spliced;
}
