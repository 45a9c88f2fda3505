/**
 * Reuse of unchanged nft rules between two checks of an open document, as model/iptables-memo.ts does for iptables.
 * Lowering an nft rule depends on its text and on its chain (the table's family and name, the chain's name), and,
 * through what it names, on the variables in scope (`$x`), on named sets and maps (`@s`), on meters and on the rules
 * of anonymous chains: rules that hold any of those are lowered every time. Everything else a rule's lowering adds
 * to the file's model — its facts for the nft diagnostics, its references, its problems — is recorded with it and
 * added again when it is reused, moved to its new lines if lines were added or removed above.
 *
 * Only rules of the document itself (not of included files), without syntax errors, are kept.
 */
import { ownStrings } from './own-strings';
import type { Node } from 'web-tree-sitter';
import { LoweringMemo, moveRecord, type PlacedRecord } from './iptables-memo';
import { mayHoldError } from './lowering-util';
import type { NftLowering } from './nft-context';
import { lowerRule } from './nft-rules';
import type { Chain, Problem, Reference, Rule } from './types';

/** What lowering one nft rule produced. */
export interface NftRuleRecord extends PlacedRecord {
  uri: string;
  family: string;
  table: string;
  chain: string;
  rule: Rule;
  /** Facts the rule added, by field of `NftFacts`. */
  facts: [string, unknown[]][];
  references: Reference[];
  problems: Problem[];
}

/** The memo of one open nft document. */
export class NftLoweringMemo extends LoweringMemo<NftRuleRecord> {}

/** Rules whose lowering reads more than the rule and its chain. */
export const CONTEXTUAL = /[$@]|\bmeter\b|\b(?:jump|goto)\s*\{/;

/** Lowers a rule of a chain, or reuses the same rule's model from the previous check of the document. */
export function lowerRuleOrReuse(cx: NftLowering, chain: Chain, node: Node): Rule {
  const memo = cx.memo;
  const text = node.text;
  if (!memo || cx.uri !== cx.ruleset.uri || cx.lineShift !== 0 || CONTEXTUAL.test(text) || mayHoldError(node)) return lowerRule(cx, chain, node);
  const start = node.startPosition;
  const record = memo.take(start.row, start.column, text);
  const table = chain.table;
  if (record && record.uri === cx.uri && record.family === table.family && record.table === table.name && record.chain === chain.name
    && moveRecord(record, start.row, () => [record.rule, record.facts, record.references, record.problems])) {
    const rule = record.rule;
    rule.chain = chain;
    for (const [field, entries] of record.facts) (cx.facts as unknown as Record<string, unknown[]>)[field].push(...entries);
    for (const reference of record.references) {
      if (reference.table) reference.table = table;
      cx.reference(reference);
    }
    cx.ruleset.problems.push(...record.problems);
    memo.keep(record);
    return rule;
  }
  const lowered = lowerRecorded(cx, chain, node);
  if (lowered.record) memo.keep(lowered.record);
  return lowered.rule;
}

/**
 * Lowers a rule afresh and makes the record of what the lowering added (facts, references, problems), for the memo;
 * no record when a fact points into the model (it would point into this check's model at the next).
 */
export function lowerRecorded(cx: NftLowering, chain: Chain, node: Node): { rule: Rule; record?: NftRuleRecord } {
  const start = node.startPosition;
  const text = node.text;
  const table = chain.table;
  const facts = factLists(cx);
  const lengths = facts.map(([, list]) => list.length);
  const references = cx.ruleset.references.length;
  const problems = cx.ruleset.problems.length;
  const rule = lowerRule(cx, chain, node);
  const added: [string, unknown[]][] = [];
  facts.forEach(([field, list], i) => {
    if (list.length > lengths[i]) added.push([field, list.slice(lengths[i])]);
  });
  if (added.some(([, entries]) => entries.some(pointsIntoModel))) return { rule };
  // Strings of their own: a kept record must not keep its version's whole text alive (model/own-strings.ts).
  const record = ownStrings({
    row: start.row, span: node.endPosition.row - start.row, column: start.column, text, uri: cx.uri,
    family: table.family, table: table.name, chain: chain.name, rule, facts: added,
    references: cx.ruleset.references.slice(references), problems: cx.ruleset.problems.slice(problems),
  });
  return { rule, record };
}

/** The list-valued fields of the lowering's facts. */
function factLists(cx: NftLowering): [string, unknown[]][] {
  return Object.entries(cx.facts).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]));
}

function pointsIntoModel(entry: unknown): boolean {
  return typeof entry === 'object' && entry !== null && ('chain' in entry || 'table' in entry || 'rule' in entry);
}
