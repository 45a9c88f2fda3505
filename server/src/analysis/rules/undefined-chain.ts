/** `undefined-chain`: a jump, goto or vmap names a chain that its table does not have. */
import type { Problem, Ruleset } from '../../model/types';
import type { DiagnosticRule } from '../index';
import { closestName } from '../../model/suggest';

export const undefinedChain: DiagnosticRule = {
  codes: ['undefined-chain'],
  // Reads the references and the chain names alone (a reusable splice leaves the chains as they were).
  reads: () => '',
  readsReferences: true,
  run(ruleset: Ruleset): Problem[] {
    const problems: Problem[] = [];
    const names = new Map(ruleset.tables.map((t) => [t, new Set(t.chains.map((c) => c.name))]));
    for (const ref of ruleset.references) {
      if (ref.kind !== 'chain' || !ref.table) continue;
      const table = ref.table;
      if (names.get(table)?.has(ref.name)) continue;
      const suggestion = closestName(ref.name, table.chains.map((c) => c.name));
      problems.push({
        code: 'undefined-chain',
        severity: 'error',
        message: `Chain '${ref.name}' does not exist in table ${table.family} ${table.name}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
        location: ref.location,
        data: { name: ref.name, suggestion },
      });
    }
    return problems;
  },
};

