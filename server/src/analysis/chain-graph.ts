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

/** A graph a table's graph follows from: the chains' edges there still hold, but for the chains touched since. */
interface GraphBase {
  graph: Map<Chain, Edge[]>;
  touched: Set<Chain>;
}
const bases = new WeakMap<Table, GraphBase>();

/**
 * Called by the splice (model/iptables-splice.ts): `table` holds the same chain objects as `from`, in the same order,
 * and only the `touched` ones have other rules. Its graph is then the last one computed, with the touched chains' edges
 * found again. Only one graph is kept for it: when `from` had no graph of its own, the base it had is carried on.
 */
export function graphFollows(table: Table, from: Table, touched: ReadonlySet<Chain>): void {
  const graph = graphs.get(from);
  const older = graph ? undefined : bases.get(from);
  if (graph) bases.set(table, { graph, touched: new Set(touched) });
  else if (older) bases.set(table, { graph: older.graph, touched: new Set([...older.touched, ...touched]) });
}

/** Edges out of each chain of a table, in rule order (verdict map entries included); missing targets are left out. */
export function chainGraph(table: Table): Map<Chain, Edge[]> {
  const cached = graphs.get(table);
  if (cached) return cached;
  const base = bases.get(table);
  bases.delete(table);
  const byName = new Map<string, Chain>();
  for (const chain of table.chains) if (!byName.has(chain.name)) byName.set(chain.name, chain);
  const graph = new Map<Chain, Edge[]>();
  for (const chain of table.chains) {
    const kept = base && !base.touched.has(chain) ? base.graph.get(chain) : undefined;
    graph.set(chain, kept ?? edgesOf(chain, byName));
  }
  graphs.set(table, graph);
  return graph;
}

function edgesOf(chain: Chain, byName: ReadonlyMap<string, Chain>): Edge[] {
  const edges: Edge[] = [];
  for (const rule of chain.rules) {
    for (const { statement, target } of jumpsOf(rule)) {
      const to = byName.get(target);
      if (to) edges.push({ from: chain, to, rule, statement });
    }
  }
  return edges;
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
