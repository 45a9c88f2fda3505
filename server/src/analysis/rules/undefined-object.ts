/** `undefined-object`: a rule names a counter, quota, limit, ct helper/timeout/expectation, synproxy or secmark object the table never declares (nft: "No such file or directory"). */
import { nftRule, undefinedNames } from './nft-helpers';

export const undefinedObject = nftRule('undefined-object', (_facts, ruleset) => undefinedNames(ruleset, 'object', 'undefined-object'));
