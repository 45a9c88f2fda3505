/**
 * Completion inside nft declarations: a base chain's `type … hook … priority …`, set and map bodies,
 * flowtables, named objects and table bodies. Chain types, hooks and priorities are the ones the kernel accepts
 * for the table's family (and hook).
 */
import {
  allowedHooks, CHAIN_TYPE_RULES, DATA_TYPES, FAMILIES, findObjectKind, findSelector, hookNeedsDevice, keywordDoc, NAMED_PRIORITIES,
} from '../catalog/nftables/index';
import type { NftChainType, NftFamily, NftHook } from '../catalog/nftables/types';
import type { CompletionItem } from './completion';
import { documentedItem, item, SORT } from './completion-items';
import { offerItems, wordDoc, type NftPlace } from './completion-nft-offers';
import { ruleOffers } from './completion-nft-rule';
import { nftTableSnippets } from './completion-snippets';
import { interfaceItems } from './completion-ipt-values';
import type { SetName } from './completion-names';
import { valueItems, variableItems } from './completion-nft-values';

/** Fixed words documented by the keyword index under a hint (`policy` → accept/drop docs for policies). */
function words(list: readonly string[], hint?: string, kind: CompletionItem['kind'] = 'keyword'): CompletionItem[] {
  return list.map((w) => documentedItem(w, kind, wordDoc(w, hint), { group: SORT.best }));
}

/** The last word before the cursor, ignoring a trailing `,` list. */
function last(tokens: readonly string[]): string | undefined {
  return tokens[tokens.length - 1];
}

/** A comma list of fixed words (`flags interval, timeout`): the words not listed yet. */
function commaWords(tokens: readonly string[], list: readonly string[], hint: string): CompletionItem[] {
  if (tokens.length > 1 && last(tokens) !== ',') return [];
  return words(list.filter((w) => !tokens.includes(w)), hint, 'value');
}

// ---------------------------------------------------------------- table bodies

const DIRECTIVES = ['define', 'redefine', 'undefine', 'include'];
const TABLE_ITEMS = ['chain', 'set', 'map', 'flowtable', 'counter', 'quota', 'limit', 'ct', 'synproxy', 'secmark', 'flags', 'comment', ...DIRECTIVES];

/** Inside `table … { }`. */
export function tableBodyItems(tokens: readonly string[]): CompletionItem[] {
  if (tokens.length === 0) return [...words(TABLE_ITEMS, 'table'), ...nftTableSnippets()];
  if (tokens[0] === 'flags') return commaWords(tokens, ['dormant', 'owner', 'persist'], 'flags');
  if (tokens[0] === 'ct' && tokens.length === 1) return words(['helper', 'timeout', 'expectation'], 'ct');
  return [];
}

// ---------------------------------------------------------------- chains

const CHAIN_ITEMS = ['type', 'policy', 'comment', 'devices', ...DIRECTIVES];

/** Inside `chain … { }`: declarations at the start of a line, otherwise a rule. */
export function chainBodyItems(tokens: readonly string[], place: NftPlace): CompletionItem[] {
  if (tokens.length === 0) {
    const declarations = CHAIN_ITEMS.map((w) => documentedItem(w, 'keyword', keywordDoc(w, 'chain'), { group: place.chainType ? SORT.other : SORT.likely }));
    return [...declarations, ...offerItems(ruleOffers(tokens), place)];
  }
  if (tokens[0] === 'type') return chainTypeItems(tokens, place);
  if (tokens[0] === 'policy') return tokens.length === 1 ? words(['accept', 'drop'], 'policy', 'value') : [];
  if (tokens[0] === 'devices') return tokens.includes('{') ? interfaceItems(place.env.interfaces ?? [], false) : [];
  if (/^(comment|define|redefine|undefine|include)$/.test(tokens[0])) return [];
  return offerItems(ruleOffers(tokens), place);
}

