/**
 * `wrong-family`: an address or header of another family than the table (or the rule) handles: an IPv6 address in
 * an `ip` table, `ip saddr` in an `ip6` table, `ip saddr` and `ip6 daddr` in one rule, `meta nfproto` outside inet,
 * nat or tproxy to an address in an inet table without `ip`/`ip6`. nft refuses them ("conflicting protocols", "Address
 * family for hostname not supported", "ip or ip6 must be specified").
 */
import { nftRule, problem } from './nft-helpers';

export const wrongFamily = nftRule('wrong-family', (facts) => facts.valueIssues
  .filter((i) => i.code === 'wrong-family').map((i) => problem(i.code, 'error', i.message, i.location)));
