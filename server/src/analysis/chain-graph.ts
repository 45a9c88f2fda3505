/** The jump graph of a table: which chain jumps or goes to which, through which statement. */
import type { Chain, Rule, Statement, Table } from '../model/types';

export interface Edge {
  from: Chain;
  to: Chain;
  rule: Rule;
  statement: Statement;
}

/** Edges out of each chain of a table, in rule order; targets that do not exist are left out. */
export function chainGraph(table: Table): Map<Chain, Edge[]> {
  const byName = new Map(table.chains.map((c) => [c.name, c]));
  const graph = new Map<Chain, Edge[]>();
  for (const chain of table.chains) {
    const edges: Edge[] = [];
    for (const rule of chain.rules) {
      for (const statement of rule.statements) {
        const v = statement.verdict;
        if (v?.kind !== 'jump' && v?.kind !== 'goto') continue;
        const to = byName.get(v.target);
        if (to) edges.push({ from: chain, to, rule, statement });
      }
    }
    graph.set(chain, edges);
  }
  return graph;
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
