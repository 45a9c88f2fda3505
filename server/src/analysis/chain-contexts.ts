/**
 * Which base chains reach each chain of a table, and by which path of jumps/gotos. The kernel checks a rule's
 * targets, statements and matches against every base chain that can reach it (its hook, and for nft its chain type),
 * and limits how deep user chains may nest below a base chain. Chains no base chain reaches are not checked.
 */
import type { Chain, Table } from '../model/types';
import { chainGraph, type Edge } from './chain-graph';

/** One way a base chain reaches a chain: the base chain and the jumps taken (empty for the base chain itself). */
export interface ChainContext {
  base: Chain;
  path: Edge[];
}

/** The kernel's limit on user chains nested below one base chain (a 16th is refused with "Too many links"). */
export const MAX_NESTED_CHAINS = 15;

const cache = new WeakMap<Table, Map<Chain, ChainContext[]>>();

/** For each chain of the table, one context per base chain that reaches it (the first path found). */
export function chainContexts(table: Table): Map<Chain, ChainContext[]> {
  const cached = cache.get(table);
  if (cached) return cached;
  const graph = chainGraph(table);
  const contexts = new Map<Chain, ChainContext[]>();
  for (const base of table.chains.filter((c) => c.base)) {
    const seen = new Set<Chain>([base]);
    const stack: ChainContext[] = [{ base, path: [] }];
    while (stack.length > 0) {
      const context = stack.pop() as ChainContext;
      const chain = context.path.length === 0 ? base : context.path[context.path.length - 1].to;
      const list = contexts.get(chain) ?? [];
      list.push(context);
      contexts.set(chain, list);
      for (const edge of [...(graph.get(chain) ?? [])].reverse()) {
        if (seen.has(edge.to) || edge.to.base) continue;
        seen.add(edge.to);
        stack.push({ base, path: [...context.path, edge] });
      }
    }
  }
  cache.set(table, contexts);
  return contexts;
}

/**
 * Jumps that nest user chains deeper than the kernel allows below a base chain: for each such jump, the path from
 * the base chain (its length is MAX_NESTED_CHAINS + 1). Cycles are left to the jump-loop check.
 */
export function tooDeep(table: Table): { edge: Edge; path: Edge[] }[] {
  const graph = chainGraph(table);
  const found = new Map<Edge, Edge[]>();
  for (const base of table.chains.filter((c) => c.base)) {
    // Deepest depth at which each chain was visited from this base: revisit only when reached deeper.
    const deepest = new Map<Chain, number>();
    const visit = (chain: Chain, path: Edge[], onPath: Set<Chain>): void => {
      for (const edge of graph.get(chain) ?? []) {
        if (onPath.has(edge.to) || edge.to.base) continue;
        const depth = path.length + 1;
        if (depth > MAX_NESTED_CHAINS) {
          if (!found.has(edge)) found.set(edge, [...path, edge]);
          continue;
        }
        if ((deepest.get(edge.to) ?? 0) >= depth) continue;
        deepest.set(edge.to, depth);
        onPath.add(edge.to);
        path.push(edge);
        visit(edge.to, path, onPath);
        path.pop();
        onPath.delete(edge.to);
      }
    };
    visit(base, [], new Set([base]));
  }
  return [...found].map(([edge, path]) => ({ edge, path }));
}

/** The path as text: `INPUT → svc → log`. */
export function pathText(context: ChainContext): string {
  return [context.base.name, ...context.path.map((e) => e.to.name)].join(' → ');
}
