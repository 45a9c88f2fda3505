/**
 * Named sets and maps: their key and data types (`type …` or `typeof …`), flags and elements. Elements are lowered
 * into value items over the key's data type (ranges, prefixes and flag bits), one value list per part for
 * concatenated keys; verdicts of verdict maps and objects of object maps are references.
 */
import type { Node } from 'web-tree-sitter';
import { children, unquote } from './lowering-util';
import type { Env, NftLowering, WrittenName } from './nft-context';
import { once } from './nft-declarations';
import { lowerTupleValues } from './nft-matches';
import { selectorOf } from './nft-selectors';
import { verdictOf } from './nft-statements';
import { concatParts, lowerValue, selectorType, valueType, type ValueType } from './nft-values';
import { expand, referenceVariables, writtenName } from './nft-variables';
import type { Location, NamedSet, ObjectKind, SetElement, Table } from './types';
import { byName } from './lookup';

const OBJECT_DATA: Record<string, ObjectKind> = {
  counter: 'counter', quota: 'quota', limit: 'limit', secmark: 'secmark', 'ct helper': 'ct helper',
  'ct timeout': 'ct timeout', 'ct expectation': 'ct expectation', synproxy: 'synproxy',
};

/** Creates a set or map, or returns the existing one (nft refuses a map where a set of that name exists). */
export function declareSet(cx: NftLowering, table: Table, kind: 'set' | 'map', name: WrittenName, location: Location): NamedSet {
  const existing = byName(table.sets, name.name);
  if (existing) {
    cx.reference({ kind: existing.kind, name: name.name, location: name.location, table });
    if (existing.kind !== kind) cx.facts.conflicts.push({ kind, name: name.name, location: name.location, first: existing.nameLocation, reason: 'type' });
    return existing;
  }
  const set: NamedSet = { table, name: name.name, kind, location, nameLocation: name.location, keyType: '', flags: [], elements: [] };
  table.sets.push(set);
  return set;
}

/** The declarations of a set or map block. */
export function lowerSetBody(cx: NftLowering, set: NamedSet, body: Node | null): void {
  if (!body) return;
  referenceVariables(cx, body);
  const seen = new Map<string, Location>();
  const intervals: Location[] = [];
  for (const item of children(body)) {
    switch (item.type) {
      case 'type_declaration': typeDeclaration(cx, set, item); break;
      case 'typeof_declaration': typeofDeclaration(cx, set, item); break;
      case 'flags_declaration':
        for (const flag of item.childrenForFieldName('flags')) if (flag?.isNamed && !set.flags.includes(flag.text)) set.flags.push(flag.text);
        break;
      case 'elements_declaration': {
        const elements = item.childForFieldName('elements');
        if (elements) intervals.push(...addElements(cx, set, elements, cx.env()));
        break;
      }
      case 'comment_declaration': once(cx, seen, 'comment', item); break;
      default: break;
    }
  }
  checkIntervals(cx, set, intervals);
}

/** nft wants `flags interval` on a named set before it takes range or prefix elements. */
export function checkIntervals(cx: NftLowering, set: NamedSet, intervals: Location[]): void {
  if (intervals.length > 0 && !set.flags.includes('interval')) {
    cx.facts.intervalElements.push({ set: set.name, kind: set.kind, location: intervals[0], setLocation: set.nameLocation });
  }
}

function setKeyType(cx: NftLowering, set: NamedSet, keyType: string, dataType: string | undefined, types: (ValueType | undefined)[], node: Node): void {
  if (set.keyType && (set.keyType !== keyType || set.dataType !== dataType)) {
    // nft refuses the second declaration; the model keeps the first one.
    cx.facts.conflicts.push({ kind: set.kind, name: set.name, location: cx.loc(node), first: set.nameLocation, reason: 'type' });
    return;
  }
  set.keyType = keyType;
  if (dataType !== undefined) set.dataType = dataType;
  cx.setTypes.set(set, { key: types, ...(dataType !== undefined ? { data: dataType } : {}) });
}

/** `type ipv4_addr . inet_service [: DATA]`. */
function typeDeclaration(cx: NftLowering, set: NamedSet, node: Node): void {
  const key = node.childForFieldName('key');
  if (!key) return;
  const names = children(key).map((n) => n.text);
  const data = node.childForFieldName('value');
  const dataType = data ? children(data).map((n) => n.text).join(' . ') : undefined;
  setKeyType(cx, set, names.join(' . '), dataType, names.map((n) => valueType(n)), node);
}

/** `typeof ip saddr . tcp dport [: meta mark]`: the types of the selectors. */
function typeofDeclaration(cx: NftLowering, set: NamedSet, node: Node): void {
  const key = node.childForFieldName('key');
  if (!key) return;
  const parts = concatParts(key);
  const types = parts.map((p) => {
    const s = selectorOf(p);
    return s ? selectorType(s, set.table.family) : undefined;
  });
  const data = node.childForFieldName('value');
  const dataSelector = data ? selectorOf(data) : undefined;
  const dataType = data ? (dataSelector?.type ?? data.text) : undefined;
  setKeyType(cx, set, `typeof ${key.text}`, dataType, types, node);
}

