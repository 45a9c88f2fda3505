/** Fix for nft `undefined-chain`: add an empty chain of that name to the table (before its closing brace). */
import type { CodeFix, FixContext } from '../code-actions';
import { offsetAt, positionAt } from '../ranges';
import { closingBrace, commandLineFor, indentOf, innerIndent, isBlock, isPlainName, lineStart } from './nft-edits';
import { referenceAt } from './nft-create-set';

/** Creates the missing chain; iptables files are left to the iptables fixes. */
export function createChainFixes({ problem, file, result }: FixContext): CodeFix[] {
  if (file.dialect !== 'nftables') return [];
  const ref = referenceAt(result.ruleset, problem, ['chain']);
  const table = ref?.table;
  if (!ref || !table || table.location.uri !== file.uri || !isPlainName(ref.name)) return [];
  const title = `Create chain '${ref.name}' in table ${table.family} ${table.name}`;
  if (!isBlock(file.text, table)) {
    const at = commandLineFor(file.text, ref.location.range.start);
    return [{ title, problem, edits: [{ uri: file.uri, range: { start: at, end: at }, newText: `add chain ${table.family} ${table.name} ${ref.name}\n` }] }];
  }
  const brace = closingBrace(file.text, table.location.range);
  if (!brace) return [];
  const outer = indentOf(file.text, table.location.range.start);
  const inner = innerIndent(file.text, outer, table.location.range.start.line);
  const braceOffset = offsetAt(file.text, brace);
  const lineText = file.text.slice(offsetAt(file.text, lineStart(brace)), braceOffset);
  const chain = `${inner}chain ${ref.name} {\n${inner}}\n`;
  // A brace that shares its line: break the line before it (dropping the spaces there).
  const spaces = /[ \t]*$/.exec(lineText)?.[0].length ?? 0;
  const from = positionAt(file.text, braceOffset - spaces);
  const edit = /^\s*$/.test(lineText)
    ? { range: { start: lineStart(brace), end: lineStart(brace) }, newText: chain }
    : { range: { start: from, end: brace }, newText: `\n${chain}${outer}` };
  return [{ title, problem, edits: [{ uri: file.uri, ...edit }] }];
}
