/**
 * The model of an open nft document edited inside one line of a chain block, spliced into the model of its previous
 * check instead of lowered again, as iptables-splice.ts does for iptables. A full nft lowering of an edited document
 * reuses unchanged rules (nft-memo.ts), but still reads every item of every table body, adds every kept rule's facts
 * and references again and runs the whole-input work at its end: on a kube-proxy dump of 10,000 rules that is 70–80
 * ms per keystroke. Here only the edited line's rules are lowered.
 *
 * The splice gives what a full lowering gives because it is made only where those rules' lowering depends on their
 * text and their chain alone, and nothing else depends on that line:
 * - the texts differ inside one line, every syntax error elsewhere is where it was, and the root's items kept their
 *   types and rows;
 * - the last lowering read one file with no includes and no commands, each table block a table of its own: the
 *   tables then hold at the end what they held when each block ended, so no reference is an early use;
 * - the line held, and holds, only items of one chain block, each on that line alone: rules, syntax errors, a `;`, a
 *   comment; its rules name no variable, set, meter or anonymous chain (nft-memo.ts `CONTEXTUAL`);
 * - what the old line gave is known: the memo's record of its one rule (a rule alone on its line, without errors),
 *   or, for any other line, what the splice before this one lowered there.
 * Anything else falls back to the full lowering. The incremental tests compare every spliced check with a fresh one.
 */
import type { Node } from 'web-tree-sitter';
import type { EngineHost, ParsedFile } from '../engine/source';
import { graphFollows } from '../analysis/chain-graph';
import { recordSplice, resultsOf } from '../analysis/reuse';
import { forgetChainResults } from '../analysis/rule-memo';
import { errorRows } from '../syntax/syntax-errors';
import { emptyRuleset } from './build';
import { unquote } from './lowering-util';
import { NftLowering } from './nft-context';
import type { NftFacts } from './nft-facts';
import { CONTEXTUAL, lowerRecorded, type NftLoweringMemo, type NftRuleRecord } from './nft-memo';
import { lowerRule } from './nft-rules';
import { ownStrings } from './own-strings';
import { editedRow, outlineOf, sameBesides, spliceReferences } from './splice-util';
import type { Chain, Problem, Reference, Rule, Ruleset, Table } from './types';

/** What one line of a chain block gave the lowering: its rules (in chain order), problems, references and facts. */
interface RowLowering {
  chain: Chain;
  /** Where the line's rules are, or would be, in the chain. */
  index: number;
  rules: Rule[];
  problems: Problem[];
  references: Reference[];
  facts: [string, unknown[]][];
}

/** The latest lowering of an open nft document: what the next edit is spliced into. */
interface LastLowering {
  ruleset: Ruleset;
  text: string;
  /** Rows of the tree's syntax errors. */
  errors: Set<number>;
  /** The types and rows of the root's children. */
  outline: string;
  /** The line the last splice lowered, which the memo has no record of when it holds a syntax error. */
  edited?: { row: number; lowering: RowLowering };
}

const lastLowerings = new WeakMap<NftLoweringMemo, LastLowering>();

/** Root items a splice can live with: nothing among them changes a table after its block has been read. */
const QUIET_ROOT_ITEMS = new Set(['table', 'define', 'redefine', 'undefine', 'comment']);

/** Items of a chain block a spliced line may hold: what the chain-block lowering reads of them is the rules. */
const LINE_ITEMS = new Set(['rule', 'ERROR', 'comment']);

