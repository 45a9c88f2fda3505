/** `undefined-set`: a rule or command names a set the table never declares (nft: "No such file or directory"). */
import { nftRule, undefinedNames } from './nft-helpers';

export const undefinedSet = nftRule('undefined-set', (_facts, ruleset) => undefinedNames(ruleset, 'set', 'undefined-set'));
