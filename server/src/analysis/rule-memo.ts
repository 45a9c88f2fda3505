/**
 * Per-rule caches of the analyses, kept on the rule object itself: one hidden, not enumerable property holding a slot
 * per analysis (the model still prints, compares and serialises as before). Analyses ask for every rule at every
 * check of an edited document, and on a large file a WeakMap lookup per rule and analysis (a hash probe into a large
 * table, a cache miss each) costs more than the analysis itself.
 */
import type { Rule } from '../model/types';

const SLOTS = Symbol('nfrules.analyses');

/** One rule's caches, one slot per analysis (one shape for every rule, so reading a slot stays cheap). */
class Slots {
  requirements: unknown = undefined;
  jumps: unknown = undefined;
  notracks: unknown = undefined;
  regions: unknown = undefined;
  summaries: unknown = undefined;
  claims: unknown = undefined;
  scans: unknown = undefined;
}

function slotsOf(rule: Rule): Slots {
  const held = (rule as unknown as { [SLOTS]?: Slots })[SLOTS];
  if (held) return held;
  const slots = new Slots();
  Object.defineProperty(rule, SLOTS, { value: slots, enumerable: false });
  return slots;
}

/** One analysis's cache of values per rule, in its slot. */
export class RuleMemo<V> {
  constructor(private readonly slot: keyof Slots) {}

  get(rule: Rule): V | undefined {
    return slotsOf(rule)[this.slot] as V | undefined;
  }

  set(rule: Rule, value: V | undefined): void {
    slotsOf(rule)[this.slot] = value;
  }
}

/**
 * Forgets the results kept for a whole chain on one of its rules (summary and claims, kept on its last rule): called
 * when rules leave or join the chain. Such a result no longer holds, and the rules it lists may include replaced
 * ones, which would keep the whole model they came from alive until the chain is asked about again.
 */
export function forgetChainResults(rule: Rule | undefined): void {
  const held = rule && (rule as unknown as { [SLOTS]?: Slots })[SLOTS];
  if (!held) return;
  held.summaries = undefined;
  held.claims = undefined;
}