/** `type TYPE hook HOOK [device DEV] priority PRIO`. */
function chainTypeItems(tokens: readonly string[], place: NftPlace): CompletionItem[] {
  const family = (place.family ?? 'ip') as NftFamily;
  const type = tokens[1] as NftChainType | undefined;
  const hook = tokens[tokens.indexOf('hook') + 1] as NftHook | undefined;
  const word = last(tokens);
  if (tokens.length === 1) {
    return CHAIN_TYPE_RULES.filter((r) => r.family === family).map((r) => documentedItem(r.type, 'type', keywordDoc(r.type, 'type'), { detail: `${r.hooks.join(', ')}`, group: SORT.best }));
  }
  if (tokens.length === 2) return words(['hook']);
  if (word === 'hook') {
    const hooks = type ? allowedHooks(family, type) : FAMILIES.find((f) => f.name === family)?.hooks ?? [];
    return hooks.map((h) => documentedItem(h, 'value', keywordDoc(h, 'hook'), { group: SORT.best }));
  }
  if (word === 'device') return interfaceItems(place.env.interfaces ?? [], false);
  if (word === 'priority') return priorityItems(family, hook, place);
  if (tokens.includes('priority')) return [];
  if (word === hook || tokens[tokens.length - 2] === 'device' || word === '}') {
    const device = hook && hookNeedsDevice(family, hook) && !tokens.includes('device') && !tokens.includes('devices');
    return words(device ? ['device', 'devices', 'priority'] : ['priority']);
  }
  return [];
}

/** Named priorities valid in the family at the hook, with their numbers, and variables. */
export function priorityItems(family: NftFamily, hook: NftHook | undefined, place: NftPlace): CompletionItem[] {
  const items = NAMED_PRIORITIES.filter((p) => p.families.includes(family) && (!p.hooks || !hook || p.hooks.includes(hook)))
    .map((p) => documentedItem(p.name, 'value', keywordDoc(p.name, 'priority'), { detail: `priority ${p.value}`, group: SORT.best }));
  return [...items, ...variableItems(place.names)];
}

// ---------------------------------------------------------------- sets and maps

const STATEFUL = ['counter', 'limit', 'quota', 'last', 'ct'];
const SET_ITEMS = ['type', 'typeof', 'flags', 'timeout', 'gc-interval', 'size', 'policy', 'auto-merge', 'elements', ...STATEFUL, 'comment', ...DIRECTIVES];
/** What a map's data may be besides a data type: a named object kind. */
const OBJECT_DATA = ['synproxy', 'ct'];
const NOT_KEY_TYPES = new Set(['verdict', 'counter', 'quota', 'limit', 'secmark']);

/** Inside `set … { }` or `map … { }`. */
export function setBodyItems(tokens: readonly string[], kind: 'set' | 'map', name: string | undefined, place: NftPlace): CompletionItem[] {
  if (tokens.length === 0) return words(SET_ITEMS, kind);
  const head = tokens[0];
  const word = last(tokens);
  if (head === 'type' && word === 'ct' && tokens.includes(':')) return words(['helper', 'timeout', 'expectation'], 'ct');
  if (head === 'type') {
    if (word !== 'type' && word !== '.' && word !== ':' && word !== 'interval') return [];
    const data = tokens.includes(':');
    const types = DATA_TYPES.filter((t) => data || !NOT_KEY_TYPES.has(t.name)).map((t) => documentedItem(t.name, 'type', t, { detail: t.literal, group: SORT.best }));
    return word === ':' && kind === 'map' ? [...types, ...words(['interval', ...OBJECT_DATA], 'type')] : types;
  }
  if (head === 'typeof') return typeofItems(tokens.slice(Math.max(1, tokens.lastIndexOf(':') + 1)), place, tokens.includes(':'));
  if (head === 'flags') return commaWords(tokens, ['constant', 'interval', 'timeout', 'dynamic'], kind);
  if (head === 'policy') return tokens.length === 1 ? words(['performance', 'memory'], kind, 'value') : [];
  if (head === 'elements') return tokens.includes('{') ? elementValueItems(tokens, kind, name, place) : [];
  if (STATEFUL.includes(head)) return statefulItems(tokens, [], place);
  return [];
}

