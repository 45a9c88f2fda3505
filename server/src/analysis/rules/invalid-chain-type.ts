/**
 * `invalid-chain-type`: a base chain type the family or hook does not have: an unknown type, nat or route chains in
 * bridge/arp/netdev tables, nat at forward, route anywhere but output. The kernel refuses the chain ("No such file
 * or directory", "Operation not supported").
 */
import { typeProblem } from './base-chain-checks';
import { nftRule, problem } from './nft-helpers';

export const invalidChainType = nftRule('invalid-chain-type', (facts) => facts.baseChains.flatMap((d) => {
  const why = typeProblem(d);
  return why ? [problem('invalid-chain-type', 'error', why, d.typeLocation, { type: d.type, hook: d.hook })] : [];
}));
