/**
 * Turns model matches into packet-space regions, in one of two directions:
 *  - `over`: a region that contains every packet the match accepts (used for the rule whose reachability is judged);
 *  - `under`: a region that contains only packets the match accepts (used for the rules that may cover it).
 * A match the model reads exactly gives the same region both ways. Anything else is widened to every packet
 * (`over`) or narrowed to nothing (`under`), so no claim built from these regions can be false.
 */
import type { Field } from '../../model/fields';
import { FIELDS } from '../../model/fields';
import type { FieldMatch, Match, NamedSet, Table, TupleMatch, ValueItem } from '../../model/types';
import { IntervalSet } from './interval-set';
import { EVERYTHING, RegionTooComplex, intersectRegions, subtractFromRegion, type Box, type Dim, type Region } from './region';
import { byName } from '../../model/lookup';

export type Direction = 'over' | 'under';

/** Most boxes any one computation may build before the claim is abandoned. */
export const BOX_LIMIT = 512;

/** Masked values whose set would need more intervals than this are not represented. */
const MAX_MASK_INTERVALS = 1024;

/** The network protocol of each family as one shared set (shared sets compare by identity, see subtractBox). */
const NFPROTO_SET: Record<'ip' | 'ip6', IntervalSet> = { ip: IntervalSet.point(2n), ip6: IntervalSet.point(10n) };
const ADDRESS_BITS: Record<'ip' | 'ip6', number> = { ip: 32, ip6: 128 };

/** Every packet a chain of this table can see: the family fixes the network protocol and the address width. */
export function universe(table: Table): Region {
  const family = (f: 'ip' | 'ip6'): Box => new Map<Dim, IntervalSet>([
    ['nfproto', NFPROTO_SET[f]],
    ['saddr', IntervalSet.full(ADDRESS_BITS[f])],
    ['daddr', IntervalSet.full(ADDRESS_BITS[f])],
  ]);
  if (table.family === 'ip') return [family('ip')];
  if (table.family === 'ip6') return [family('ip6')];
  if (table.family === 'inet') return [family('ip'), family('ip6')];
  return [EVERYTHING];
}

/** The region of one match; `table` resolves named sets. */
export function matchRegion(match: Match, table: Table, direction: Direction): Region {
  const exact = exactRegion(match, table);
  if (exact) return exact;
  return direction === 'over' ? [EVERYTHING] : [];
}

