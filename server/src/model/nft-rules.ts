/** One nft rule: its matches (with nft's implicit protocol dependencies), statements and verdict, in order. */
import type { Node } from 'web-tree-sitter';
import { children, unquote } from './lowering-util';
import type { NftLowering } from './nft-context';
import { lowerMatch, type RuleBuilder } from './nft-matches';
import { unknownMetaKey } from './nft-selectors';
import { lowerStatement } from './nft-statements';
import { referenceVariables } from './nft-variables';
import type { Chain, ReferenceKind, Rule, Table } from './types';

/** Lowers a rule of a chain (the caller appends it and sets its index). */
export function lowerRule(cx: NftLowering, chain: Chain, node: Node): Rule {
  const text = node.text;
  const rule: Rule = { chain, index: chain.rules.length, location: cx.loc(node), text, matches: [], statements: [] };
  // Walking the tree is the costly part on large files: only rules that can hold these nodes are walked.
  if (text.includes('$')) referenceVariables(cx, node);
  if (text.includes('@')) setReferences(cx, node, chain.table);
  if (text.includes('meta ') || text.includes('fib ')) unknownKeys(cx, node);
  const b: RuleBuilder = { cx, rule, table: chain.table, env: cx.env(), ruleNode: node };
  const comment = node.childForFieldName('comment');
  for (const item of children(node)) {
    if (comment && item.startIndex === comment.startIndex) rule.comment = unquote(item.text);
    else if (item.type === 'match_expression') lowerMatch(b, item);
    else lowerStatement(b, item);
  }
  return rule;
}

/** Meta keys and fib results nft does not know, anywhere in a rule (`ether daddr set meta ibrhwaddr`). */
function unknownKeys(cx: NftLowering, node: Node): void {
  for (const meta of node.descendantsOfType('meta_expression')) {
    const key = meta ? unknownMetaKey(meta) : undefined;
    if (meta && key) cx.facts.unknownKeys.push({ text: key, location: cx.loc(meta.childForFieldName('key') ?? meta), head: 'meta' });
  }
  for (const fib of node.descendantsOfType('fib_expression')) {
    const result = fib?.childForFieldName('result');
    // `fib … check` is newer than nft 1.1.1.
    if (result?.text === 'check') cx.facts.unknownKeys.push({ text: 'check', location: cx.loc(result), head: 'fib result' });
  }
}

/** Every `@name` in a node: a set, a map (`vmap @m`, `map @m`, `update @m { k : v }`) or a flowtable (`flow add @f`). */
export function setReferences(cx: NftLowering, node: Node, table: Table): void {
  const uses = node.type === 'set_reference' ? [node] : node.descendantsOfType('set_reference').filter((n): n is Node => n !== null);
  for (const use of uses) {
    cx.reference({ kind: referenceKind(use), name: use.text.slice(1), location: cx.nameLoc(use), table });
  }
}

function referenceKind(use: Node): ReferenceKind {
  const parent = use.parent;
  if (!parent) return 'set';
  if (parent.type === 'flow_statement') return 'flowtable';
  if (parent.type === 'vmap_statement' || parent.type === 'map_expression') return 'map';
  if (parent.type === 'set_statement' && parent.childForFieldName('element')?.childForFieldName('value')) return 'map';
  return 'set';
}
