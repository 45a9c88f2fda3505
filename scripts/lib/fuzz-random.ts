/** Seeded dice for the fuzzer: every input is drawn from its own generator, so input N of a seed can be replayed alone. */
import { random } from '../../test/kernel/lib/trace-generator';

/** A seeded source of choices (integers, picks, chances, weighted picks). */
export class Dice {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = random(seed);
  }

  /** The dice of input `index` of a run with `seed` (independent of every other input). */
  static forInput(seed: number, index: number): Dice {
    return new Dice(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35));
  }

  /** A number in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One value, chosen in proportion to its weight. */
  weighted<T>(options: readonly (readonly [T, number])[]): T {
    const total = options.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [value, w] of options) if ((r -= w) < 0) return value;
    return options[options.length - 1][0];
  }
}
