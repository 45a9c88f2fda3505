/**
 * Regions of the packet space: unions of boxes. A box constrains some dimensions (packet fields, or the truth value
 * of an opaque match) to an interval set each; an unconstrained dimension takes every value. Set difference of
 * boxes is exact and produces at most one box per constrained dimension.
 */
import { FIELDS, type Field } from '../../model/fields';
import { IntervalSet } from './interval-set';

/** A dimension: a model field, or `opaque:<text>` for the truth value (0/1) of a match the model cannot read. */
export type Dim = Field | `opaque:${string}`;

export type Box = ReadonlyMap<Dim, IntervalSet>;

/** A union of boxes (possibly overlapping). The empty array is the empty region. */
export type Region = readonly Box[];

/** Width of a dimension's domain in bits: addresses and interface names are 128 bits (IPv4 is mapped into IPv6). */
export function dimBits(dim: Dim): number {
  if (dim.startsWith('opaque:')) return 1;
  const info = FIELDS[dim as Field];
  if (info.kind === 'address' || info.kind === 'interface') return 128;
  return info.bits;
}

/** The box that constrains nothing: every packet. */
export const EVERYTHING: Box = new Map();

/** The intersection of two boxes, or undefined when they are disjoint. */
export function intersectBoxes(a: Box, b: Box): Box | undefined {
  const out = new Map(a);
  for (const [dim, set] of b) {
    const mine = out.get(dim);
    if (mine === set) continue;
    const both = mine ? mine.intersect(set) : set;
    if (both.isEmpty) return undefined;
    out.set(dim, both);
  }
  return out;
}

/** Whether two boxes share a packet. */
export function boxesIntersect(a: Box, b: Box): boolean {
  for (const [dim, set] of b) {
    const mine = a.get(dim);
    if (mine && mine !== set && !mine.intersects(set)) return false;
  }
  return true;
}

/**
 * a ∖ b as disjoint boxes (at most one per dimension b constrains): piece k keeps a's values in the dimensions before
 * the k-th of b narrowed to b's, and takes those outside b in the k-th. A dimension where a already lies inside b
 * adds no piece and narrows nothing, so a is copied only when a piece is made or a dimension it left free is named.
 */
export function subtractBox(a: Box, b: Box): Box[] {
  if (!boxesIntersect(a, b)) return [a];
  const out: Box[] = [];
  let prefix: Map<Dim, IntervalSet> | undefined;
  for (const [dim, set] of b) {
    const mine = (prefix ?? a).get(dim) ?? IntervalSet.full(dimBits(dim));
    // Shared sets (the table's universe, repeated values) need no work: nothing lies outside, the prefix stays.
    if (mine === set) continue;
    const outside = mine.subtract(set);
    if (outside.isEmpty) {
      // Inside b already: the same values, but a dimension a left free is constrained from here on, as b names it.
      if (!(prefix ?? a).has(dim)) (prefix ??= new Map(a)).set(dim, mine.intersect(set));
      continue;
    }
    const piece = new Map(prefix ?? a);
    piece.set(dim, outside);
    out.push(piece);
    prefix ??= new Map(a);
    prefix.set(dim, mine.intersect(set));
  }
  return out;
}

/** Thrown inside a computation that would need more boxes than allowed; callers give up their claim. */
export class RegionTooComplex extends Error {
  constructor() {
    super('region too complex');
  }
}

/** region ∖ box; throws RegionTooComplex when the result exceeds `limit` boxes. */
export function subtractFromRegion(region: Region, box: Box, limit: number): Box[] {
  const out: Box[] = [];
  for (const piece of region) {
    for (const rest of subtractBox(piece, box)) {
      out.push(rest);
      if (out.length > limit) throw new RegionTooComplex();
    }
  }
  return out;
}

/** The intersection of two regions; throws RegionTooComplex past `limit` boxes. */
export function intersectRegions(a: Region, b: Region, limit: number): Box[] {
  const out: Box[] = [];
  for (const x of a) {
    for (const y of b) {
      const both = intersectBoxes(x, y);
      if (!both) continue;
      out.push(both);
      if (out.length > limit) throw new RegionTooComplex();
    }
  }
  return out;
}

/**
 * The intersection of two regions used as an under-approximation: when it would exceed `limit` boxes, nothing
 * (which is always a sound under-approximation).
 */
export function intersectOrNothing(a: Region, b: Region, limit: number): Region {
  try {
    return intersectRegions(a, b, limit);
  } catch (error) {
    if (!(error instanceof RegionTooComplex)) throw error;
    return [];
  }
}

/** Dimensions a region constrains. */
export function dimsOf(region: Region): Set<Dim> {
  const dims = new Set<Dim>();
  for (const box of region) for (const dim of box.keys()) dims.add(dim);
  return dims;
}
