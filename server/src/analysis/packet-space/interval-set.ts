/**
 * Sets of unsigned integers as sorted, disjoint, non-adjacent inclusive intervals. The packet space gives each field
 * one such set; every operation is exact and returns a new set.
 */
export class IntervalSet {
  private constructor(
    /** Flat [lo0, hi0, lo1, hi1, …], sorted, disjoint and non-adjacent. */
    private readonly bounds: readonly bigint[],
  ) {}

  static readonly EMPTY = new IntervalSet([]);

  private static readonly fullSets = new Map<number, IntervalSet>();

  /** Every value of a field of `bits` bits. */
  static full(bits: number): IntervalSet {
    let set = IntervalSet.fullSets.get(bits);
    if (!set) IntervalSet.fullSets.set(bits, (set = new IntervalSet([0n, (1n << BigInt(bits)) - 1n])));
    return set;
  }

  /** One interval (empty when lo > hi). */
  static range(lo: bigint, hi: bigint): IntervalSet {
    return lo > hi ? IntervalSet.EMPTY : new IntervalSet([lo, hi]);
  }

  static point(value: bigint): IntervalSet {
    return new IntervalSet([value, value]);
  }

  /** The union of arbitrary (possibly overlapping) intervals. */
  static fromRanges(ranges: readonly (readonly [bigint, bigint])[]): IntervalSet {
    const sorted = ranges.filter(([lo, hi]) => lo <= hi).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const out: bigint[] = [];
    for (const [lo, hi] of sorted) {
      const last = out.length - 1;
      if (last > 0 && lo <= out[last] + 1n) {
        if (hi > out[last]) out[last] = hi;
      } else {
        out.push(lo, hi);
      }
    }
    return new IntervalSet(out);
  }

  get isEmpty(): boolean {
    return this.bounds.length === 0;
  }

  /** Number of intervals. */
  get size(): number {
    return this.bounds.length / 2;
  }

  /** The intervals, in order. */
  ranges(): [bigint, bigint][] {
    const out: [bigint, bigint][] = [];
    for (let i = 0; i < this.bounds.length; i += 2) out.push([this.bounds[i], this.bounds[i + 1]]);
    return out;
  }

  /** Whether this set is a single value. */
  get isPoint(): boolean {
    return this.bounds.length === 2 && this.bounds[0] === this.bounds[1];
  }

  /** Smallest and largest value (undefined when empty). */
  get lo(): bigint | undefined {
    return this.bounds[0];
  }

  get hi(): bigint | undefined {
    return this.bounds[this.bounds.length - 1];
  }

  has(value: bigint): boolean {
    for (let i = 0; i < this.bounds.length; i += 2) {
      if (value < this.bounds[i]) return false;
      if (value <= this.bounds[i + 1]) return true;
    }
    return false;
  }

  equals(other: IntervalSet): boolean {
    return this.bounds.length === other.bounds.length && this.bounds.every((b, i) => b === other.bounds[i]);
  }

  union(other: IntervalSet): IntervalSet {
    if (this.isEmpty) return other;
    if (other.isEmpty) return this;
    return IntervalSet.fromRanges([...this.ranges(), ...other.ranges()]);
  }

  /** The union of many sets at once (one sort instead of one per pair). */
  static unionOf(sets: readonly IntervalSet[]): IntervalSet {
    if (sets.length === 0) return IntervalSet.EMPTY;
    if (sets.length === 1) return sets[0];
    const ranges: [bigint, bigint][] = [];
    for (const set of sets) for (let i = 0; i < set.bounds.length; i += 2) ranges.push([set.bounds[i], set.bounds[i + 1]]);
    return IntervalSet.fromRanges(ranges);
  }

  intersect(other: IntervalSet): IntervalSet {
    const out: bigint[] = [];
    const a = this.bounds;
    const b = other.bounds;
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      const lo = a[i] > b[j] ? a[i] : b[j];
      const hi = a[i + 1] < b[j + 1] ? a[i + 1] : b[j + 1];
      if (lo <= hi) out.push(lo, hi);
      if (a[i + 1] < b[j + 1]) i += 2;
      else j += 2;
    }
    return new IntervalSet(out);
  }

  intersects(other: IntervalSet): boolean {
    const a = this.bounds;
    const b = other.bounds;
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
      if ((a[i] > b[j] ? a[i] : b[j]) <= (a[i + 1] < b[j + 1] ? a[i + 1] : b[j + 1])) return true;
      if (a[i + 1] < b[j + 1]) i += 2;
      else j += 2;
    }
    return false;
  }

  /** The values of this set that are not in `other`. */
  subtract(other: IntervalSet): IntervalSet {
    if (this.isEmpty || other.isEmpty) return this;
    const out: bigint[] = [];
    const b = other.bounds;
    let j = 0;
    for (let i = 0; i < this.bounds.length; i += 2) {
      let lo = this.bounds[i];
      const hi = this.bounds[i + 1];
      while (j < b.length && b[j + 1] < lo) j += 2;
      let k = j;
      while (k < b.length && b[k] <= hi && lo <= hi) {
        if (b[k] > lo) out.push(lo, b[k] - 1n);
        lo = b[k + 1] + 1n;
        k += 2;
      }
      if (lo <= hi) out.push(lo, hi);
    }
    return new IntervalSet(out);
  }

  /** Whether every value of this set is in `other`. */
  isSubsetOf(other: IntervalSet): boolean {
    return this.subtract(other).isEmpty;
  }

  /** The values of a `bits`-bit field that are not in this set. */
  complement(bits: number): IntervalSet {
    return IntervalSet.full(bits).subtract(this);
  }
}
