/**
 * Completion at the top level of an nft file: `table`, directives and commands (`add rule inet t c …`,
 * `list ruleset`, `delete set inet t s` …) with their object kinds, families and the names the file declares.
 */
import { COMMANDS, keywordDoc } from '../catalog/nftables/index';
import type { CompletionItem } from './completion';
import { documentedItem, SORT } from './completion-items';
import { findTableNames } from './completion-names';
import { elementItems, familyItems } from './completion-nft-declarations';
import { offerItems, type NftPlace } from './completion-nft-offers';
import { ruleOffers } from './completion-nft-rule';
import { setItems } from './completion-nft-values';
import { nftTopSnippets } from './completion-snippets';

const FAMILIES = new Set(['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev']);
const VERBS = ['add', 'create', 'insert', 'replace', 'delete', 'destroy', 'flush', 'reset', 'list', 'get', 'rename'];
const PLURALS = ['tables', 'chains', 'sets', 'maps', 'flowtables', 'counters', 'quotas', 'limits', 'meters', 'secmarks', 'synproxys', 'hooks'];
const TOP = ['table', ...VERBS, 'describe', 'monitor', 'export', 'import', 'define', 'redefine', 'undefine', 'include', 'chain', 'rule', 'set', 'map', 'element'];
const RULE_KINDS = new Set(['rule']);

function words(list: readonly string[], hint?: string): CompletionItem[] {
  return list.map((w) => documentedItem(w, 'keyword', keywordDoc(w, hint), { group: SORT.best }));
}

/** Items at the top level. */
export function topLevelItems(tokens: readonly string[], place: NftPlace): CompletionItem[] {
  if (tokens.length === 0) return [...TOP.map((w) => documentedItem(w, 'keyword', keywordDoc(w), { group: /^(table|define|include)$/.test(w) ? SORT.best : SORT.likely })), ...nftTopSnippets()];
  const head = tokens[0];
  if (head === 'table') return tokens.length === 1 ? familyItems() : [];
  if (/^(define|redefine)$/.test(head) && tokens.includes('{')) return defineElementItems(tokens);
  if (/^(define|redefine|undefine|include)$/.test(head)) return [];
  if (head === 'describe') return offerItems(tokens.length === 1 ? [{ kind: 'selectors' }] : ruleOffers(tokens.slice(1)).filter((o) => o.kind === 'selector'), place);
  if (head === 'monitor') return tokens.length === 1 ? words(['trace', 'ruleset', 'tables', 'chains', 'sets', 'rules', 'elements']) : [];
  if (head === 'export' || head === 'import') return tokens.length === 1 ? words(['ruleset']) : tokens.length === 2 ? words(['json', 'xml']) : [];
  return commandItems(tokens, place);
}

/** Inside `define m = { key : … }`: the data of a map-like define is usually a verdict. */
function defineElementItems(tokens: readonly string[]): CompletionItem[] {
  const element = tokens.slice(Math.max(tokens.lastIndexOf(','), tokens.lastIndexOf('{')) + 1);
  if (element[element.length - 1] === ':') return words(['accept', 'drop', 'continue', 'return', 'jump', 'goto']);
  return element.length > 0 && !element.includes(':') ? words(['timeout', 'expires', 'comment'], 'element') : [];
}

