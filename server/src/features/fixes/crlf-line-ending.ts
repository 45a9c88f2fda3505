/** Fix for `crlf-line-ending`: convert the whole file to LF line endings. */
import type { CodeFix, FixContext, TextEdit } from '../code-actions';
import { positionAt } from '../ranges';

/** Removes every carriage return that ends a line. */
export function crlfLineEndingFixes({ problem, file }: FixContext): CodeFix[] {
  const edits: TextEdit[] = [];
  for (let at = file.text.indexOf('\r\n'); at >= 0; at = file.text.indexOf('\r\n', at + 2)) {
    edits.push({ uri: file.uri, range: { start: positionAt(file.text, at), end: positionAt(file.text, at + 1) }, newText: '' });
  }
  return edits.length > 0 ? [{ title: 'Convert the file to LF line endings', problem, preferred: true, edits }] : [];
}
