/**
 * Turns the nft readers' offers into completion items: selector words with their types, statements valid in the
 * chain, values by data type, and the file's chains, sets, maps and flowtables.
 */
import { EXPRESSION_HEADS, findSelector, findStatement, keywordDoc, placementProblem } from '../catalog/nftables/index';
import type { NftChainType, NftFamily, NftHook, NftSelector } from '../catalog/nftables/types';
import type { CompletionEnv, CompletionItem } from './completion';
import { cached, documentedItem, item, SORT, type SortGroup } from './completion-items';
import type { NftNames, TableNames } from './completion-names';
import type { Offer } from './completion-nft-rule';
import { STATEMENT_WORDS } from './completion-nft-rule';
import { EXTRA_HEADS, SELECTOR_TREE, selectorFits, UNQUALIFIED_META, type NextWords, type SelectorNode, type SelectorPlace } from './completion-nft-selectors';
import { interfaceItems } from './completion-ipt-values';
import { chainItems, setItems, valueItems, variableItems } from './completion-nft-values';
import { nftRuleSnippets } from './completion-snippets';

/** Where the offers are made: the table, chain and hook around the cursor and the file's names. */
export interface NftPlace {
  family?: string;
  chainType?: string;
  hook?: string;
  chain?: string;
  /** For a regular chain: the type and hook of each base chain that reaches it (the kernel checks each). */
  reached?: { chainType: string; hook: string }[];
  table?: TableNames;
  names: NftNames;
  env: CompletionEnv;
  /** The statement is empty so far (rule shapes may be offered). */
  start: boolean;
  /** Text of the innermost block up to the cursor, for declarations the model and tree do not have yet. */
  blockText?: string;
}

/** Items for a list of offers. */
export function offerItems(offers: readonly Offer[], place: NftPlace): CompletionItem[] {
  return offers.flatMap((o) => oneOffer(o, place));
}

function oneOffer(offer: Offer, place: NftPlace): CompletionItem[] {
  switch (offer.kind) {
    case 'item': return [...selectorHeads(place), ...statementItems(place), ...(place.start ? nftRuleSnippets(place.chainType) : [])];
    case 'selectors': return selectorHeads(place);
    case 'words': return offer.words.map((w) => documentedItem(w, offer.as ?? 'keyword', wordDoc(w, offer.hint), { group: SORT.best }));
    case 'selector': return nextWords(offer.next, place);
    case 'value': return valueItems(offer.selector?.type ?? offer.type, offer.selector, { names: place.names, table: place.table, env: place.env });
    case 'operators': return operatorItems(offer.selector, offer.write !== false, offer.binary === true);
    case 'chains': return chainItems(place.table, place.chain);
    case 'sets': return setItems(place.table, undefined, undefined, offer.maps);
    case 'flowtables': return (place.table?.flowtables ?? []).map((f) => item(`@${f}`, 'set', { detail: 'flowtable', group: SORT.best }));
    case 'verdicts': return verdictItems();
    case 'interfaces': return interfaceItems(place.env.interfaces ?? [], false);
  }
}

/** Whether any selector under a word tree node exists in the family and hook. */
function subtreeFits(node: SelectorNode, place: SelectorPlace, depth = 0): boolean {
  if (node.selector && selectorFits(node.selector, place)) return true;
  if (depth > 4) return false;
  for (const child of node.children.values()) if (subtreeFits(child, place, depth + 1)) return true;
  return false;
}

/** Protocol headers and expression keywords, plus meta keys written without `meta`. */
const selectorHeads = (place: NftPlace): CompletionItem[] => headsFor(place.family, hooksOf(place));

/** The hooks a rule at the cursor runs at: its chain's, or those of the base chains that reach it (comma-joined). */
function hooksOf(place: NftPlace): string {
  return place.hook ?? [...new Set((place.reached ?? []).map((r) => r.hook))].join(',');
}

