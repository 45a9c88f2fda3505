/** Position and range arithmetic shared by the features (0-based lines, UTF-16 characters). */
import type { Position, Range } from '../model/types';

/** Orders two positions: negative when a is before b. */
export function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Whether a range contains a position (end inclusive, so a cursor right after a word still counts). */
export function containsPosition(range: Range, p: Position): boolean {
  return comparePositions(range.start, p) <= 0 && comparePositions(p, range.end) <= 0;
}

/** Whether two ranges share at least one position (touching ends count, so an empty cursor range at a boundary hits). */
export function rangesOverlap(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** The offset at which each line of a text starts. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The offset of a position in a text (clamped to the text). */
export function offsetAt(text: string, p: Position): number {
  let offset = 0;
  for (let line = 0; line < p.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  return Math.min(offset + p.character, lineEnd < 0 ? text.length : lineEnd);
}

/** The position of an offset in a text. */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** Applies non-overlapping edits to a text (in any order). */
export function applyEdits(text: string, edits: readonly { range: Range; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => comparePositions(b.range.start, a.range.start));
  let out = text;
  for (const edit of sorted) {
    out = out.slice(0, offsetAt(out, edit.range.start)) + edit.newText + out.slice(offsetAt(out, edit.range.end));
  }
  return out;
}
