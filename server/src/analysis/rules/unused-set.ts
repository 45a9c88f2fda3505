/**
 * `unused-set`: a named set or map of this file that no rule or command uses. Often a leftover, or a name misspelt
 * where it is used. Sets filled and read by other programs at run time are the exception: the warning says so.
 */
import type { Problem } from '../../model/types';
import { nftRule, problem } from './nft-helpers';

export const unusedSet = nftRule('unused-set', (_facts, ruleset) => {
  const used = new Set(ruleset.references.filter((r) => (r.kind === 'set' || r.kind === 'map') && r.table)
    .map((r) => `${r.table!.family} ${r.table!.name} ${r.name}`));
  const problems: Problem[] = [];
  for (const table of ruleset.tables) {
    for (const set of table.sets) {
      if (set.location.uri !== ruleset.uri || used.has(`${table.family} ${table.name} ${set.name}`)) continue;
      problems.push(problem('unused-set', 'warning', `The ${set.kind} '${set.name}' is never used in this ruleset.`, set.nameLocation, { name: set.name }));
    }
  }
  return problems;
});
