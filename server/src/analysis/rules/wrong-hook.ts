/**
 * `wrong-hook`: a target, statement or match that the kernel only accepts at some hooks, in a chain that a base
 * chain at another hook reaches — TPROXY outside PREROUTING, DNAT at POSTROUTING, SNAT at PREROUTING, REJECT at
 * POSTROUTING, `flow add` outside forward, `-m owner` on incoming packets… Reported at the rule, with the path of
 * jumps from the base chain. (`-i` in OUTPUT and `-o` in INPUT, which iptables refuses in those built-in chains, are
 * reported by the lowering as `interface-direction`, with a fix.)
 */
import type { Hook, Problem, RelatedInfo, Rule, Ruleset } from '../../model/types';
import { chainContexts, pathText, type ChainContext } from '../chain-contexts';
import type { DiagnosticRule } from '../index';
import { jumpsKey } from '../chain-graph';
import { requirementsKey, requirementsOf } from '../placement';

export const wrongHook: DiagnosticRule = {
  codes: ['wrong-hook'],
  reads: (rule, at) => jumpsKey(rule, at) + requirementsKey(rule, at),
  run(ruleset: Ruleset): Problem[] {
    const problems: Problem[] = [];
    for (const table of ruleset.tables) {
      const contexts = chainContexts(table);
      for (const chain of table.chains) {
        const reaching = contexts.get(chain) ?? [];
        for (const rule of chain.rules) {
          for (const requirement of requirementsOf(rule)) {
            const hooks = requirement.hooks;
            if (!hooks) continue;
            // A wrong table or chain type is reported on its own (wrong-table); the hook is judged where it is right.
            if (requirement.tables && table.origin === 'iptables' && !requirement.tables.includes(table.name)) continue;
            const types = requirement.chainTypes;
            const bad = reaching.filter((c) => c.base.base && !hooks.includes(c.base.base.hook)
              && (!types || types.includes(c.base.base.type)));
            if (bad.length === 0) continue;
            problems.push(report(rule, requirement.what, hooks, bad, requirement.location));
          }
        }
      }
    }
    return problems;
  },
};

function report(rule: Rule, what: string, hooks: readonly Hook[], bad: ChainContext[], location: Rule['location']): Problem {
  const first = bad[0];
  const hook = first.base.base?.hook ?? '';
  const via = first.path.length > 0 ? ` through ${pathText(first)}` : '';
  const others = bad.length > 1 ? ` (and from ${bad.length - 1} other base chain${bad.length > 2 ? 's' : ''})` : '';
  const iptables = rule.chain.table.origin === 'iptables';
  const name = (h: string): string => (iptables ? h.toUpperCase() : h);
  return {
    code: 'wrong-hook', severity: 'error', location,
    message: `${what} only works at ${hooks.map(name).join(', ')}; this rule is reached from '${first.base.name}' at ${name(hook)}${via}${others}, so the kernel refuses it.`,
    related: pathRelated(first),
    data: { what, hooks, base: first.base.name, hook, chain: rule.chain.name, rule: rule.index },
  };
}

/** The jumps from the base chain to the rule, as related information. */
export function pathRelated(context: ChainContext): RelatedInfo[] {
  return context.path.map((edge) => ({ location: edge.statement.location, message: `${edge.from.name} → ${edge.to.name}` }));
}
