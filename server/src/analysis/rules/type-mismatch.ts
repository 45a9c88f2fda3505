/**
 * `type-mismatch`: a value of the wrong kind for the selector or set it is compared with: an address where a port
 * is expected, a comma list for a type that is not a set of flags, an element with more or fewer parts than the
 * set's concatenated key. nft refuses them ("datatype mismatch", "Could not resolve service", "is not bitmask").
 */
import { nftRule, problem } from './nft-helpers';

export const typeMismatch = nftRule('type-mismatch', (facts) => facts.valueIssues
  .filter((i) => i.code === 'type-mismatch').map((i) => problem(i.code, 'error', i.message, i.location)));
