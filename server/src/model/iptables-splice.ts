/**
 * The model of an open iptables document edited inside one line, spliced into the model of its previous check
 * instead of lowered again: most keystrokes change one rule, and a large dump has thousands.
 *
 * A full lowering reads every table child of the tree; with the memo (iptables-memo.ts) an unchanged rule costs a
 * lookup, but still a visit. Here only the edited line is read. The result is what a full lowering gives, because
 * the splice is made only where a rule depends on its own line alone:
 * - every other line has the same text, and every syntax error of either tree is on the edited line;
 * - the tables have the same rows (`outline`), and the line belongs to a table where every chain is declared before
 *   the first rule and every rule appends to an existing chain (no `-I`/`-R`/`-D`, no `-N`/`-F`/`-X`, no chain made
 *   up by a rule): then chain names are the same for every rule, and the rules of a chain are in document order;
 * - the line held, and holds, only rules and syntax errors; the new rules append to existing chains;
 * - the file's family was decided above the line (iptables-family.ts).
 * Anything else falls back to the full lowering. The incremental tests compare every spliced check with a fresh one.
 */
import { graphFollows } from '../analysis/chain-graph';
import { recordSplice, resultsOf } from '../analysis/reuse';
import { forgetChainResults } from '../analysis/rule-memo';
import type { Node } from 'web-tree-sitter';
import type { IpFamily } from '../catalog/iptables';
import type { ParsedFile } from '../engine/source';
import { errorRows } from '../syntax/syntax-errors';
import { addChain } from './iptables-chains';
import { editedRow, outlineOf, sameBesides, spliceReferences } from './splice-util';
import { checkLines } from './iptables-lines';
import type { LoweringMemo, RuleRecord } from './iptables-memo';
import type { Chain, Problem, Reference, Rule, Ruleset, Table } from './types';

/**
 * Tables whose rules each depend on their own line and the declared chains alone (see the module comment), with the
 * chains a rule made up (an undeclared name: a built-in chain, or a user chain with an `undefined-chain` error) and
 * the row of that rule.
 */
export type IndependentTables = WeakMap<Table, Map<string, number>>;

/** What one line of a table gave the lowering: the rules it appended, the problems and references it added. */
export interface LineLowering {
  rules: Rule[];
  problems: Problem[];
  references: Reference[];
}

/** What lowering one rule node of the edited line gave, from from-iptables.ts; undefined when it cannot be spliced. */
export type LowerLine = (table: Table, node: Node, family: IpFamily) => (LineLowering & { record?: RuleRecord }) | undefined;

/** The latest lowering of an open document, kept with its memo: what the next edit is spliced into. */
interface LastLowering {
  ruleset: Ruleset;
  text: string;
  family: IpFamily;
  /** Rules up to this row decided the family (-1: the header or the file name did; Infinity: no clear lead). */
  familyThrough: number;
  /** Tables where a rule depends on its own line alone (see the module comment). */
  independent: IndependentTables;
  /** Rows whose table children are only rules and syntax errors, each on that row alone: what the row gave. */
  lines: Map<number, LineLowering>;
  /** Rows of the tree's syntax errors. */
  errors: Set<number>;
  /** The types and rows of the root's children. */
  outline: string;
  /** The problems of checkLines, which reads the whole text again. */
  lineProblems: Problem[];
}

const lastLowerings = new WeakMap<LoweringMemo, LastLowering>();

/** Collects, during a full lowering, what each line gave. */
export class LineRecorder {
  readonly lines = new Map<number, LineLowering>();
  private readonly other = new Set<number>();

  /** A table child and what its lowering added (undefined for a child that is neither a rule nor a syntax error). */
  add(item: Node, lowered: LineLowering | undefined): void {
    const row = item.startPosition.row;
    if (!lowered || item.endPosition.row !== row || this.other.has(row)) {
      this.other.add(row);
      this.lines.delete(row);
      return;
    }
    const line = this.lines.get(row);
    if (!line) this.lines.set(row, lowered);
    else {
      line.rules.push(...lowered.rules);
      line.problems.push(...lowered.problems);
      line.references.push(...lowered.references);
    }
  }
}

