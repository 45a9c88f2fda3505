/**
 * `jump-to-base-chain`: a jump or goto (also in a verdict map) to a base chain. Base chains are entered from their
 * hook only; the kernel refuses the rule ("Operation not supported").
 */
import type { Location, Problem, Table, Verdict } from '../../model/types';
import { nftRule, problem } from './nft-helpers';
import { byName } from '../../model/lookup';

/**
 * `bases` holds the names of the table's base chains (a handful): most targets are not among them, and looking a
 * name up in that small set costs less than in the index of every chain (tens of thousands in generated rulesets).
 */
function report(table: Table, bases: ReadonlySet<string>, verdict: Verdict, fallback: Location, out: Problem[]): void {
  if (verdict.kind !== 'jump' && verdict.kind !== 'goto') return;
  if (!bases.has(verdict.target)) return;
  const target = byName(table.chains, verdict.target);
  if (!target?.base) return;
  out.push(problem('jump-to-base-chain', 'error',
    `'${target.name}' is a base chain (hook ${target.base.hook}): ${verdict.kind} can only enter regular chains.`,
    verdict.targetLocation ?? fallback, { target: target.name }));
}

export const jumpToBaseChain = nftRule('jump-to-base-chain', (_facts, ruleset) => {
  const out: Problem[] = [];
  for (const table of ruleset.tables) {
    const bases = new Set<string>();
    for (const chain of table.chains) if (chain.base) bases.add(chain.name);
    // With no base chain (or only unnamed ones) nothing in the table can jump to one.
    if (bases.size === 0) continue;
    for (const chain of table.chains) {
      for (const rule of chain.rules) {
        for (const s of rule.statements) {
          if (!s.verdict) continue;
          if (s.verdict.kind === 'vmap') {
            // Entries of named maps are checked once, at the map.
            if (!s.verdict.map) for (const entry of s.verdict.entries) report(table, bases, entry.verdict, s.location, out);
          } else {
            report(table, bases, s.verdict, s.location, out);
          }
        }
      }
    }
    for (const set of table.sets) {
      for (const element of set.elements) {
        const m = /^(jump|goto)\s+"?([^"\s]+)"?$/.exec(element.data ?? '');
        if (m) report(table, bases, { kind: m[1] as 'jump' | 'goto', target: m[2], targetLocation: element.location }, element.location, out);
      }
    }
  }
  return out;
});
