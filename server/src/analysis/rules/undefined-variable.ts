/**
 * `undefined-variable`: `$name` with no `define` visible at that point (nft: "unknown identifier"). Defines are seen
 * in file order, a define inside a table or chain block ends with the block, and `undefine` removes one.
 */
import { nftRule, problem } from './nft-helpers';
import { closestName } from '../../model/suggest';

export const undefinedVariable = nftRule('undefined-variable', (facts, ruleset) => {
  const names = [...new Set(ruleset.variables.filter((v) => v.action !== 'undefine').map((v) => v.name))];
  return facts.undefinedVariables.map((ref) => {
    const suggestion = closestName(ref.name, names.filter((n) => n !== ref.name));
    const later = names.includes(ref.name);
    const why = later ? ' here (it is defined only later, in another block, or was undefined)' : '';
    return problem('undefined-variable', 'error',
      `Variable '$${ref.name}' is not defined${why}.${suggestion ? ` Did you mean '$${suggestion}'?` : ''}`,
      ref.location, { name: ref.name, suggestion });
  });
});
