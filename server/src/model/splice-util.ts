/**
 * What the two splices of an edited document's model (iptables-splice.ts, nft-splice.ts) share: finding the one
 * line an edit changed, telling that the tree around it kept its shape, and putting one line's references in place.
 */
import type { Node } from 'web-tree-sitter';
import type { Reference } from './types';

/** The types and rows of a root's named children, to tell that no table grew, shrank or moved. */
export function outlineOf(nodes: readonly (Node | null)[]): string {
  return nodes.map((n) => (n ? `${n.type}:${n.startPosition.row}-${n.endPosition.row}` : '')).join(' ');
}

/**
 * The row of the one line two texts differ in, when they differ inside a single line (no line break added or
 * removed), where that line starts (in both) and ends (in the new text, and in the old one), and the columns that
 * changed on it: [from, oldTo) of the old line became [from, newTo) of the new one; undefined otherwise, and when
 * they are equal.
 */
export function editedRow(before: string, after: string): { row: number; start: number; end: number; oldEnd: number; from: number; oldTo: number; newTo: number } | undefined {
  if (before === after) return undefined;
  const shorter = Math.min(before.length, after.length);
  // Whole blocks first (compared natively), then characters: a character loop over a large text costs milliseconds.
  let start = 0;
  while (start + BLOCK <= shorter && before.slice(start, start + BLOCK) === after.slice(start, start + BLOCK)) start += BLOCK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore - BLOCK >= start && endAfter - BLOCK >= start && before.slice(endBefore - BLOCK, endBefore) === after.slice(endAfter - BLOCK, endAfter)) {
    endBefore -= BLOCK;
    endAfter -= BLOCK;
  }
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  if (/[\r\n]/.test(before.slice(start, endBefore)) || /[\r\n]/.test(after.slice(start, endAfter))) return undefined;
  let row = 0;
  for (let at = before.indexOf('\n'); at !== -1 && at < start; at = before.indexOf('\n', at + 1)) row++;
  const end = after.indexOf('\n', start);
  const oldEnd = before.indexOf('\n', start);
  const lineStart = before.lastIndexOf('\n', start - 1) + 1;
  return {
    row, start: lineStart, end: end < 0 ? after.length : end, oldEnd: oldEnd < 0 ? before.length : oldEnd,
    from: start - lineStart, oldTo: endBefore - lineStart, newTo: endAfter - lineStart,
  };
}

/** Characters compared at once when looking for the edited line. */
const BLOCK = 1024;

/** Whether two sets of rows are the same but for one row. */
export function sameBesides(a: ReadonlySet<number>, b: ReadonlySet<number>, row: number): boolean {
  for (const r of a) if (r !== row && !b.has(r)) return false;
  for (const r of b) if (r !== row && !a.has(r)) return false;
  return true;
}

/**
 * The references of a ruleset with those of one line swapped for its new ones, in document order: in their place,
 * or where the line falls when it had none.
 */
export function spliceReferences(all: readonly Reference[], old: readonly Reference[], added: readonly Reference[], row: number): Reference[] {
  const gone = new Set(old);
  const kept: Reference[] = [];
  let at = -1;
  for (const reference of all) {
    if (gone.has(reference)) {
      if (at < 0) at = kept.length;
    } else kept.push(reference);
  }
  if (at < 0) {
    at = kept.length;
    while (at > 0 && kept[at - 1].location.range.start.line > row) at--;
  }
  kept.splice(at, 0, ...added);
  return kept;
}
