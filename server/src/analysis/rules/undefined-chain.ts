/** `undefined-chain`: a jump, goto or vmap names a chain that its table does not have. */
import type { Problem, Ruleset } from '../../model/types';
import type { DiagnosticRule } from '../index';

export const undefinedChain: DiagnosticRule = {
  codes: ['undefined-chain'],
  run(ruleset: Ruleset): Problem[] {
    const problems: Problem[] = [];
    const names = new Map(ruleset.tables.map((t) => [t, new Set(t.chains.map((c) => c.name))]));
    for (const ref of ruleset.references) {
      if (ref.kind !== 'chain' || !ref.table) continue;
      const table = ref.table;
      if (names.get(table)?.has(ref.name)) continue;
      const suggestion = closest(ref.name, table.chains.map((c) => c.name));
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

/** The most similar name within edit distance 2, for did-you-mean. */
export function closest(name: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
