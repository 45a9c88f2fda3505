/** The jump graph of a table: which chain jumps or goes to which, through which statement. */
import type { Chain, Location, Rule, Statement, Table } from '../model/types';
import { RuleMemo } from './rule-memo';

export interface Edge {
  from: Chain;
  to: Chain;
  rule: Rule;
  statement: Statement;
}

const graphs = new WeakMap<Table, Map<Chain, Edge[]>>();

/** Edges out of each chain of a table, in rule order (verdict map entries included); missing targets are left out. */
export function chainGraph(table: Table): Map<Chain, Edge[]> {
  const cached = graphs.get(table);
  if (cached) return cached;
  const byName = new Map<string, Chain>();
  for (const chain of table.chains) if (!byName.has(chain.name)) byName.set(chain.name, chain);
  const graph = new Map<Chain, Edge[]>();
  for (const chain of table.chains) {
    const edges: Edge[] = [];
    for (const rule of chain.rules) {
      for (const { statement, target } of jumpsOf(rule)) {
        const to = byName.get(target);
        if (to) edges.push({ from: chain, to, rule, statement });
      }
    }
    graph.set(chain, edges);
  }
  graphs.set(table, graph);
  return graph;
}

const NO_JUMPS: readonly { statement: Statement; target: string }[] = [];
const jumps = new RuleMemo<readonly { statement: Statement; target: string }[]>('jumps');

/**
 * The chains a rule jumps or goes to, by statement (verdict map entries included). Kept per rule: an unchanged rule
 * of an edited document is the same object at the next check, and most rules jump nowhere.
 */
export function jumpsOf(rule: Rule): readonly { statement: Statement; target: string }[] {
  let found = jumps.get(rule);
  if (!found) {
    const list: { statement: Statement; target: string }[] = [];
    for (const statement of rule.statements) {
      const v = statement.verdict;
      const targets = v?.kind === 'jump' || v?.kind === 'goto' ? [v.target]
        : v?.kind === 'vmap' ? v.entries.flatMap((e) => (e.verdict.kind === 'jump' || e.verdict.kind === 'goto' ? [e.verdict.target] : []))
          : [];
      for (const target of targets) list.push({ statement, target });
    }
    found = list.length > 0 ? list : NO_JUMPS;
    jumps.set(rule, found);
  }
  return found;
}

/** What the jump graph reads of a rule, as a key for `DiagnosticRule.reads`: each jump's kind, target and place. */
export function jumpsKey(rule: Rule, at: (location: Location) => string): string {
  let key = '';
  for (const { statement, target } of jumpsOf(rule)) key += `${statement.verdict?.kind} ${target} ${at(statement.location)};`;
  return key;
}

/** Chains reachable from the table's base chains. */
export function reachableFromBase(table: Table, graph: Map<Chain, Edge[]>): Set<Chain> {
  const seen = new Set<Chain>();
  const stack = table.chains.filter((c) => c.base);
  while (stack.length > 0) {
    const chain = stack.pop() as Chain;
    if (seen.has(chain)) continue;
    seen.add(chain);
    for (const edge of graph.get(chain) ?? []) stack.push(edge.to);
  }
  return seen;
}
