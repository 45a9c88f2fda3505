/**
 * `invalid-priority`: a named priority that does not exist at that hook in that family (`dstnat` outside
 * prerouting, `srcnat` outside postrouting, `raw` in a bridge table). nft refuses it ("invalid priority expression
 * value in this context"); a number is always accepted.
 */
import { priorityProblem } from './base-chain-checks';
import { nftRule, problem } from './nft-helpers';

export const invalidPriority = nftRule('invalid-priority', (facts) => facts.baseChains.flatMap((d) => {
  const why = priorityProblem(d);
  return why ? [problem('invalid-priority', 'error', why, d.priorityLocation, { name: d.priorityName, hook: d.hook, family: d.table.family })] : [];
}));