/** Keeps a full lowering for the next edit (or forgets the last one when the tree's errors make splicing unsafe). */
export function keepLowering(memo: LoweringMemo, file: ParsedFile, kept: Omit<LastLowering, 'text' | 'errors'>): void {
  const errors = errorRows(file.tree);
  if (errors) lastLowerings.set(memo, { ...kept, text: file.text, errors });
  else lastLowerings.delete(memo);
}

/** The spliced model of an edited document, or undefined when the full lowering must run (see the module comment). */
export function spliceEditedLine(file: ParsedFile, memo: LoweringMemo, lowerLine: LowerLine): Ruleset | undefined {
  const last = lastLowerings.get(memo);
  if (!last) return undefined;
  // Whatever happens below, the next check starts from a full lowering unless this splice succeeds.
  lastLowerings.delete(memo);
  const edited = editedRow(last.text, file.text);
  if (!edited || edited.row <= last.familyThrough) return undefined;
  const { row, end } = edited;
  const before = last.lines.get(row);
  const errors = before && errorRows(file.tree);
  if (!errors || !sameBesides(errors, last.errors, row)) return undefined;
  const roots = file.tree.rootNode.namedChildren;
  if (outlineOf(roots) !== last.outline) return undefined;
  const found = itemsAt(roots, row);
  const baseTable = found && last.ruleset.tables.find((t) => t.location.range.start.line === found.tableRow);
  const created = baseTable && last.independent.get(baseTable);
  if (!found || !baseTable || !created) return undefined;
  if (before.rules.some((r) => r.chain.table !== baseTable || r.chain.rules[r.index] !== r)) return undefined;
  // A chain the edited line made up must be one no later line names: else later rules depend on this line. One that
  // another line made up must not be named on this one: whether it exists here depends on which line comes first.
  const unnamedBelow = (name: string): boolean => file.text.indexOf(name, end) < 0;
  const oldLine = last.text.slice(edited.start, edited.oldEnd);
  const newLine = file.text.slice(edited.start, end);
  for (const [name, at] of created) {
    if (at === row ? !unnamedBelow(name) : oldLine.includes(name) || newLine.includes(name)) return undefined;
  }

  const { ruleset, table, independent } = copySkeleton(last, baseTable, row);
  const declared = table.chains.length;

  const after: LineLowering = { rules: [], problems: [], references: [] };
  const records: RuleRecord[] = [];
  for (const node of found.nodes) {
    if (node.type !== 'rule') continue;
    const lowered = lowerLine(table, node, last.family);
    if (!lowered) return undefined;
    after.rules.push(...lowered.rules);
    after.problems.push(...lowered.problems);
    after.references.push(...lowered.references);
    if (lowered.record) records.push(lowered.record);
  }
  const kept = memo.keptAt(row);
  if (records.length > 1 || (kept && !before.rules.includes(kept.rule))) return undefined;
  // Chains made up by rules follow the declared ones in the order of the rules that made them.
  const made = new Map([...created].filter(([, at]) => at !== row));
  for (const chain of table.chains.slice(declared)) {
    if (!unnamedBelow(chain.name)) return undefined;
    made.set(chain.name, row);
  }
  if (made.size > 0) {
    const rowOf = (chain: Chain): number => made.get(chain.name) ?? -1;
    table.chains = [...table.chains.filter((c) => !made.has(c.name)), ...table.chains.filter((c) => made.has(c.name)).sort((a, b) => rowOf(a) - rowOf(b))];
  }
  independent.set(table, made);

  // The old rules leave their chains, the new ones join theirs in document order.
  const touched = new Set<Chain>();
  for (const rule of [...before.rules, ...after.rules]) forgetChainResults(rule.chain.rules[rule.chain.rules.length - 1]);
  for (const rule of before.rules) {
    rule.chain.rules.splice(rule.chain.rules.indexOf(rule), 1);
    touched.add(rule.chain);
  }
  for (const rule of after.rules) {
    insertInLineOrder(rule.chain.rules, rule);
    touched.add(rule.chain);
  }
  for (const chain of touched) chain.rules.forEach((r, i) => { r.index = i; });

  const lineProblems: Problem[] = [];
  checkLines(file, lineProblems);
  const dropped = new Set<Problem>([...before.problems, ...last.lineProblems]);
  ruleset.problems = [...last.ruleset.problems.filter((p) => !dropped.has(p)), ...after.problems, ...lineProblems];
  ruleset.references = spliceReferences(last.ruleset.references, before.references, after.references, row);
  for (const reference of ruleset.references) if (reference.table === baseTable) reference.table = table;

  memo.replace(kept, records[0]);
  memo.spliced++;
  // What changed, for the whole-table diagnostics to reuse their problems of the last check (analysis/reuse.ts).
  const sameChains = ![...created.values()].includes(row) && table.chains.length === declared;
  recordSplice(ruleset, { previous: resultsOf(last.ruleset), uri: file.uri, row, from: edited.from, oldTo: edited.oldTo, newTo: edited.newTo, sameChains, before, after });
  if (sameChains) graphFollows(table, baseTable, touched);
  last.lines.set(row, after);
  lastLowerings.set(memo, { ...last, ruleset, text: file.text, independent, errors, lineProblems });
  return ruleset;
}