/** The exact region of a match, or undefined when the model cannot represent it. */
export function exactRegion(match: Match, table: Table): Region | undefined {
  if (match.kind === 'opaque') {
    // A deterministic match gives the same answer for the same packet: its truth value is a dimension of its own.
    return match.stateful ? undefined : [new Map([[`opaque:${normalise(match.text)}` as Dim, IntervalSet.point(1n)]])];
  }
  if (match.kind === 'tuple') return tupleRegion(match, table);
  return fieldRegion(match, table);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function fieldRegion(match: FieldMatch, table: Table): Region | undefined {
  const isAddress = FIELDS[match.field].kind === 'address';
  if (isAddress && !match.family) return undefined;
  const width = isAddress ? ADDRESS_BITS[match.family as 'ip' | 'ip6'] : fieldWidth(match.field);
  let set = valuesSet(match.field, match.values, table, width);
  if (!set) return undefined;
  if (match.bitwise) {
    set = maskedPreimage(set, match.bitwise.mask, width);
    if (!set) return undefined;
  }
  if (match.negated) set = set.complement(width);
  const box = new Map<Dim, IntervalSet>([[match.field, set]]);
  if (isAddress) box.set('nfproto', NFPROTO_SET[match.family as 'ip' | 'ip6']);
  return set.isEmpty ? [] : [box];
}

function fieldWidth(field: Field): number {
  const info = FIELDS[field];
  return info.kind === 'address' || info.kind === 'interface' ? 128 : info.bits;
}

function tupleRegion(match: TupleMatch, table: Table): Region | undefined {
  // For a named set the lowering puts its elements in `tuples`; they only count while nothing changes the set.
  if (match.set !== undefined && !staticSet(table, match.set, false)) return undefined;
  const boxes: Box[] = [];
  for (const tuple of match.tuples) {
    if (tuple.length !== match.fields.length) return undefined;
    const box = new Map<Dim, IntervalSet>();
    for (let i = 0; i < match.fields.length; i++) {
      const field = match.fields[i];
      const family = match.families?.[i];
      const isAddress = FIELDS[field].kind === 'address';
      if (isAddress && !family) return undefined;
      const width = isAddress ? ADDRESS_BITS[family as 'ip' | 'ip6'] : fieldWidth(field);
      const set = valuesSet(field, [tuple[i]], table, width);
      if (!set) return undefined;
      const previous = box.get(field);
      box.set(field, previous ? previous.intersect(set) : set);
      if (isAddress) box.set('nfproto', NFPROTO_SET[family as 'ip' | 'ip6']);
    }
    if ([...box.values()].every((s) => !s.isEmpty)) boxes.push(box);
    if (boxes.length > BOX_LIMIT) return undefined;
  }
  if (!match.negated) return boxes;
  try {
    let rest: Box[] = [EVERYTHING];
    for (const box of boxes) rest = subtractFromRegion(rest, box, BOX_LIMIT);
    return rest;
  } catch (error) {
    if (error instanceof RegionTooComplex) return undefined;
    throw error;
  }
}

/**
 * A named set that no rule changes at run time and whose elements do not expire; with `needValues`, also every
 * element lowered to a value list (single-field keys).
 */
export function staticSet(table: Table, name: string, needValues = true): NamedSet | undefined {
  const set = byName(table.sets, name);
  if (!set) return undefined;
  if (set.flags.some((f) => f === 'dynamic' || f === 'timeout')) return undefined;
  if (needValues && set.elements.some((e) => e.values === undefined)) return undefined;
  if (updatedAtRunTime(table, name)) return undefined;
  return set;
}

/** Per table: the sets its rules write to from the packet path, or 'all' when a meter may write to any. */
const runtimeWrites = new WeakMap<Table, Set<string> | 'all'>();

function updatedAtRunTime(table: Table, name: string): boolean {
  let writes = runtimeWrites.get(table);
  if (!writes) {
    writes = writtenSets(table);
    runtimeWrites.set(table, writes);
  }
  return writes === 'all' || writes.has(name);
}

function writtenSets(table: Table): Set<string> | 'all' {
  const names = new Set<string>();
  for (const chain of table.chains) {
    for (const rule of chain.rules) {
      for (const s of rule.statements) {
        // Most statements write nothing: only a meter or one naming a set (`@s`) can.
        if (!s.text.includes('@') && !s.text.startsWith('meter')) continue;
        if (/^meter\b/.test(s.text)) return 'all';
        const write = /^(?:add|update|delete)\s+@([^\s{]+)/.exec(s.text);
        if (write) names.add(write[1]);
      }
    }
  }
  return names;
}

/** The union of a value list as an interval set, or undefined when an item cannot be represented. */
function valuesSet(field: Field, values: readonly ValueItem[], table: Table, width: number): IntervalSet | undefined {
  const ranges: [bigint, bigint][] = [];
  for (const item of values) {
    if (item.kind === 'range') {
      ranges.push([item.lo, item.hi]);
    } else if (item.kind === 'masked') {
      const set = maskedPreimage(IntervalSet.point(item.value & item.mask), item.mask, width);
      if (!set) return undefined;
      ranges.push(...set.ranges());
    } else if (item.kind === 'name') {
      if (FIELDS[field].kind !== 'interface') return undefined;
      ranges.push(interfaceRange(item.name, item.wildcard));
    } else {
      const set = staticSet(table, item.name);
      if (!set) return undefined;
      for (const element of set.elements) {
        const inner = valuesSet(field, element.values ?? [], table, width);
        if (!inner) return undefined;
        ranges.push(...inner.ranges());
      }
    }
  }
  return IntervalSet.fromRanges(ranges);
}

/** Interface names as 16-byte big-endian integers (IFNAMSIZ, NUL padded); a wildcard is every name with the prefix. */
export function interfaceRange(name: string, wildcard: boolean): [bigint, bigint] {
  const bytes = Buffer.from(name, 'utf8').subarray(0, 16);
  let value = 0n;
  for (let i = 0; i < 16; i++) value = (value << 8n) | BigInt(bytes[i] ?? 0);
  if (!wildcard) return [value, value];
  const free = BigInt(8 * (16 - Math.min(bytes.length, 16)));
  return [value, value | ((1n << free) - 1n)];
}

/**
 * The values x of a `width`-bit field with (x & mask) in `set`. Exact when the free bits of the mask lie below its
 * lowest set bit (each value gives one interval) or when few intervals result; undefined otherwise.
 */
export function maskedPreimage(set: IntervalSet, mask: bigint, width: number): IntervalSet | undefined {
  const key = `${width}/${mask}/${set.ranges().join(';')}`;
  if (preimages.has(key)) return preimages.get(key);
  const result = computePreimage(set, mask, width);
  if (preimages.size > 4096) preimages.clear();
  preimages.set(key, result);
  return result;
}

/** Masked preimages already computed (tcp flag and mark tests repeat across rules). */
const preimages = new Map<string, IntervalSet | undefined>();

function computePreimage(set: IntervalSet, mask: bigint, width: number): IntervalSet | undefined {
  const all = (1n << BigInt(width)) - 1n;
  mask &= all;
  if (mask === 0n) return set.has(0n) ? IntervalSet.full(width) : IntervalSet.EMPTY;
  let low = 0n;
  while (((mask >> low) & 1n) === 0n) low++;
  const lowFree = (1n << low) - 1n;
  // Free bits at or above the lowest mask bit: each combination of them is a separate run of values.
  const highFree = all & ~mask & ~lowFree;
  const highBits: bigint[] = [];
  for (let bit = 0n; bit < BigInt(width); bit++) if ((highFree >> bit) & 1n) highBits.push(bit);
  if (highBits.length > 20) return undefined;
  // The masked values in the set (mask-aligned points only can be hit).
  const targets: bigint[] = [];
  for (const [lo, hi] of set.ranges()) {
    if (hi - lo > BigInt(MAX_MASK_INTERVALS)) return undefined;
    for (let v = lo; v <= hi; v++) if ((v & mask) === v) targets.push(v);
  }
  if (targets.length * 2 ** highBits.length > MAX_MASK_INTERVALS) return undefined;
  const ranges: [bigint, bigint][] = [];
  for (const target of targets) {
    for (let combo = 0; combo < 2 ** highBits.length; combo++) {
      let base = target;
      highBits.forEach((bit, i) => {
        if ((combo >> i) & 1) base |= 1n << bit;
      });
      ranges.push([base, base | lowFree]);
    }
  }
  return IntervalSet.fromRanges(ranges);
}

/** The conjunction of several regions (a rule's matches); throws RegionTooComplex past the limit. */
export function conjunction(regions: readonly Region[]): Region {
  let out: Region = [EVERYTHING];
  for (const region of regions) {
    out = intersectRegions(out, region, BOX_LIMIT);
    if (out.length === 0) return out;
  }
  return out;
}
