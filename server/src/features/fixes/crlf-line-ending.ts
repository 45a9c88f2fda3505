/** Fix for `crlf-line-ending`: convert the whole file to LF line endings. */
import type { CodeFix, FixContext, TextEdit } from '../code-actions';

/**
 * Replaces every CRLF line end with LF. Each edit spans from the CR to the start of the next line: a position between
 * CR and LF does not exist for an editor (it clamps it to the end of the line), so removing the CR alone would do
 * nothing there. Positions are counted in one pass, so a file of 100,000 lines costs one walk.
 */
export function crlfLineEndingFixes({ problem, file }: FixContext): CodeFix[] {
  const edits: TextEdit[] = [];
  let line = 0;
  let lineStart = 0;
  for (let at = file.text.indexOf('\n'); at >= 0; at = file.text.indexOf('\n', at + 1)) {
    if (at > lineStart && file.text.charCodeAt(at - 1) === 13) {
      edits.push({ uri: file.uri, range: { start: { line, character: at - 1 - lineStart }, end: { line: line + 1, character: 0 } }, newText: '\n' });
    }
    line++;
    lineStart = at + 1;
  }
  return edits.length > 0 ? [{ title: 'Convert the file to LF line endings', problem, preferred: true, edits }] : [];
}