const headsFor = cached((family?: string, hooks?: string) => `${family} ${hooks}`, (family?: string, hooks?: string): CompletionItem[] => {
  const places = (hooks ? hooks.split(',') : [undefined]).map((hook) => ({ family, hook }));
  const fits = (node: SelectorNode): boolean => places.every((place) => subtreeFits(node, place));
  const items: CompletionItem[] = [];
  for (const [word, node] of SELECTOR_TREE.children) {
    if (!fits(node)) continue;
    const doc = EXPRESSION_HEADS[word] ?? keywordDoc(word, 'expression');
    items.push(documentedItem(word, 'keyword', doc, { detail: 'expression', group: HEAD_GROUP[word] ?? SORT.usual }));
  }
  for (const key of UNQUALIFIED_META) {
    const s = findSelector('meta', key);
    if (!places.every((place) => selectorFits(s, place)) || SELECTOR_TREE.children.has(key)) continue;
    const detail = s ? `meta ${key} · ${s.type}` : `meta ${key}`;
    items.push(documentedItem(key, 'field', s ?? keywordDoc(key), { detail, group: /^(iifname|oifname|mark)$/.test(key) ? SORT.likely : SORT.other }));
  }
  for (const head of EXTRA_HEADS) items.push(documentedItem(head, 'keyword', keywordDoc(head), { detail: 'expression', group: SORT.other }));
  return items;
});

const HEAD_GROUP: Record<string, SortGroup> = { tcp: SORT.likely, udp: SORT.likely, ip: SORT.likely, ip6: SORT.likely, ct: SORT.likely, meta: SORT.likely, icmp: SORT.likely, icmpv6: SORT.likely, th: SORT.likely };

/** Statement keywords the kernel accepts in this chain. */
const statementItems = (place: NftPlace): CompletionItem[] => {
  const contexts = place.hook || !place.reached?.length ? [`${place.chainType}/${place.hook}`] : place.reached.map((r) => `${r.chainType}/${r.hook}`);
  return statementsFor(place.family, [...new Set(contexts)].sort().join(','));
};

/** Statements valid in every chain context (`type/hook`, comma-joined; `undefined/undefined`: unknown). */
const statementsFor = cached((family?: string, contexts?: string) => `${family} ${contexts}`, (family?: string, contexts?: string): CompletionItem[] => {
  const ats = (contexts ?? '').split(',').map((c) => {
    const [chainType, hook] = c.split('/');
    return { family: (family ?? 'inet') as NftFamily, chainType: chainType === 'undefined' ? undefined : chainType as NftChainType, hook: hook === 'undefined' ? undefined : hook as NftHook };
  });
  const place = { chainType: ats.every((a) => a.chainType === 'nat') ? 'nat' : undefined };
  const items: CompletionItem[] = [];
  for (const word of [...STATEMENT_WORDS, 'accept', 'drop', 'continue', 'return', 'notrack']) {
    const entry = findStatement(word) ?? findStatement(`set-${word}`);
    if (entry && ats.some((at) => placementProblem(entry, at))) continue;
    const group = /^(accept|drop|jump|goto|return)$/.test(word) ? SORT.best
      : entry?.kind === 'nat' && place.chainType === 'nat' ? SORT.best
        : /^(counter|log|limit|reject)$/.test(word) ? SORT.likely : SORT.usual;
    items.push(documentedItem(word, 'statement', entry ?? keywordDoc(word), { detail: entry?.kind === 'verdict' ? 'verdict' : 'statement', group }));
  }
  return items;
});

function verdictItems(): CompletionItem[] {
  return ['accept', 'drop', 'continue', 'return', 'jump', 'goto'].map((v) => documentedItem(v, 'keyword', findStatement(v), { detail: 'verdict', group: SORT.best }));
}

