/**
 * `missing-device`: a netdev chain, or an inet ingress chain, without `device` or `devices`. nft 1.0.6 refuses it
 * ("Missing `device' in this chain definition"); newer nft (1.0.8+) accepts it, and the chain then sees no packet
 * until a device is added. A warning, since both versions are in use.
 */
import { hookNeedsDevice } from '../../catalog/nftables/index';
import type { NftFamily, NftHook } from '../../catalog/nftables/types';
import { hookProblem } from './base-chain-checks';
import { nftRule, problem } from './nft-helpers';

export const missingDevice = nftRule('missing-device', (facts) => facts.baseChains.flatMap((d) => {
  if (d.hasDevice || hookProblem(d) || !hookNeedsDevice(d.table.family as NftFamily, d.hook as NftHook)) return [];
  return [problem('missing-device', 'warning',
    `This ${d.hook} chain names no device: nft 1.0.6 refuses it, newer nft accepts it but the chain sees no packet until a device is added.`,
    d.location, { hook: d.hook })];
}));