/** `[verb] kind [family] table [name] …`. */
function commandItems(tokens: readonly string[], place: NftPlace): CompletionItem[] {
  let k = 0;
  const verb = VERBS.includes(tokens[0]) ? tokens[k++] : 'add';
  if (k >= tokens.length) return kindItems(verb);
  if (k === 0 && !KINDS.has(tokens[0])) return bareRuleItems(tokens, place);
  let kind = tokens[k++];
  if (kind === 'ct') {
    if (k >= tokens.length) return words(verb === 'list' ? ['helper', 'helpers', 'timeout', 'timeouts', 'expectation', 'expectations'] : ['helper', 'timeout', 'expectation'], 'ct');
    kind = `ct ${tokens[k++]}`;
  }
  if (kind === 'ruleset') return k >= tokens.length ? familyItems() : [];
  const family = FAMILIES.has(tokens[k]) ? tokens[k++] : undefined;
  if (k >= tokens.length) {
    const tables = place.names.tables.filter((t) => !family || t.family === family);
    const names = [...new Set(tables.map((t) => t.name))].map((n) => documentedItem(n, 'table', undefined, { detail: 'table', group: SORT.best }));
    return kind === 'table' && !family ? familyItems() : family ? names : [...familyItems(), ...names];
  }
  const table = findTableNames(place.names, family ?? 'ip', tokens[k]) ?? findTableNames(place.names, undefined, tokens[k]);
  k++;
  const here: NftPlace = { ...place, table, family: table?.family ?? family };
  if (kind === 'table' || PLURALS.includes(kind) || /s$/.test(kind)) return [];
  if (k >= tokens.length) return nameItems(kind, here, verb);
  const name = tokens[k++];
  if (RULE_KINDS.has(kind)) return ruleCommandItems(tokens.slice(k), { ...here, chain: name, start: k === tokens.length });
  if (kind === 'element' && tokens.includes('{')) return elementItems(tokens, table?.sets.find((s) => s.name === name), here);
  return [];
}

const KINDS = new Set(['table', 'chain', 'rule', 'set', 'map', 'element', 'flowtable', 'counter', 'quota', 'limit', 'ct', 'synproxy', 'secmark', 'ruleset', ...PLURALS]);

/** `[FAMILY] TABLE CHAIN RULE`: the short form of `add rule`. */
function bareRuleItems(tokens: readonly string[], place: NftPlace): CompletionItem[] {
  let k = FAMILIES.has(tokens[0]) ? 1 : 0;
  const family = k ? tokens[0] : undefined;
  if (k >= tokens.length) return [];
  const table = findTableNames(place.names, family ?? 'ip', tokens[k]) ?? findTableNames(place.names, undefined, tokens[k]);
  k++;
  const here: NftPlace = { ...place, table, family: table?.family ?? family };
  if (k >= tokens.length) return nameItems('chain', here, 'add');
  return offerItems(ruleOffers(tokens.slice(k + 1)), { ...here, chain: tokens[k], start: k + 1 === tokens.length });
}

function kindItems(verb: string): CompletionItem[] {
  const objects = COMMANDS.find((c) => c.name === verb)?.objects ?? [];
  const kinds = [...new Set(objects.map((o) => o.split(' ')[0]))];
  const extra = verb === 'list' ? [...PLURALS, 'ruleset'] : verb === 'reset' ? ['counters', 'quotas', 'rules'] : [];
  return words([...kinds, ...extra.filter((w) => !kinds.includes(w))], verb);
}

/** Names of the kind in the table: chains for chain and rule commands, sets for set/map/element. */
function nameItems(kind: string, place: NftPlace, verb: string): CompletionItem[] {
  const table = place.table;
  if (kind === 'chain' || kind === 'rule') {
    return (table?.chains ?? []).map((c) => documentedItem(c.name, 'chain', undefined, { detail: c.base ? `base chain (${c.base})` : 'regular chain', group: SORT.best }));
  }
  if (kind === 'set' || kind === 'map' || kind === 'element') {
    return setItems(table, undefined, undefined, kind === 'element' ? 'any' : kind === 'map').map((i) => ({ ...i, label: i.label.slice(1) }));
  }
  if (kind === 'flowtable') return (table?.flowtables ?? []).map((f) => documentedItem(f, 'set', undefined, { detail: 'flowtable', group: SORT.best }));
  const objects = (table?.objects ?? []).filter((o) => o.kind === kind);
  return [...objects.map((o) => documentedItem(o.name, 'value', undefined, { detail: o.kind, group: SORT.best })), ...(verb === 'delete' ? words(['handle']) : [])];
}

/** After `add rule FAMILY TABLE CHAIN`: a position, then the rule. */
function ruleCommandItems(rule: readonly string[], place: NftPlace): CompletionItem[] {
  if (rule.length === 0) return [...words(['handle', 'position', 'index']), ...offerItems(ruleOffers(rule), place)];
  if (/^(handle|position|index)$/.test(rule[0])) return rule.length === 1 ? [] : offerItems(ruleOffers(rule.slice(2)), { ...place, start: rule.length === 2 });
  return offerItems(ruleOffers(rule), place);
}
