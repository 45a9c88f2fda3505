/**
 * `nat-needs-protocol`: snat, dnat, masquerade or redirect with a port (`to :8080`, `to 10.0.0.1:80`) but no
 * transport protocol match before it. nft refuses it ("transport protocol mapping is only valid after transport
 * protocol match").
 */
import { nftRule, problem } from './nft-helpers';

export const natNeedsProtocol = nftRule('nat-needs-protocol', (facts) => facts.missingProtocols.filter((m) => m.statement !== 'tproxy')
  .map((m) => problem('nat-needs-protocol', 'error', `${m.statement} to a port needs a transport protocol match before it, e.g. \`meta l4proto tcp\` or \`tcp dport …\`.`,
    m.location, { insertAt: m.ruleStart.range.start, statement: m.statement })));