/** The next words of a selector: its children in the word tree (with their types) and fixed modifiers. */
function nextWords(next: NextWords, place: NftPlace): CompletionItem[] {
  const items: CompletionItem[] = [];
  const hint = next.path[next.path.length - 1];
  for (const [word, child] of next.node?.children ?? []) {
    if (!subtreeFits(child, place)) continue;
    const s = child.selector;
    items.push(s
      ? documentedItem(word, 'field', s, { detail: `${s.words.join(' ')} · ${s.type}`, group: SORT.best })
      : documentedItem(word, 'keyword', keywordDoc(word, hint), { group: SORT.likely }));
  }
  for (const word of next.words) items.push(documentedItem(word, 'keyword', wordDoc(word, hint) ?? keywordDoc(word, 'expression'), { group: SORT.likely }));
  if (next.node && isPresencePath(next.path)) {
    items.push(...['exists', 'missing'].map((w) => documentedItem(w, 'value', keywordDoc(w), { group: SORT.likely })));
  }
  return items;
}

/** `tcp option NAME`, `ip option NAME`, `sctp chunk NAME`, `exthdr NAME`: a presence test may follow. */
function isPresencePath(path: string[]): boolean {
  const at = path.join(' ');
  return path.length >= 3 && /^(tcp option|ip option|sctp chunk) /.test(at) || path.length >= 2 && path[0] === 'exthdr';
}

const RELATIONAL_WORDS = ['==', '!=', '<', '>', '<=', '>=', 'eq', 'ne', 'lt', 'gt', 'le', 'ge'];

/** Symbols documented like the words they stand for, and the two separators of keys and data. */
const SYMBOL_WORDS: Record<string, string> = { '==': 'eq', '!=': 'ne', '<': 'lt', '>': 'gt', '<=': 'le', '>=': 'ge', '&': 'and', '|': 'or', '^': 'xor', '<<': 'lshift', '>>': 'rshift' };
const SEPARATOR_DOCS: Record<string, { doc: string; example: string }> = {
  '.': { doc: 'Concatenation: joins several values (or selectors) into one key, matched together.', example: 'ip saddr . tcp dport { 192.0.2.1 . 22 }' },
  ':': { doc: 'Separates a map element\'s key from its data (a value or a verdict).', example: 'tcp dport vmap { 22 : accept }' },
};

/** The documentation of a word or symbol (symbols borrow the doc of their word form). */
export function wordDoc(word: string, hint?: string): { doc: string; example: string } | undefined {
  return keywordDoc(SYMBOL_WORDS[word] ?? word, hint) ?? SEPARATOR_DOCS[word];
}
const BINARY_WORDS = ['&', '|', '^', '<<', '>>', 'and', 'or', 'xor', 'lshift', 'rshift'];

/** What may follow a complete selector besides a value: comparisons, bit operations, `set`, `vmap`, `map`. */
function operatorItems(selector: NftSelector | undefined, offerWrite = true, binaryOnly = false): CompletionItem[] {
  const write = offerWrite && (!selector || selector.settable === true || selector.kind === 'payload');
  return operatorsFor(write, binaryOnly, selector?.settable === true);
}

const operatorsFor = cached((write: boolean, binaryOnly: boolean, settable: boolean) => `${write}${binaryOnly}${settable}`, (write: boolean, binaryOnly: boolean, settable: boolean): CompletionItem[] => {
  const items = [...(binaryOnly ? [] : RELATIONAL_WORDS), ...BINARY_WORDS].map((w) => documentedItem(w, 'operator', wordDoc(w), { group: SORT.rare }));
  if (binaryOnly) return items;
  if (write) items.push(documentedItem('set', 'keyword', keywordDoc('set'), { detail: 'write the value', group: settable ? SORT.likely : SORT.other }));
  items.push(documentedItem('vmap', 'keyword', keywordDoc('vmap'), { group: SORT.other }), documentedItem('map', 'keyword', keywordDoc('map'), { group: SORT.other }));
  return items;
});

/** `$name` items (exported for declarations that take a variable). */
export { variableItems };
