/**
 * `duplicate-property`: a comment (of a table, chain, set or object) or a chain policy written twice in one block.
 * nft refuses it: "You can only specify this once", "you cannot set chain policy twice".
 */
import { nftRule, problem } from './nft-helpers';

export const duplicateProperty = nftRule('duplicate-property', (facts) => facts.duplicates.map((d) => ({
  ...problem('duplicate-property', 'error', `\`${d.what}\` is given twice here; nft accepts it once.`, d.location, { what: d.what }),
  related: [{ location: d.first, message: `first \`${d.what}\`` }],
})));
