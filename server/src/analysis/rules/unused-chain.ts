/**
 * `unused-chain`: a user chain that no rule jumps or goes to (directly or through a verdict map). Its rules never
 * see a packet — often a forgotten `-j`/`jump`, or a leftover.
 */
import type { Problem, Ruleset } from '../../model/types';
import { chainGraph, jumpsKey } from '../chain-graph';
import type { DiagnosticRule } from '../index';

export const unusedChain: DiagnosticRule = {
  codes: ['unused-chain'],
  reads: jumpsKey,
  readsReferences: true,
  run(ruleset: Ruleset): Problem[] {
    const problems: Problem[] = [];
    for (const table of ruleset.tables) {
      const used = new Set<string>();
      for (const edges of chainGraph(table).values()) for (const edge of edges) used.add(edge.to.name);
      // A name referenced in any way (e.g. through a variable the model could not expand) counts as used.
      for (const reference of ruleset.references) if (reference.kind === 'chain' && reference.table === table) used.add(reference.name);
      const reported = new Set<string>();
      for (const chain of table.chains) {
        if (chain.base || chain.builtin || used.has(chain.name) || reported.has(chain.name)) continue;
        reported.add(chain.name);
        problems.push({
          code: 'unused-chain', severity: 'warning', location: chain.nameLocation,
          message: `Chain '${chain.name}' is never jumped to: no rule sends packets into it${chain.rules.length > 0 ? `, so its ${chain.rules.length} rule${chain.rules.length > 1 ? 's never see' : ' never sees'} a packet` : ''}.`,
          data: { chain: chain.name, table: table.name },
        });
      }
    }
    return problems;
  },
};
