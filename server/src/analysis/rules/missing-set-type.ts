/**
 * `missing-set-type`: a named set or map declared without `type …` or `typeof …` (`set s { }`, `add set t s`). nft
 * cannot store elements without a key type and refuses it ("set definition does not specify key").
 */
import type { Problem } from '../../model/types';
import { nftRule, problem } from './nft-helpers';

export const missingSetType = nftRule('missing-set-type', (_facts, ruleset) => {
  const out: Problem[] = [];
  for (const set of ruleset.tables.flatMap((t) => t.sets)) {
    if (set.keyType) continue;
    out.push(problem('missing-set-type', 'error', `The ${set.kind} '${set.name}' has no \`type\` or \`typeof\`: nft needs its key type.`,
      set.nameLocation, { name: set.name, kind: set.kind }));
  }
  return out;
});
