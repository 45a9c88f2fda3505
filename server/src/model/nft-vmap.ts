/**
 * Verdict maps: `KEY vmap { k : verdict, … }` and `KEY vmap @m`. Each entry becomes a match on the key (exact
 * lookup, also for flag types) with its verdict. Entries of named maps are filled in once the whole input is read,
 * because elements may be added by later commands.
 */
import type { Node } from 'web-tree-sitter';
import { children } from './lowering-util';
import type { Env, NftLowering, VmapKey } from './nft-context';
import { lowerTupleValues, portProtocolKnown, type RuleBuilder } from './nft-matches';
import { modulePath, selectorOf } from './nft-selectors';
import { verdictOf } from './nft-statements';
import { concatParts, lowerValue, selectorType, type ValueType } from './nft-values';
import type { FieldMatch, Match, NamedSet, TupleMatch, ValueItem, VmapEntry } from './types';
import { byName } from './lookup';

interface KeyTypes { key: VmapKey; types: (ValueType | undefined)[] }

function keyTypes(b: RuleBuilder, keyNode: Node): KeyTypes {
  const parts = concatParts(keyNode);
  const selectors = parts.map((p) => selectorOf(p));
  const types = selectors.map((s) => (s ? selectorType(s, b.table.family) : undefined));
  // `th dport` is a port only when the rule restricts the protocol to ones with ports.
  const known = selectors.every((s) => s?.field) && types.every((t) => t)
    && (!selectors.some((s) => s?.words[0] === 'th') || portProtocolKnown(b.rule));
  const key: VmapKey = {
    module: modulePath(keyNode), text: keyNode.text, location: b.cx.loc(keyNode),
    ...(known ? {
      fields: selectors.map((s) => s!.field!),
      families: types.map((t) => (t!.name === 'ipv4_addr' ? 'ip' as const : t!.name === 'ipv6_addr' ? 'ip6' as const : undefined)),
    } : {}),
  };
  return { key, types };
}

/** The key of a vmap as the model matches it. */
export function vmapKey(b: RuleBuilder, keyNode: Node): VmapKey {
  return keyTypes(b, keyNode).key;
}

/** The entries of an anonymous verdict map. */
export function vmapEntries(b: RuleBuilder, keyNode: Node, mapNode: Node, env: Env): VmapEntry[] {
  const { key, types } = keyTypes(b, keyNode);
  const entries: VmapEntry[] = [];
  for (const element of mapNode.type === 'set_expression' ? children(mapNode) : []) {
    if (element.type !== 'element') continue;
    const k = element.childForFieldName('key');
    const v = element.childForFieldName('value');
    const verdict = v ? verdictOf({ ...b, env }, v) : undefined;
    if (v && v.type !== 'verdict_expression' && v.type !== 'variable') {
      b.cx.facts.valueIssues.push({ code: 'type-mismatch', location: b.cx.loc(v), message: `'${v.text}' is not a verdict (accept, drop, continue, return, jump CHAIN, goto CHAIN).` });
    }
    if (!k || !verdict) continue;
    entries.push({ match: entryMatch(b.cx, key, types, k, env, element.text), verdict });
  }
  return entries;
}

function entryMatch(cx: NftLowering, key: VmapKey, types: (ValueType | undefined)[], k: Node, env: Env, text: string): Match {
  const location = cx.loc(k);
  if (key.fields && key.fields.length === 1 && types[0]) {
    const lowered = lowerValue(cx, k, env, types[0]);
    if (lowered.ok) return fieldMatch(key, lowered.items, text, location);
    if (lowered.issue) cx.facts.valueIssues.push(lowered.issue);
  } else if (key.fields) {
    const tuples = lowerTupleValues(cx, k, types, env);
    if (tuples) return tupleMatch(key, tuples, text, location);
  }
  return { kind: 'opaque', text, location, stateful: false, module: key.module };
}

function fieldMatch(key: VmapKey, values: ValueItem[], text: string, location: FieldMatch['location']): FieldMatch {
  const family = key.families?.[0];
  return { kind: 'field', field: key.fields![0], negated: false, values, location, text, module: key.module, ...(family ? { family } : {}) };
}

function tupleMatch(key: VmapKey, tuples: ValueItem[][], text: string, location: TupleMatch['location']): TupleMatch {
  return {
    kind: 'tuple', fields: key.fields!, negated: false, tuples, location, text, module: key.module,
    ...(key.families?.some((f) => f) ? { families: key.families } : {}),
  };
}

/** Fills the entries of every `vmap @m` from the map's elements. */
export function fillNamedVmaps(cx: NftLowering): void {
  for (const use of cx.namedVmaps) {
    const verdict = use.statement.verdict;
    if (verdict?.kind !== 'vmap' || !verdict.map) continue;
    const map = byName(use.table.sets, verdict.map);
    if (!map) continue;
    verdict.entries = namedEntries(cx, use.key, map);
  }
}

function namedEntries(cx: NftLowering, key: VmapKey, map: NamedSet): VmapEntry[] {
  const entries: VmapEntry[] = [];
  for (const element of map.elements) {
    const verdict = cx.elementVerdicts.get(element);
    if (!verdict) continue;
    let match: Match = { kind: 'opaque', text: element.text, location: element.location, stateful: false, module: key.module };
    if (key.fields?.length === 1 && element.values) match = fieldMatch(key, element.values, element.text, element.location);
    else if (key.fields && key.fields.length > 1 && element.tuple) match = tupleMatch(key, [element.tuple], element.text, element.location);
    entries.push({ match, verdict });
  }
  return entries;
}
