/** Text positions the nft fixes insert at: after a block's `{`, before its `}`, at the start of a line. */
import type { Position, Range, Table } from '../../model/types';
import { offsetAt, positionAt } from '../ranges';

/** The indentation of the line a position is on. */
export function indentOf(text: string, at: Position): string {
  const start = offsetAt(text, { line: at.line, character: 0 });
  return /^[ \t]*/.exec(text.slice(start))?.[0] ?? '';
}

/** The indentation one level inside a block whose line (`line`) is indented `outer`: the next deeper line's, or a default. */
export function innerIndent(text: string, outer: string, line = -1): string {
  const lines = text.split('\n');
  for (let i = line + 1; line >= 0 && i < lines.length; i++) {
    const indent = /^[ \t]*/.exec(lines[i])?.[0] ?? '';
    if (lines[i].trim() !== '' && indent.length > outer.length && indent.startsWith(outer)) return indent;
    if (lines[i].trim() !== '') break;
  }
  return outer + (/\n\t/.test(text) ? '\t' : '  ');
}

/** The position right after the first `{` at or after `from`. */
export function afterOpenBrace(text: string, from: Position): Position | undefined {
  const offset = text.indexOf('{', offsetAt(text, from));
  return offset < 0 ? undefined : positionAt(text, offset + 1);
}

/** The position of the `}` that ends a block covering `range` (its last character). */
export function closingBrace(text: string, range: Range): Position | undefined {
  const end = offsetAt(text, range.end);
  const offset = text.lastIndexOf('}', end - 1);
  return offset < offsetAt(text, range.start) ? undefined : positionAt(text, offset);
}

/** The start of the line a position is on. */
export function lineStart(at: Position): Position {
  return { line: at.line, character: 0 };
}

/**
 * Where a command-style line (`add chain …`) may go for a use at `at`: the start of the last line before it that
 * begins outside every block (a command line inside a block does not parse). Braces in comments and strings are
 * not counted.
 */
export function commandLineFor(text: string, at: Position): Position {
  const end = offsetAt(text, at);
  let depth = 0;
  let line = 0;
  let best = 0;
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (ch === '#') {
      const next = text.indexOf('\n', i);
      i = (next < 0 ? text.length : next) - 1;
    } else if (ch === '"') {
      const close = text.indexOf('"', i + 1);
      const eol = text.indexOf('\n', i + 1);
      i = close < 0 || (eol >= 0 && eol < close) ? i : close;
    } else if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    else if (ch === '\n') {
      line++;
      if (depth === 0) best = line;
    }
  }
  return { line: depth === 0 ? at.line : best, character: 0 };
}

/** Whether a name can be written bare in an nft declaration (the grammar's identifier; anything else is not offered). */
export function isPlainName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_/-]*(\.[A-Za-z0-9_/-]+)*$/.test(name);
}

/** Whether a table was written as a block (`table inet t { … }`) rather than created by a command. */
export function isBlock(text: string, table: Table): boolean {
  return text.slice(offsetAt(text, table.location.range.start)).startsWith('table');
}

/** Text to insert as a new item at the top of a table block, on its own line. */
export function blockItemAtTop(text: string, table: Table, item: string): { at: Position; newText: string } | undefined {
  const at = afterOpenBrace(text, table.nameLocation.range.end);
  if (!at) return undefined;
  const indent = innerIndent(text, indentOf(text, table.location.range.start), table.location.range.start.line);
  // Text after the `{` on its line (`table t {chain c {`, or lines ended by a lone CR) needs a line end after the item.
  const from = offsetAt(text, at);
  const lineEnd = text.indexOf('\n', from);
  const rest = text.slice(from, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, '');
  return { at, newText: `\n${indent}${item}${/\S/.test(rest) ? `\n${indent}` : ''}` };
}
