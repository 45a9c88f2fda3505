/**
 * `invalid-value` (nft): a value nft refuses in its place: a port above 65535, a prefix longer than the address, a
 * mark or TTL beyond its width, a range whose start is above its end, a word that is not one of the type's names
 * (`ct state establised`), a device name longer than 15 characters. The iptables side reports the same code.
 */
import { nftRule, problem } from './nft-helpers';

export const nftInvalidValue = nftRule('invalid-value', (facts) => facts.valueIssues
  .filter((i) => i.code === 'invalid-value').map((i) => problem(i.code, 'error', i.message, i.location, i.suggestion ? { suggestion: i.suggestion } : undefined)));
