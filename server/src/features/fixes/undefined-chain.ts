/**
 * Fixes for `undefined-chain` in iptables files: declare the chain (`:NAME - [0:0]` in the rule's table, before the
 * first line that needs it), or use the suggested existing name. nft files get their fixes elsewhere.
 */
import type { CodeFix, FixContext } from '../code-actions';
import { containsPosition } from '../ranges';
import { fix, stringData } from './iptables-edits';

/** Declares the missing chain in its table, or renames the reference to the suggested chain. */
export function undefinedChainFixes({ problem, file, result }: FixContext): CodeFix[] {
  if (file.dialect !== 'iptables') return [];
  const name = stringData(problem, 'chain') ?? stringData(problem, 'name');
  const at = problem.location.range.start;
  const table = result.ruleset.tables.find((t) => t.location.uri === file.uri && containsPosition(t.location.range, at));
  if (!name || !table || !/^[^\s"'!]+$/.test(name)) return [];
  const lines = file.text.split('\n');
  // Declarations go after the last one above the line that needs the chain, or right after `*table`.
  let line = table.nameLocation.range.start.line + 1;
  for (let i = line; i < at.line; i++) if (lines[i].startsWith(':')) line = i + 1;
  const fixes: CodeFix[] = [fix(`Declare chain '${name}' in table ${table.name}`, problem, { uri: file.uri, range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `:${name} - [0:0]\n` }, true)];
  const suggestion = stringData(problem, 'suggestion');
  if (suggestion) fixes.push(fix(`Change to '${suggestion}'`, problem, { uri: file.uri, range: problem.location.range, newText: suggestion }));
  return fixes;
}
