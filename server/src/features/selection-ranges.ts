/** Selection ranges (expand selection): from the token under the cursor outwards through its syntax nodes. */
import type { ParsedFile } from '../engine/source';
import type { Position, Range } from '../model/types';
import { nodeRange } from '../syntax/syntax-errors';

/** For each position, the ranges that contain it, innermost first, each strictly larger than the one before. */
export function selectionRanges(file: ParsedFile, positions: readonly Position[]): Range[][] {
  return positions.map((position) => {
    const ranges: Range[] = [];
    let node: ReturnType<typeof file.tree.rootNode.descendantForPosition> | null =
      file.tree.rootNode.descendantForPosition({ row: position.line, column: position.character });
    let last = '';
    while (node) {
      const range = nodeRange(node);
      const key = `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
      if (key !== last) ranges.push(range);
      last = key;
      node = node.parent;
    }
    return ranges;
  });
}
