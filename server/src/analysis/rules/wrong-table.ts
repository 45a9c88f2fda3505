/**
 * `wrong-table`: a target or statement in a table (iptables) or chain type (nft) the kernel refuses it in —
 * DNAT outside nat, TPROXY outside mangle, REJECT outside filter, masquerade in a filter chain… iptables checks the
 * table when the rule is added, wherever its chain is; nft checks the chain type of every base chain that reaches
 * the rule (a user chain no base chain reaches is not checked).
 */
import type { Problem, Rule, Ruleset } from '../../model/types';
import { chainContexts, pathText } from '../chain-contexts';
import type { DiagnosticRule } from '../index';
import { jumpsKey } from '../chain-graph';
import { requirementsKey, requirementsOf, type Requirement } from '../placement';
import { pathRelated } from './wrong-hook';

export const wrongTable: DiagnosticRule = {
  codes: ['wrong-table'],
  // iptables checks the table alone; nft reads the chain types of the base chains that reach the rule.
  reads: (rule, at) => (rule.chain.table.origin === 'iptables' ? '' : jumpsKey(rule, at)) + requirementsKey(rule, at),
  run(ruleset: Ruleset): Problem[] {
    const problems: Problem[] = [];
    for (const table of ruleset.tables) {
      const contexts = table.origin === 'iptables' ? undefined : chainContexts(table);
      for (const chain of table.chains) {
        for (const rule of chain.rules) {
          for (const requirement of requirementsOf(rule)) {
            const problem = !contexts
              ? iptablesTable(rule, requirement)
              : chainType(rule, requirement, contexts.get(chain) ?? []);
            if (problem) problems.push(problem);
          }
        }
      }
    }
    return problems;
  },
};

function iptablesTable(rule: Rule, requirement: Requirement): Problem | undefined {
  const table = rule.chain.table.name;
  if (!requirement.tables || requirement.tables.includes(table)) return undefined;
  return {
    code: 'wrong-table', severity: 'error', location: requirement.location,
    message: `${requirement.what} only works in the ${list(requirement.tables)} table; this rule is in '${table}', so the kernel refuses it ("Invalid argument").`,
    data: { what: requirement.what, tables: requirement.tables, table },
  };
}

function chainType(rule: Rule, requirement: Requirement, contexts: ReturnType<typeof chainContexts> extends Map<unknown, infer V> ? V : never): Problem | undefined {
  if (!requirement.chainTypes) return undefined;
  const bad = contexts.filter((c) => c.base.base && !requirement.chainTypes?.includes(c.base.base.type));
  if (bad.length === 0) return undefined;
  const first = bad[0];
  const via = first.path.length > 0 ? ` through ${pathText(first)}` : '';
  return {
    code: 'wrong-table', severity: 'error', location: requirement.location,
    message: `${requirement.what} needs a chain of type ${list(requirement.chainTypes)}; this rule is reached from '${first.base.name}' (type ${first.base.base?.type})${via}, so the kernel refuses it ("Operation not supported").`,
    related: pathRelated(first),
    data: { what: requirement.what, chainTypes: requirement.chainTypes, base: first.base.name, rule: rule.index },
  };
}

function list(items: readonly string[]): string {
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
