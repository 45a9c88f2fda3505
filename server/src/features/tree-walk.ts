/** A tree walk without recursion: deeply nested input (`{ { { … } } }`) cannot overflow the stack. */
import type { Tree, TreeCursor } from 'web-tree-sitter';

/**
 * Calls `visit` for every node in document order with the cursor on it and the types of its ancestors (nearest
 * last); `visit` returns false to skip the node's children.
 */
export function walkTree(tree: Tree, visit: (cursor: TreeCursor, parents: readonly string[]) => boolean | void): void {
  const cursor = tree.walk();
  const parents: string[] = [];
  try {
    for (;;) {
      const type = cursor.nodeType;
      if (visit(cursor, parents) !== false && cursor.gotoFirstChild()) {
        parents.push(type);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return;
        parents.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}
