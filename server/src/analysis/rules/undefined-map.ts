/** `undefined-map`: a rule or command names a map the table never declares (nft: "No such file or directory"). */
import { nftRule, undefinedNames } from './nft-helpers';

export const undefinedMap = nftRule('undefined-map', (_facts, ruleset) => undefinedNames(ruleset, 'map', 'undefined-map'));
