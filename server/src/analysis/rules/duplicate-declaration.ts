/**
 * `duplicate-declaration`: something declared again in a way nft refuses: `create` of an existing table, chain, set
 * or object ("File exists"); a set declared again with another type or as a map ("File exists"); a base chain
 * declared again with another type or hook ("Operation not supported"); `define` of a variable that is already
 * visible ("redefinition of symbol": use `redefine`). Declaring the same thing twice the same way is fine.
 */
import type { Problem } from '../../model/types';
import { nftRule, problem } from './nft-helpers';

export const duplicateDeclaration = nftRule('duplicate-declaration', (facts) => {
  const problems: Problem[] = facts.conflicts.map((c) => {
    const why = c.reason === 'create' ? `\`create\` refuses an existing ${c.kind} (use \`add\`, which keeps it)`
      : c.reason === 'type' ? `it is declared again with another type (or as set and map)`
        : 'it is declared again with another type or hook';
    return { ...problem('duplicate-declaration', 'error', `The ${c.kind} '${c.name}' already exists: ${why}.`, c.location, { name: c.name, reason: c.reason }), related: [{ location: c.first, message: 'first declared here' }] };
  });
  for (const r of facts.redefinitions) {
    problems.push({
      ...problem('duplicate-declaration', 'error', `Variable '${r.name}' is already defined: use \`redefine ${r.name} = …\` to change it.`, r.location, { name: r.name, reason: 'define' }),
      related: [{ location: r.previous, message: 'defined here' }],
    });
  }
  return problems;
});