/**
 * Stateful statements of a set body or an element (`counter packets 1 bytes 2 quota 50 mbytes`); when one is
 * complete, another may follow, or (in elements) `more` words.
 */
function statefulItems(tokens: readonly string[], more: readonly string[], place: NftPlace): CompletionItem[] {
  if (tokens.length === 1 && tokens[0] === 'ct') return words(['count'], 'ct');
  const offers = ruleOffers(tokens);
  const done = offers.some((o) => o.kind === 'item');
  const rest = offers.filter((o) => o.kind !== 'item' && !(o.kind === 'words' && o.words[0] === 'comment' && o.words.length === 1));
  return [...offerItems(rest, place), ...(done ? words([...STATEFUL, ...more], 'element') : [])];
}

/** `typeof EXPR [: EXPR]`: selector words only. */
function typeofItems(expression: readonly string[], place: NftPlace, data = false): CompletionItem[] {
  const objects = data ? words(OBJECT_DATA, 'type') : [];
  if (data && expression.length === 1 && expression[0] === 'ct') return words(['helper', 'timeout', 'expectation'], 'ct');
  if (expression.length === 0 || expression[expression.length - 1] === '.') return [...offerItems([{ kind: 'selectors' }], place), ...objects];
  const offers = ruleOffers(expression).filter((o) => o.kind === 'selector' || o.kind === 'selectors');
  return offerItems(offers, place);
}

/** Inside `elements = { … }` of the set being declared. */
function elementValueItems(tokens: readonly string[], kind: 'set' | 'map', name: string | undefined, place: NftPlace): CompletionItem[] {
  const set = place.table?.sets.find((s) => s.name === name && s.keyType);
  return elementItems(tokens, set ?? { name: name ?? '', kind, flags: [], ...declaredTypes(place.blockText ?? '') }, place);
}

/** The `type`/`typeof` declaration written earlier in the block (while the file does not parse yet). */
function declaredTypes(text: string): { keyType?: string; dataType?: string } {
  const m = /(?:^|[\n;{])\s*(type|typeof)\s+([^;\n}]+)/.exec(text);
  if (!m) return {};
  const [key, data] = m[2].split(/\s+:\s+(?:interval\s+)?/);
  return { keyType: `${m[1] === 'typeof' ? 'typeof ' : ''}${key.trim()}`, dataType: data?.trim() };
}

/** The data type of each part of a key: `ipv4_addr . inet_service`, or `typeof ip saddr . tcp dport` looked up. */
function partTypes(keyType: string | undefined): (string | undefined)[] {
  if (!keyType) return [];
  const typeOf = keyType.startsWith('typeof ');
  return keyType.replace(/^typeof /, '').split(/\s+\.\s+/).map((part) => (typeOf ? findSelector(...part.split(/\s+/))?.type : part));
}

const ELEMENT_OPTIONS = ['timeout', 'expires', 'comment', 'counter', 'last', 'limit', 'quota', 'ct'];

