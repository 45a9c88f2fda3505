/**
 * `policy-on-user-chain` (nft): a `policy` in a chain without `type … hook …`. Only base chains end with a policy;
 * the kernel refuses one on a regular chain ("Operation not supported"), accept as well as drop. The iptables side
 * reports the same code for `:USER DROP`.
 */
import { nftRule, problem } from './nft-helpers';

export const nftPolicyOnUserChain = nftRule('policy-on-user-chain', (facts) => {
  const based = new Set(facts.baseChains.map((d) => d.chain));
  return facts.policies.filter((p) => !based.has(p.chain) && !p.chain.base).map((p) => problem('policy-on-user-chain', 'error',
    `Chain '${p.chain.name}' has no hook, so it cannot have a policy: only base chains do (the kernel refuses it).`, p.location, { chain: p.chain.name }));
});
