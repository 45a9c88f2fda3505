/**
 * `invalid-hook`: a base chain hook that is unknown or that its family does not have (ingress in ip, egress in
 * inet, input in netdev), and a flowtable hook other than ingress. nft refuses it ("unknown chain hook", "The ip
 * family does not support this hook").
 */
import { hookProblem } from './base-chain-checks';
import { nftRule, problem } from './nft-helpers';

export const invalidHook = nftRule('invalid-hook', (facts) => [
  ...facts.baseChains.flatMap((d) => {
    const why = hookProblem(d);
    return why ? [problem('invalid-hook', 'error', why, d.hookLocation, { hook: d.hook })] : [];
  }),
  ...facts.flowtableHooks.filter((h) => h.hook !== 'ingress')
    .map((h) => problem('invalid-hook', 'error', `A flowtable hooks in at ingress only, not at '${h.hook}'.`, h.location, { hook: h.hook })),
]);