/** Adds the elements of a `{ … }` (or a variable holding one) to a set, in order; returns where ranges are. */
export function addElements(cx: NftLowering, set: NamedSet, node: Node, env: Env): Location[] {
  const intervals: Location[] = [];
  for (const { element, env: elementEnv } of elementsOf(node, env)) {
    const lowered = lowerElement(cx, set, element, elementEnv);
    if (!lowered) continue;
    set.elements.push(lowered.element);
    if (lowered.interval) intervals.push(lowered.element.location);
  }
  return intervals;
}

/** Removes the elements a `delete element` names (compared by their key text); records the ones it lacks. */
export function removeElements(cx: NftLowering, set: NamedSet, node: Node, env: Env, report = true): void {
  for (const { element, env: elementEnv } of elementsOf(node, env)) {
    const key = normalize(element.childForFieldName('key')?.text ?? element.text);
    const probe = lowerElement(cx, set, element, elementEnv, false)?.element;
    const same = (e: SetElement): boolean => cx.elementKeys.get(e) === key || (probe !== undefined && sameValues(e, probe));
    const kept = set.elements.filter((e) => !same(e));
    if (report && kept.length === set.elements.length) {
      cx.facts.missingElements.push({ set: set.name, text: key, location: elementEnv.site ?? { uri: elementEnv.uri, range: cx.loc(element).range } });
    }
    set.elements = kept;
  }
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether two elements have the same key, by value (`fffe::ffff` and `fffe:0::ffff` are one address). */
function sameValues(a: SetElement, b: SetElement): boolean {
  const key = (e: SetElement): string | undefined => {
    const items = e.values ?? e.tuple;
    return items ? JSON.stringify(items, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)) : undefined;
  };
  const ka = key(a);
  return ka !== undefined && ka === key(b);
}

/** The `element` nodes of a set expression, expanding variables and nested sets. */
function elementsOf(node: Node, env: Env): { element: Node; env: Env }[] {
  const target = node.type === 'variable' ? expand(node, env) : { node, env };
  if (!target || target.node.type !== 'set_expression') return [];
  const out: { element: Node; env: Env }[] = [];
  for (const element of children(target.node)) {
    if (element.type !== 'element') continue;
    const key = element.childForFieldName('key');
    if (key && (key.type === 'variable' || key.type === 'set_expression') && !element.childForFieldName('value')) {
      const nested = elementsOf(key, target.env);
      if (nested.length > 0 || key.type === 'set_expression') {
        out.push(...nested);
        continue;
      }
    }
    out.push({ element, env: target.env });
  }
  return out;
}

function lowerElement(cx: NftLowering, set: NamedSet, element: Node, env: Env, record = true): { element: SetElement; interval: boolean } | undefined {
  const key = element.childForFieldName('key');
  if (!key) return undefined;
  const out: SetElement = { text: element.text, location: env.site ?? { uri: env.uri, range: cx.loc(element).range } };
  if (!record) {
    const types = cx.setTypes.get(set);
    if (types?.key.length === 1 && types.key[0]) {
      const lowered = lowerValue(cx, key, env, types.key[0]);
      if (lowered.ok) out.values = lowered.items;
    }
    return { element: out, interval: false };
  }
  cx.elementKeys.set(out, normalize(key.text));
  const types = cx.setTypes.get(set);
  if (types && types.key.length === 1 && types.key[0]) {
    const lowered = lowerValue(cx, key, env, types.key[0]);
    if (lowered.ok) out.values = lowered.items;
    else if (lowered.issue) cx.facts.valueIssues.push(lowered.issue);
  } else if (types && types.key.length > 1) {
    const tuples = lowerTupleValues(cx, key, types.key, env);
    if (tuples?.length === 1) out.tuple = tuples[0];
  }
  const value = element.childForFieldName('value');
  if (value && set.kind === 'set') {
    cx.facts.valueIssues.push({ code: 'type-mismatch', location: cx.loc(value), message: `'${set.name}' is a set, not a map: its elements have no value after ':'.` });
  } else if (!value && set.kind === 'map') {
    cx.facts.valueIssues.push({ code: 'type-mismatch', location: out.location, message: `'${set.name}' is a map: each element needs a value (\`key : value\`).` });
  }
  if (value) mapData(cx, set, out, value, env);
  return { element: out, interval: isInterval(key, env) };
}

/** Whether a key is (or contains) a range or prefix. */
function isInterval(key: Node, env: Env): boolean {
  const target = key.type === 'variable' ? expand(key, env)?.node : key;
  if (!target) return false;
  if (target.type === 'range_expression' || target.type === 'prefix_expression') return true;
  return target.type === 'concatenation' && concatParts(target).some((p) => isInterval(p, env));
}

function mapData(cx: NftLowering, set: NamedSet, element: SetElement, value: Node, env: Env): void {
  element.data = value.text;
  const scope = { cx, env, table: set.table };
  if (value.type === 'verdict_expression') {
    const verdict = verdictOf(scope, value);
    if (verdict) cx.elementVerdicts.set(element, verdict);
    return;
  }
  if (set.dataType === 'verdict' && value.type !== 'variable') {
    cx.facts.valueIssues.push({ code: 'type-mismatch', location: cx.loc(value), message: `'${value.text}' is not a verdict (accept, drop, continue, return, jump CHAIN, goto CHAIN).` });
    return;
  }
  const objectKind = OBJECT_DATA[set.dataType ?? ''];
  if (!objectKind) return;
  const name = writtenName(cx, value, env);
  if (name) cx.reference({ kind: 'object', name: name.name, location: name.location, table: set.table, objectKind });
  element.data = unquote(value.text);
}
