/**
 * `wrong-hook`: a target, statement or match that the kernel only accepts at some hooks, in a chain that a base
 * chain at another hook reaches — TPROXY outside PREROUTING, DNAT at POSTROUTING, SNAT at PREROUTING, REJECT at
 * POSTROUTING, `flow add` outside forward, `-m owner` on incoming packets… Reported at the rule, with the path of
 * jumps from the base chain. iptables also refuses `-i` in OUTPUT/POSTROUTING and `-o` in PREROUTING/INPUT when the
 * rule is written directly in that built-in chain.
 */
import type { FieldMatch, Hook, Location, Problem, RelatedInfo, Rule, Ruleset } from '../../model/types';
import { chainContexts, pathText, type ChainContext } from '../chain-contexts';
import type { DiagnosticRule } from '../index';
import { jumpsKey } from '../chain-graph';
import { requirementsKey, requirementsOf } from '../placement';

export const wrongHook: DiagnosticRule = {
  codes: ['wrong-hook'],
  reads: (rule, at) => jumpsKey(rule, at) + requirementsKey(rule, at) + interfacesKey(rule, at),
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
          if (table.origin === 'iptables') problems.push(...interfaceOptions(rule));
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

/** The `-i`/`-o` options of a rule and their places (what interfaceOptions reads). */
function interfacesKey(rule: Rule, at: (location: Location) => string): string {
  let key = '';
  for (const match of rule.matches) {
    const option = match.kind === 'field' ? interfaceOption(match) : undefined;
    if (option) key += `${option} ${at(match.location)};`;
  }
  return key;
}

const NO_INPUT_INTERFACE: Hook[] = ['output', 'postrouting'];
const NO_OUTPUT_INTERFACE: Hook[] = ['prerouting', 'input'];

/** iptables refuses `-i` and `-o` where the packet has no such interface yet, in the built-in chain itself. */
function interfaceOptions(rule: Rule): Problem[] {
  const hook = rule.chain.builtin ? rule.chain.base?.hook : undefined;
  if (!hook) return [];
  const problems: Problem[] = [];
  for (const match of rule.matches) {
    if (match.kind !== 'field') continue;
    const option = interfaceOption(match);
    if (option === '-i' && NO_INPUT_INTERFACE.includes(hook)) problems.push(interfaceProblem(rule, match, '-i', 'input', hook));
    if (option === '-o' && NO_OUTPUT_INTERFACE.includes(hook)) problems.push(interfaceProblem(rule, match, '-o', 'output', hook));
  }
  return problems;
}

function interfaceOption(match: FieldMatch): '-i' | '-o' | undefined {
  if (match.module !== '' && match.module !== undefined) return undefined;
  return match.field === 'iifname' ? '-i' : match.field === 'oifname' ? '-o' : undefined;
}

function interfaceProblem(rule: Rule, match: FieldMatch, option: string, kind: string, hook: Hook): Problem {
  return {
    code: 'wrong-hook', severity: 'error', location: match.location,
    message: `${option} cannot be used in ${rule.chain.name}: packets at ${hook.toUpperCase()} have no ${kind} interface yet; iptables-restore refuses the rule.`,
    data: { what: option, hook, chain: rule.chain.name, rule: rule.index },
  };
}
