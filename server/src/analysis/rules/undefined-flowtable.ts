/** `undefined-flowtable`: a flow statement names a flowtable the table never declares (nft: "No such file or directory"). */
import { nftRule, undefinedNames } from './nft-helpers';

export const undefinedFlowtable = nftRule('undefined-flowtable', (_facts, ruleset) => undefinedNames(ruleset, 'flowtable', 'undefined-flowtable'));
