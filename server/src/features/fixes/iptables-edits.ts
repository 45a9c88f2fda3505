/** Edit helpers shared by the iptables quick fixes: problem data carries ranges, these turn them into edits. */
import type { Position, Problem, Range } from '../../model/types';
import type { CodeFix, TextEdit } from '../code-actions';
import { offsetAt, positionAt } from '../ranges';

/** A range from problem data, when it has that shape. */
export function rangeData(problem: Problem, key: string): Range | undefined {
  const value = problem.data?.[key] as Range | undefined;
  return value && typeof value === 'object' && 'start' in value && 'end' in value ? value : undefined;
}

/** A position from problem data, when it has that shape. */
export function positionData(problem: Problem, key: string): Position | undefined {
  const value = problem.data?.[key] as Position | undefined;
  return value && typeof value === 'object' && 'line' in value && 'character' in value ? value : undefined;
}

/** A string from problem data. */
export function stringData(problem: Problem, key: string): string | undefined {
  const value = problem.data?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** Deletes a range together with the blank in front of it, so `a -x b` becomes `a b`. */
export function deleteWithBlank(uri: string, text: string, range: Range): TextEdit {
  const start = offsetAt(text, range.start);
  const from = start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t') ? start - 1 : start;
  return { uri, range: { start: positionAt(text, from), end: range.end }, newText: '' };
}

/** A single-edit fix. */
export function fix(title: string, problem: Problem, edit: TextEdit, preferred = false): CodeFix {
  return { title, problem, edits: [edit], preferred };
}

/** The whole line of a position, including its line break. */
export function wholeLine(text: string, line: number): Range {
  const start = { line, character: 0 };
  const nextLineStart = offsetAt(text, { line: line + 1, character: 0 });
  const end = nextLineStart > offsetAt(text, start) && text[nextLineStart - 1] === '\n' ? { line: line + 1, character: 0 } : positionAt(text, text.length);
  return { start, end };
}