/** What may follow a rule on its line: blanks, one `;`, a comment. */
const LINE_REST = /^[ \t]*;?[ \t]*(?:#.*)?\r?$/;

/** Keeps a full lowering of a document for the next edit, or forgets the last one when a splice could not be sound. */
export function keepNftLowering(memo: NftLoweringMemo, file: ParsedFile, ruleset: Ruleset): void {
  lastLowerings.delete(memo);
  if (ruleset.includes.length > 0) return;
  const roots = file.tree.rootNode.namedChildren;
  let tables = 0;
  for (const node of roots) {
    if (!node || !QUIET_ROOT_ITEMS.has(node.type)) return;
    if (node.type === 'table') tables++;
  }
  // Two blocks of one table make one model table: a rule of the first may name a chain of the second.
  if (tables !== ruleset.tables.length) return;
  const errors = errorRows(file.tree);
  if (errors) lastLowerings.set(memo, { ruleset, text: file.text, errors, outline: outlineOf(roots) });
}

/** The spliced model of an edited document, or undefined when the full lowering must run (see the module comment). */
export function spliceNftEdit(file: ParsedFile, memo: NftLoweringMemo, host: EngineHost): Ruleset | undefined {
  const last = lastLowerings.get(memo);
  if (!last) return undefined;
  // Whatever happens below, the next check starts from a full lowering unless this splice succeeds.
  lastLowerings.delete(memo);
  const edited = editedRow(last.text, file.text);
  if (!edited) return undefined;
  const { row } = edited;
  const old = memo.keptAt(row);
  const before = last.edited?.row === row ? last.edited.lowering : old && recordLowering(old, last.text.slice(edited.start, edited.oldEnd));
  if (!before || (before !== last.edited?.lowering && last.errors.has(row))) return undefined;
  const errors = errorRows(file.tree);
  if (!errors || !sameBesides(errors, last.errors, row)) return undefined;
  if (outlineOf(file.tree.rootNode.namedChildren) !== last.outline) return undefined;

  const { chain } = before;
  const table = chain.table;
  if (!last.ruleset.tables.includes(table) || before.rules.some((r, i) => chain.rules[before.index + i] !== r)) return undefined;
  const items = lineItems(file.tree.rootNode, row, file.text.slice(edited.start, edited.end));
  if (!items || !inChain(items[0], table, chain.name)) return undefined;
  const ruleNodes = items.filter((n) => n.type === 'rule');
  if (ruleNodes.some((n) => CONTEXTUAL.test(n.text))) return undefined;
  // A rule the memo keeps is alone on its line, without errors; any other line is spliced each time it is edited.
  const clean = ruleNodes.length === 1 && items.length === 1 && !errors.has(row);

  // The edited table becomes a new object (the analyses keep results per table: its graph and contexts are found
  // again) holding the same chains and sets, which move to it; the other tables stay, with their results.
  const moved: Table = { ...table };
  for (const list of [table.chains, table.sets, table.flowtables, table.objects]) for (const item of list) item.table = moved;
  for (const reference of last.ruleset.references) if (reference.table === table) reference.table = moved;

  const cx = new NftLowering(emptyRuleset(file), host, file.uri);
  let record: NftRuleRecord | undefined;
  const rules: Rule[] = [];
  if (clean) {
    const lowered = lowerRecorded(cx, chain, ruleNodes[0]);
    rules.push(lowered.rule);
    record = lowered.record;
  } else for (const node of ruleNodes) rules.push(lowerRule(cx, chain, node));
  forgetChainResults(chain.rules[chain.rules.length - 1]);
  chain.rules.splice(before.index, before.rules.length, ...rules);
  for (let i = before.index; i < chain.rules.length; i++) chain.rules[i].index = i;
  const after: RowLowering = {
    chain, index: before.index, rules, problems: cx.ruleset.problems, references: cx.ruleset.references,
    facts: (Object.entries(cx.facts) as [string, unknown[]][]).filter(([, list]) => list.length > 0),
  };

  const dropped = new Set<Problem>(before.problems);
  const ruleset: Ruleset = {
    ...last.ruleset,
    tables: last.ruleset.tables.map((t) => (t === table ? moved : t)),
    references: spliceReferences(last.ruleset.references, before.references, after.references, row),
    problems: [...last.ruleset.problems.filter((p) => !dropped.has(p)), ...after.problems],
    nft: spliceFacts(last.ruleset.nft, before, after, table, moved),
  };
  memo.replace(old, record);
  memo.spliced++;
  // What changed, for the whole-table diagnostics to reuse their problems of the last check (analysis/reuse.ts). An
  // nft rule makes up no chain, so every table keeps its chains and the graph follows with one chain's edges redone.
  recordSplice(ruleset, {
    previous: resultsOf(last.ruleset), uri: file.uri, row, from: edited.from, oldTo: edited.oldTo, newTo: edited.newTo, sameChains: true,
    before, after,
  });
  graphFollows(moved, table, new Set([chain]));
  // Strings of their own: what is kept for the next edit must not keep this version's whole text alive.
  lastLowerings.set(memo, { ...last, ruleset, text: file.text, errors, edited: record ? undefined : { row, lowering: ownStrings(after) } });
  return ruleset;
}

/** What a kept rule's line gave, when the line holds that rule and nothing else but blanks, a `;` and a comment. */
function recordLowering(record: NftRuleRecord, line: string): RowLowering | undefined {
  if (record.span !== 0 || !oneRuleOn(line, record.column, record.text)) return undefined;
  const rule = record.rule;
  return { chain: rule.chain, index: rule.index, rules: [rule], problems: record.problems, references: record.references, facts: record.facts };
}

/** Whether a line holds a rule's text at a column, with only blanks before it and LINE_REST after it. */
function oneRuleOn(line: string, column: number, text: string): boolean {
  return /^[ \t]*$/.test(line.slice(0, column)) && line.startsWith(text, column) && LINE_REST.test(line.slice(column + text.length));
}

/**
 * The items of a chain block on a line, when the line holds nothing else and each item is on it alone and is a rule,
 * a syntax error or a comment; undefined otherwise.
 */
function lineItems(root: Node, row: number, line: string): Node[] | undefined {
  const column = /^[ \t]*/.exec(line)?.[0].length ?? 0;
  if (column === line.length || /[^\x00-\x7f]/.test(line)) return undefined;
  let node: Node | null = root.descendantForPosition({ row, column });
  while (node && node.parent && node.parent.type !== 'chain_body') node = node.parent;
  if (!node || !node.parent) return undefined;
  const previous = node.previousSibling;
  if (node.startPosition.row !== row || node.startPosition.column !== column || (previous && previous.endPosition.row >= row)) return undefined;
  const items: Node[] = [];
  let end = column;
  for (let item: Node | null = node; item && item.startPosition.row === row; item = item.nextSibling) {
    if (item.endPosition.row !== row) return undefined;
    end = item.endPosition.column;
    if (!item.isNamed) {
      if (item.type !== ';') return undefined;
      continue;
    }
    if (!LINE_ITEMS.has(item.type)) return undefined;
    items.push(item);
  }
  return items.length > 0 && /^[ \t]*\r?$/.test(line.slice(end)) ? items : undefined;
}

/** Whether an item is in the block of the named chain, in a block of the table (both written as plain names). */
function inChain(item: Node, table: Table, chainName: string): boolean {
  const chainNode = item.parent?.parent;
  const tableNode = chainNode?.parent?.parent;
  if (chainNode?.type !== 'chain' || tableNode?.type !== 'table') return false;
  const family = tableNode.childForFieldName('family')?.text ?? 'ip';
  return unquote(chainNode.childForFieldName('name')?.text ?? '') === chainName
    && family === table.family && unquote(tableNode.childForFieldName('name')?.text ?? '') === table.name;
}

/**
 * The facts of the last lowering with those of the edited rule swapped for the new rule's, and facts that named the
 * edited table naming its new object. The diagnostics that read a rule's facts judge each on its own, so the new ones
 * go at the end of their lists.
 */
function spliceFacts(facts: NftFacts | undefined, before: RowLowering, after: RowLowering, table: Table, moved: Table): NftFacts | undefined {
  if (!facts) return undefined;
  const gone = new Set<unknown>(before.facts.flatMap(([, entries]) => entries));
  const added = new Map(after.facts);
  const out: Record<string, unknown[]> = {};
  for (const [field, list] of Object.entries(facts) as [string, unknown[]][]) {
    const fresh = added.get(field) ?? [];
    if (gone.size === 0 && fresh.length === 0 && !list.some((e) => (e as { table?: Table }).table === table)) {
      out[field] = list;
      continue;
    }
    out[field] = [
      ...list.filter((e) => !gone.has(e)).map((e) => ((e as { table?: Table }).table === table ? { ...(e as object), table: moved } : e)),
      ...fresh,
    ];
  }
  return out as unknown as NftFacts;
}
