/**
 * `tproxy-needs-protocol` (nft): `tproxy` with no transport protocol match before it in the rule. nft refuses it
 * ("Transparent proxy support requires transport protocol match"): write `meta l4proto tcp` (or udp, or a tcp/udp
 * header match) first. `th dport` and a lookup in a named set (`meta l4proto @protos`) do not count.
 */
import { nftRule, problem } from './nft-helpers';

export const tproxyNeedsProtocol = nftRule('tproxy-needs-protocol', (facts) => facts.missingProtocols.filter((m) => m.statement === 'tproxy')
  .map((m) => problem('tproxy-needs-protocol', 'error', 'tproxy needs a transport protocol match before it in the rule, e.g. `meta l4proto tcp`.',
    m.location, { insertAt: m.ruleStart.range.start })));
