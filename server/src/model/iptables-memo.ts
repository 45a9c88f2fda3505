/**
 * Reuse of unchanged iptables rules between two checks of an open document. Lowering a rule depends on its text and
 * column and on a few facts of its surroundings: the file's family, the table, the chain it is appended to (name,
 * hook, built-in or not) and which names were chains of the table when it was read; its line only says where its
 * positions are. A rule whose text, column and surroundings are the same as at the previous check gets the same
 * model (the same objects, moved to its new line: analyses keep their per-rule results) and the same problems,
 * without reading its syntax again.
 *
 * Only rules appended to an existing chain, without syntax errors, are kept; everything else is lowered each time.
 */
import type { Chain, Problem, Reference, Rule } from './types';

/** A kept rule's text and place: what the memo finds it by, and what moves when lines are added or removed above. */
export interface PlacedRecord {
  /** Where the rule starts and its text: a record is reused only for the same text in the same column. */
  row: number;
  column: number;
  text: string;
  /** Lines the rule spans after its first (0 for an iptables rule). */
  span?: number;
  /** Every position in the record: found at the first move, moved at each. */
  positions?: { line: number }[];
}

/** What lowering one rule produced, and what it depended on. */
export interface RuleRecord extends PlacedRecord {
  uri: string;
  family: string;
  table: string;
  chain: string;
  hook?: string;
  builtin: boolean;
  /** Chain names the lowering asked about, and whether each was a chain of the table then. */
  queries: Map<string, boolean>;
  rule: Rule;
  problems: Problem[];
  references: Reference[];
}

/**
 * The records of one document: those of the latest check, looked up by the next one. Records are found by the
 * rule's text, in document order among equal texts; a rule that moved to another line (lines inserted or removed
 * above it) has its positions moved with it (`moveRecord`).
 */
export class LoweringMemo<R extends PlacedRecord = RuleRecord> {
  private previous = new Map<string, R[]>();
  private current = new Map<string, R[]>();
  /**
   * The same by the row each record starts on, with the list of its text: most rules are where they were, and a row
   * is cheaper to hash than a text.
   */
  private previousRows = new Map<number, { record: R; list: R[] }>();
  private currentRows = new Map<number, { record: R; list: R[] }>();
  /** Records of the previous check already reused by this one. */
  private taken = new WeakSet<R>();
  /** Checks built by splicing one edited rule into the previous model (from-iptables.ts), for tests and benchmarks. */
  spliced = 0;

  /** Starts a check: the records of the last one become the ones to reuse. */
  begin(): void {
    this.previous = this.current;
    this.previousRows = this.currentRows;
    this.current = new Map();
    this.currentRows = new Map();
    this.taken = new WeakSet();
  }

  /**
   * Ends a check: the records of the one before have served. Dropping them matters: a record whose rule was not
   * reused keeps that rule, and through its chain the whole model it belonged to.
   */
  end(): void {
    this.previous = new Map();
    this.previousRows = new Map();
    this.taken = new WeakSet();
  }

  /**
   * The record the previous check kept for the same text in the same column: the one on the same row if there is
   * one, else the first in document order (each is reused at most once).
   */
  take(row: number, column: number, text: string): R | undefined {
    const here = this.previousRows.get(row);
    // Equal texts are still matched in document order, so that a chain keeps its rules' order (and its claims).
    const list = here && here.record.column === column && here.record.text === text ? here.list : this.previous.get(text);
    const record = list?.find((r) => r.column === column && !this.taken.has(r));
    if (record) this.taken.add(record);
    return record;
  }

  /** Keeps a record for the next check. */
  keep(record: R): void {
    let list = this.current.get(record.text);
    if (list) list.push(record);
    else this.current.set(record.text, (list = [record]));
    this.currentRows.set(record.row, { record, list });
  }

  /** The record the latest check kept for the rule starting on a row, if any. */
  keptAt(row: number): R | undefined {
    return this.currentRows.get(row)?.record;
  }

  /**
   * Puts a record in the place of one the latest check kept (the rule of a line edited in place), or just removes or
   * adds one, without starting a check: every other record stays as it is. Equal texts stay in document order.
   */
  replace(old: R | undefined, next: R | undefined): void {
    if (old) {
      const oldList = this.current.get(old.text);
      const at = oldList?.indexOf(old) ?? -1;
      if (oldList && at >= 0) {
        oldList.splice(at, 1);
        if (oldList.length === 0) this.current.delete(old.text);
      }
      if (this.currentRows.get(old.row)?.record === old) this.currentRows.delete(old.row);
    }
    if (!next) return;
    let list = this.current.get(next.text);
    if (!list) this.current.set(next.text, (list = []));
    let position = list.length;
    while (position > 0 && list[position - 1].row > next.row) position--;
    list.splice(position, 0, next);
    this.currentRows.set(next.row, { record: next, list });
  }
}

/**
 * Moves a record to start on another row: every position in its parts (`parts`: the rule, its problems and
 * references…) is on the rule's own lines, so each moves by the same number of lines. Returns false, changing
 * nothing, when some position is elsewhere (a problem pointing at another line): such a record is lowered again.
 */
export function moveRecord(record: PlacedRecord, row: number, parts: () => unknown[]): boolean {
  if (record.row === row) return true;
  record.positions ??= positionsOf(record, parts());
  if (!record.positions) return false;
  const delta = row - record.row;
  for (const position of record.positions) position.line += delta;
  record.row = row;
  return true;
}

/** The positions in a record's parts, or undefined when one is outside the rule's lines. */
function positionsOf(record: PlacedRecord, parts: unknown[]): { line: number }[] | undefined {
  const last = record.row + (record.span ?? 0);
  const positions: { line: number }[] = [];
  const seen = new Set<object>();
  const collect = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return true;
    seen.add(value);
    if (Array.isArray(value)) return value.every(collect);
    if (value instanceof Map || value instanceof Set) return true;
    const object = value as Record<string, unknown>;
    if (typeof object.line === 'number' && typeof object.character === 'number') {
      positions.push(object as { line: number });
      return object.line >= record.row && object.line <= last;
    }
    for (const key in object) {
      // Back-links lead out of the record, into the chain and table it belongs to.
      if (key === 'chain' || key === 'table') continue;
      if (!collect(object[key])) return false;
    }
    return true;
  };
  return parts.every(collect) ? positions : undefined;
}

/**
 * Whether a record still holds in a table: same file, family, table and chain, and every chain name it asked about
 * is (or is not) a chain now as it was then.
 */
export function recordHolds(record: RuleRecord, uri: string, family: string, table: string, chain: Chain | undefined, isChain: (name: string) => boolean): chain is Chain {
  if (!chain || record.uri !== uri || record.family !== family || record.table !== table) return false;
  if (chain.name !== record.chain || chain.base?.hook !== record.hook || chain.builtin !== record.builtin) return false;
  for (const [name, was] of record.queries) if (isChain(name) !== was) return false;
  return true;
}
