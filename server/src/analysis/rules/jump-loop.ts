/**
 * `jump-loop`: a cycle of jump/goto between chains. The kernel refuses to load it ("Too many links") when a base
 * chain can reach the cycle; an unreachable cycle loads, so it is only a warning.
 */
import type { Problem, Ruleset } from '../../model/types';
import type { DiagnosticRule } from '../index';
import { chainGraph, jumpsKey, reachableFromBase, type Edge } from '../chain-graph';
import type { Chain } from '../../model/types';

export const jumpLoop: DiagnosticRule = {
  codes: ['jump-loop'],
  reads: jumpsKey,
  run(ruleset: Ruleset): Problem[] {
    const problems: Problem[] = [];
    for (const table of ruleset.tables) {
      const graph = chainGraph(table);
      const reachable = reachableFromBase(table, graph);
      const state = new Map<Chain, 'open' | 'done'>();
      const path: Edge[] = [];
      const visit = (chain: Chain): void => {
        state.set(chain, 'open');
        for (const edge of graph.get(chain) ?? []) {
          const s = state.get(edge.to);
          if (s === 'open') {
            const start = path.findIndex((e) => e.from === edge.to);
            const cycle = [...path.slice(start < 0 ? path.length : start), edge];
            problems.push(report(cycle, reachable.has(edge.to)));
          } else if (s === undefined) {
            path.push(edge);
            visit(edge.to);
            path.pop();
          }
        }
        state.set(chain, 'done');
      };
      for (const chain of table.chains) if (!state.has(chain)) visit(chain);
    }
    return problems;
  },
};

function report(cycle: Edge[], reachable: boolean): Problem {
  const closing = cycle[cycle.length - 1];
  const names = [...cycle.map((e) => e.from.name), closing.to.name].join(' → ');
  return {
    code: 'jump-loop',
    severity: reachable ? 'error' : 'warning',
    message: reachable
      ? `Jump loop ${names}: the kernel refuses to load it ("Too many links").`
      : `Jump loop ${names}: no base chain reaches it yet, but it will be refused once one does.`,
    location: closing.statement.location,
    related: cycle.map((e) => ({ location: e.statement.location, message: `${e.from.name} → ${e.to.name}` })),
    data: { cycle: cycle.map((e) => e.from.name) },
  };
}