/**
 * The model to splice into: the last one's tables, the edited one as a new object (analyses keep results per table:
 * its chain graph and contexts are found again) holding the same chains, which move to it, without the chains the
 * edited row made up. The other tables are the same objects, their results kept. Chains and rules stay the same
 * objects, so a splice costs no walk over the rules.
 */
function copySkeleton(last: LastLowering, edited: Table, row: number): { ruleset: Ruleset; table: Table; independent: IndependentTables } {
  const table: Table = { ...edited, chains: [] };
  const made = last.independent.get(edited);
  for (const chain of edited.chains) {
    if (made?.get(chain.name) === row) continue;
    chain.table = table;
    addChain(table, chain);
  }
  const ruleset: Ruleset = { ...last.ruleset, tables: last.ruleset.tables.map((t) => (t === edited ? table : t)) };
  const independent: IndependentTables = new WeakMap();
  for (const t of ruleset.tables) {
    const created = last.independent.get(t === table ? edited : t);
    if (created) independent.set(t, created);
  }
  return { ruleset, table, independent };
}

/**
 * The named children of a table that start on a row, with the table's first row; undefined unless each is a rule or
 * a syntax error on that row alone (a comment, a declaration or a command there changes more than one rule).
 */
function itemsAt(roots: readonly (Node | null)[], row: number): { tableRow: number; nodes: Node[] } | undefined {
  const tableNode = roots.find((n) => n?.type === 'table' && n.startPosition.row < row && row <= n.endPosition.row);
  if (!tableNode) return undefined;
  // The table child at the start of the row (a line that starts with blanks is not spliced).
  let node: Node | null = tableNode.descendantForPosition({ row, column: 0 });
  while (node && node.parent && node.parent.id !== tableNode.id) node = node.parent;
  if (!node || node.id === tableNode.id || !node.isNamed) return undefined;
  const nodes: Node[] = [];
  for (; node && node.startPosition.row === row; node = node.nextNamedSibling) {
    if (node.startPosition.column !== 0 && nodes.length === 0) return undefined;
    if (node.endPosition.row !== row || (node.type !== 'rule' && node.type !== 'ERROR')) return undefined;
    nodes.push(node);
  }
  return nodes.length > 0 ? { tableRow: tableNode.startPosition.row, nodes } : undefined;
}

/** Inserts a rule into its chain's rules, which are in document order, after those on earlier lines. */
function insertInLineOrder(rules: Rule[], rule: Rule): void {
  const line = rule.location.range.start.line;
  let low = 0;
  let high = rules.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (rules[middle].location.range.start.line <= line) low = middle + 1;
    else high = middle;
  }
  rules.splice(low, 0, rule);
}
