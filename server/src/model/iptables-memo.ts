/**
 * Reuse of unchanged iptables rules between two checks of an open document. Lowering a rule depends on its text and
 * position and on a few facts of its surroundings: the file's family, the table, the chain it is appended to (name,
 * hook, built-in or not) and which names were chains of the table when it was read. A rule whose text, position and
 * surroundings are the same as at the previous check gets the same model (the same objects: analyses keep their
 * per-rule results) and the same problems, without reading its syntax again.
 *
 * Only rules appended to an existing chain, without syntax errors, are kept; everything else is lowered each time.
 */
import type { Chain, Problem, Reference, Rule } from './types';

/** What lowering one rule produced, and what it depended on. */
export interface RuleRecord {
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
  /** Where the rule starts and its text: a record is reused only for the same text at the same place. */
  column: number;
  text: string;
}

/**
 * The records of one document: those of the latest check, looked up by the next one. Records are kept by the row the
 * rule starts on (an iptables rule is one line) and compared by column and text: a string key joining the three cost
 * a hash of every rule's text at every check.
 */
export class LoweringMemo {
  private previous = new Map<number, RuleRecord>();
  private current = new Map<number, RuleRecord>();

  /** Starts a check: the records of the last one become the ones to reuse. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** The record the previous check kept for the same text at the same place (each record is reused at most once). */
  take(row: number, column: number, text: string): RuleRecord | undefined {
    const record = this.previous.get(row);
    if (!record || record.column !== column || record.text !== text) return undefined;
    this.previous.delete(row);
    return record;
  }

  /** Keeps a record for the next check, under the row its rule starts on. */
  keep(row: number, record: RuleRecord): void {
    this.current.set(row, record);
  }

  /** Number of records the latest check kept (for tests). */
  get size(): number {
    return this.current.size;
  }
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
