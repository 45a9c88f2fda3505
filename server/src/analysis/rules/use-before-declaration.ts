/**
 * `use-before-declaration`: a command uses a chain, set, map, flowtable or object that a later command creates.
 * nft applies the commands of a file in order, so the use fails ("No such file or directory"). Inside one table
 * block the order does not matter: nft creates the block's chains, sets and objects before its rules.
 */
import { nftRule, problem } from './nft-helpers';

export const useBeforeDeclaration = nftRule('use-before-declaration', (facts) => facts.earlyUses.map((ref) => {
  const what = ref.kind === 'object' ? (ref.objectKind ?? 'object') : ref.kind;
  return problem('use-before-declaration', 'error',
    `The ${what} '${ref.name}' is used before the command that creates it: nft applies commands in file order.`,
    ref.location, { name: ref.name, kind: ref.kind });
}));
