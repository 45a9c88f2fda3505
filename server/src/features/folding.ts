/**
 * Folding ranges from the tree: nft tables, chains, sets, maps, flowtables, objects, multi-line anonymous sets and
 * command bodies; iptables `*table … COMMIT` blocks; runs of two or more whole-line comments in both dialects.
 * A block folds up to the line before its closing `}` (or `COMMIT`), which stays visible.
 */
import type { TreeCursor } from 'web-tree-sitter';
import type { ParsedFile } from '../engine/source';
import { walkTree } from './tree-walk';

export interface Fold {
  startLine: number;
  endLine: number;
  kind?: 'comment';
}

/** Nodes that fold in an nft file. */
const NFT_FOLDS = new Set(['table', 'chain', 'set', 'map', 'flowtable', 'object', 'set_expression', 'command', 'define', 'redefine']);

/** The folding ranges of a file. */
export function foldingRanges(file: ParsedFile): Fold[] {
  const folds: Fold[] = [];
  const comments: number[] = [];
  walkTree(file.tree, (cursor) => visit(cursor, file, folds, comments), file.text);
  return [...folds, ...commentFolds(comments)].sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** Records the fold of the cursor's node; false when its children cannot fold (comments, iptables rules). */
function visit(c: TreeCursor, file: ParsedFile, folds: Fold[], comments: number[]): boolean {
  const type = c.nodeType;
  if (c.nodeIsNamed && type === 'comment') {
    if (ownLine(file.text, c.startIndex)) comments.push(c.startPosition.row);
    return false;
  }
  const start = c.startPosition.row;
  const end = c.endPosition.row;
  if (end > start && (file.dialect === 'iptables' ? type === 'table' : NFT_FOLDS.has(type))) {
    const { row, closed } = lastLine(file.text, c.endIndex, end, file.dialect === 'iptables' ? 'COMMIT' : '}');
    const endLine = closed ? row - 1 : row;
    if (endLine > start) folds.push({ startLine: start, endLine });
  }
  return !(type === 'rule' && file.dialect === 'iptables');
}

/**
 * The last line with text of a node (nodes may end after a line end), and whether that line is `closer` alone, which
 * then stays visible.
 */
function lastLine(text: string, end: number, endRow: number, closer: string): { row: number; closed: boolean } {
  let i = end;
  let row = endRow;
  while (i > 0 && /\s/.test(text[i - 1])) {
    if (text[i - 1] === '\n') row--;
    i--;
  }
  return { row, closed: text.slice(i - closer.length, i) === closer && ownLine(text, i - closer.length) };
}

/** Whether only blanks precede an offset on its line. */
function ownLine(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(lineStart, offset).trim() === '';
}

/** Runs of comment lines on consecutive rows. */
function commentFolds(rows: number[]): Fold[] {
  const folds: Fold[] = [];
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  let first = 0;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1] + 1) continue;
    if (sorted[i - 1] > sorted[first]) folds.push({ startLine: sorted[first], endLine: sorted[i - 1], kind: 'comment' });
    first = i;
  }
  return folds;
}