/** One element of a set or map literal: key values, then per-element options, then (maps) the data after `:`. */
export function elementItems(tokens: readonly string[], set: SetName | undefined, place: NftPlace): CompletionItem[] {
  const element = tokens.slice(Math.max(tokens.lastIndexOf(','), tokens.lastIndexOf('{')) + 1);
  const context = { names: place.names, table: place.table, env: place.env };
  // Concatenated keys (`ipv4_addr . inet_service`): the type of the part being typed.
  const keyTypes = partTypes(set?.keyType);
  const keyType = keyTypes[element.filter((t) => t === '.').length];
  if (element.length === 0 || last(element) === '.') return valueItems(keyType, undefined, context, false);
  const colon = element.indexOf(':');
  if (colon === element.length - 1) {
    if (set?.dataType === 'verdict') return words(['accept', 'drop', 'continue', 'return', 'jump', 'goto'], undefined, 'keyword');
    return valueItems(set?.dataType, undefined, context, false);
  }
  const word = last(element) ?? '';
  if (/^(timeout|expires|comment)$/.test(word)) return [];
  if (/^(jump|goto)$/.test(word)) return offerItems([{ kind: 'chains' }], place);
  const mapColon = set?.kind === 'map' && colon < 0 ? [':'] : [];
  const stateful = element.findIndex((t) => STATEFUL.includes(t));
  if (stateful >= 0) return statefulItems(element.slice(stateful), ['timeout', 'expires', 'comment', ...mapColon], place);
  return [...words(ELEMENT_OPTIONS, 'element'), ...words(mapColon)];
}

// ---------------------------------------------------------------- flowtables and named objects

/** Inside `flowtable … { }`. */
export function flowtableBodyItems(tokens: readonly string[], place: NftPlace): CompletionItem[] {
  if (tokens.length === 0) return words(['hook', 'devices', 'flags', 'counter', 'comment'], 'flowtable');
  const word = last(tokens);
  if (tokens[0] === 'hook') {
    if (tokens.length === 1) return words(['ingress'], 'hook', 'value');
    if (word === 'priority') return priorityItems((place.family ?? 'inet') as NftFamily, 'ingress', place).filter((i) => i.label === 'filter' || i.kind === 'variable');
    return tokens.length === 2 ? words(['priority']) : [];
  }
  if (tokens[0] === 'flags') return commaWords(tokens, ['offload'], 'flowtable');
  if (tokens[0] === 'devices') return tokens.includes('{') ? interfaceItems(place.env.interfaces ?? [], false) : [];
  return [];
}

const HELPERS = ['ftp', 'sip', 'tftp', 'irc', 'amanda', 'h323', 'pptp', 'sane', 'snmp', 'netbios-ns'];
const UNITS = ['bytes', 'kbytes', 'mbytes', 'gbytes'];

/** Inside a named object (`counter x { }`, `quota q { }`, `ct helper h { }` …): its properties and their values. */
export function objectBodyItems(tokens: readonly string[], kind: string | undefined): CompletionItem[] {
  const properties = (kind ? findObjectKind(kind)?.properties : undefined) ?? [];
  const word = last(tokens);
  const property = properties.find((p) => p.name === word);
  if (property && property.value !== 'none') {
    if (kind === 'ct helper' && word === 'type') return HELPERS.map((h) => item(`"${h}"`, 'value', { detail: 'conntrack helper', doc: `The kernel's ${h} helper (module nf_conntrack_${h}).`, group: SORT.best }));
    if (kind === 'limit' && word === 'rate') return words(['over'], 'limit');
    return property.values ? words(property.values, kind, 'value') : [];
  }
  if (/^\d+$/.test(word ?? '') && (kind === 'quota' || kind === 'limit')) return UNITS.map((u) => documentedItem(u, 'unit', keywordDoc(u), { group: SORT.best }));
  if (/\/$/.test(word ?? '') && kind === 'limit') return words(['second', 'minute', 'hour', 'day', 'week'], 'limit', 'unit');
  if (kind === 'limit' && word === 'burst') return [];
  const used = new Set(tokens);
  return properties.filter((p) => !used.has(p.name)).map((p) => documentedItem(p.name, 'keyword', p, { group: SORT.best }));
}

/** The families a table (or a command) may name. */
export function familyItems(): CompletionItem[] {
  return FAMILIES.map((f) => documentedItem(f.name, 'keyword', f, { detail: 'family', group: f.name === 'inet' ? SORT.best : SORT.likely }));
}
