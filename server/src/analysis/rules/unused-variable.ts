/**
 * `unused-variable`: a `define` (or `redefine`) of this file whose value no `$name` ever reads. Variables of an
 * included file are not reported there: another file including it may use them.
 */
import { nftRule, problem } from './nft-helpers';

export const unusedVariable = nftRule('unused-variable', (_facts, ruleset) => {
  const read = new Set(ruleset.references.filter((r) => r.kind === 'variable' && r.definition)
    .map((r) => `${r.definition!.uri} ${r.definition!.range.start.line}:${r.definition!.range.start.character}`));
  return ruleset.variables.filter((v) => v.action !== 'undefine' && v.location.uri === ruleset.uri)
    .filter((v) => !read.has(`${v.nameLocation.uri} ${v.nameLocation.range.start.line}:${v.nameLocation.range.start.character}`))
    .map((v) => problem('unused-variable', 'warning', `The variable '${v.name}' is never used.`, v.nameLocation, { name: v.name }));
});
