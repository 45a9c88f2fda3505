/** Facts about base chain declarations the kernel or nft refuse, shared by their diagnostics. */
import { allowedHooks, CHAIN_TYPE_RULES, FAMILIES, NAMED_PRIORITIES, namedPriority } from '../../catalog/nftables/index';
import type { NftChainType, NftFamily, NftHook } from '../../catalog/nftables/types';
import type { BaseChainDeclaration } from '../../model/nft-facts';

const TYPES = ['filter', 'nat', 'route'];

/** Why the hook is refused in this family, or undefined. */
export function hookProblem(d: BaseChainDeclaration): string | undefined {
  const family = FAMILIES.find((f) => f.name === d.table.family);
  if (!family) return undefined;
  if (!['prerouting', 'input', 'forward', 'output', 'postrouting', 'ingress', 'egress'].includes(d.hook)) {
    return `'${d.hook}' is not a hook (prerouting, input, forward, output, postrouting, ingress, egress).`;
  }
  if (family.hooks.includes(d.hook as NftHook)) return undefined;
  return `The ${family.name} family has no ${d.hook} hook; its hooks are ${family.hooks.join(', ')}.`;
}

/** Why the chain type is refused here (family, or hook), or undefined. */
export function typeProblem(d: BaseChainDeclaration): string | undefined {
  if (!TYPES.includes(d.type)) return `'${d.type}' is not a chain type (filter, nat, route).`;
  const family = d.table.family as NftFamily;
  if (!CHAIN_TYPE_RULES.some((r) => r.family === family && r.type === d.type)) {
    const families = CHAIN_TYPE_RULES.filter((r) => r.type === d.type).map((r) => r.family);
    return `${family} tables have no ${d.type} chains (only ${families.join(', ')}); the kernel refuses them.`;
  }
  if (hookProblem(d)) return undefined;
  const hooks = allowedHooks(family, d.type as NftChainType);
  if (hooks.includes(d.hook as NftHook)) return undefined;
  return `${d.type} chains run at ${hooks.join(', ')}, not at ${d.hook}; the kernel refuses them.`;
}

/** Why the named priority is refused here, or undefined. */
export function priorityProblem(d: BaseChainDeclaration): string | undefined {
  if (d.priorityInvalid !== undefined) return `A priority is a number or a name (plus or minus a number), not ${d.priorityInvalid}.`;
  if (d.priorityName === undefined || hookProblem(d)) return undefined;
  const family = d.table.family as NftFamily;
  const hook = d.hook as NftHook;
  if (namedPriority(family, hook, d.priorityName) !== undefined) return undefined;
  const names = [...new Set(NAMED_PRIORITIES.filter((p) => p.families.includes(family) && (!p.hooks || p.hooks.includes(hook))).map((p) => p.name))];
  return `'${d.priorityName}' is not a priority name at ${hook} in ${family} tables${names.length > 0 ? ` (${names.join(', ')}, or a number)` : ''}.`;
}
