/**
 * `jump-depth`: user chains nested deeper below a base chain than the kernel allows. A stack of 16 chains in all
 * (the base chain and 15 user chains) loads; one more jump or goto and the whole ruleset is refused with "Too many
 * links" — gotos count like jumps when the kernel validates the ruleset.
 */
import type { Problem, Ruleset } from '../../model/types';
import { MAX_NESTED_CHAINS, tooDeep } from '../chain-contexts';
import { jumpsKey } from '../chain-graph';
import type { DiagnosticRule } from '../index';

export const jumpDepth: DiagnosticRule = {
  codes: ['jump-depth'],
  reads: jumpsKey,
  run(ruleset: Ruleset): Problem[] {
    const problems: Problem[] = [];
    for (const table of ruleset.tables) {
      for (const { edge, path } of tooDeep(table)) {
        const names = [path[0].from.name, ...path.map((e) => e.to.name)];
        problems.push({
          code: 'jump-depth', severity: 'error', location: edge.statement.location,
          message: `This jump nests '${edge.to.name}' ${path.length} user chains deep below base chain '${names[0]}'; the kernel allows ${MAX_NESTED_CHAINS} and refuses the ruleset ("Too many links").`,
          related: path.map((e) => ({ location: e.statement.location, message: `${e.from.name} → ${e.to.name}` })),
          data: { depth: path.length, path: names },
        });
      }
    }
    return problems;
  },
};
