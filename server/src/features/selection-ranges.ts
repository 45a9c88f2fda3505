/** Selection ranges (expand selection): from the token under the cursor outwards through its syntax nodes. */
import type { ParsedFile } from '../engine/source';
import type { Position, Range } from '../model/types';
import type { Node, Point } from 'web-tree-sitter';
import { nodeRange } from '../syntax/syntax-errors';
import { mirroredRoot } from '../syntax/tree-mirror';

/**
 * Levels of a selection kept at most: the innermost ones and the outermost few. The answer is a chain of nested
 * objects, and a pathologically deep file (thousands of nested blocks) would give one too deep to send.
 */
const MAX_LEVELS = 200;
const OUTER_LEVELS = 20;

/** For each position, the ranges that contain it, innermost first, each strictly larger than the one before. */
export function selectionRanges(file: ParsedFile, positions: readonly Position[]): Range[][] {
  return positions.map((position) => {
    const ranges: Range[] = [];
    let node: Node | null = descendantAt(mirroredRoot(file.tree, file.text), { row: position.line, column: position.character });
    let last = '';
    while (node) {
      const range = nodeRange(node);
      const key = `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
      if (key !== last) ranges.push(range);
      last = key;
      node = node.parent;
    }
    return ranges.length <= MAX_LEVELS ? ranges : [...ranges.slice(0, MAX_LEVELS - OUTER_LEVELS), ...ranges.slice(-OUTER_LEVELS)];
  });
}

/**
 * The smallest node (named or not) around a point, found as tree-sitter's `descendantForPosition` finds it, on the
 * tree's mirror: the node API pays a walk from the root for every `parent`, which a deeply nested file makes slow.
 */
function descendantAt(root: Node, point: Point): Node {
  let node = root;
  for (let descended = true; descended;) {
    descended = false;
    for (const child of node.children) {
      // A child must end past the point; an empty one (a missing token) may end at it.
      if (!child) continue;
      const end = comparePoints(child.endPosition, point);
      if (end < 0 || (end === 0 && child.startIndex !== child.endIndex)) continue;
      if (comparePoints(point, child.startPosition) < 0) break;
      node = child;
      descended = true;
      break;
    }
  }
  return node;
}

function comparePoints(a: Point, b: Point): number {
  return a.row - b.row || a.column - b.column;
}
