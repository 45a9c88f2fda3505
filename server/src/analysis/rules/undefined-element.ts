/**
 * `undefined-element`: `delete element` of an element the set does not hold at that point in the file. nft refuses
 * it ("No such file or directory" / "element does not exist") unless a running ruleset already has it; use `destroy
 * element` (nft 1.0.8+) to delete without that check.
 */
import { nftRule, problem } from './nft-helpers';

export const undefinedElement = nftRule('undefined-element', (facts) => facts.missingElements.map((m) => problem('undefined-element', 'error',
  `The set '${m.set}' has no element ${m.text} to delete at this point.`, m.location, { set: m.set, element: m.text })));
