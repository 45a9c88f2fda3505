/**
 * `invalid-set-type`: a named set or map whose key type nft cannot use: no `type …` or `typeof …` at all (`set s { }`,
 * `add set t s`: "set definition does not specify key"), or a base type without a width (`type integer`, `string`,
 * `bitmask`, `invalid`: "unqualified type … specified in set definition"), which only `typeof` can give.
 */
import type { Problem } from '../../model/types';
import { nftRule, problem } from './nft-helpers';

const UNQUALIFIED = new Set(['integer', 'string', 'bitmask', 'invalid']);

export const invalidSetType = nftRule('invalid-set-type', (_facts, ruleset) => {
  const out: Problem[] = [];
  for (const set of ruleset.tables.flatMap((t) => t.sets)) {
    if (!set.keyType) {
      out.push(problem('invalid-set-type', 'error', `The ${set.kind} '${set.name}' has no \`type\` or \`typeof\`: nft needs its key type.`,
        set.nameLocation, { name: set.name, kind: set.kind }));
      continue;
    }
    if (set.keyType.startsWith('typeof ')) continue;
    const bad = [...set.keyType.split(' . '), ...(set.dataType?.split(' . ') ?? [])].find((t) => UNQUALIFIED.has(t));
    if (bad) {
      out.push(problem('invalid-set-type', 'error', `\`type ${bad}\` has no width: declare the ${set.kind} with \`typeof\` a selector instead (\`typeof meta mark\`).`,
        set.nameLocation, { name: set.name, type: bad }));
    }
  }
  return out;
});
