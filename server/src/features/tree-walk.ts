/** A tree walk without recursion: deeply nested input (`{ { { … } } }`) cannot overflow the stack. */
import type { Tree, TreeCursor } from 'web-tree-sitter';
import { mirrorCursor } from '../syntax/tree-mirror';

/**
 * Calls `visit` for every node in document order with the cursor on it and the types of its ancestors (nearest
 * last); `visit` returns false to skip the node's children. Give the tree's text to walk its JavaScript mirror.
 */
export function walkTree(tree: Tree, visit: (cursor: TreeCursor, parents: readonly string[]) => boolean | void, text?: string): void {
  // With the text, the walk reads the tree's mirror (syntax/tree-mirror.ts): no call into the runtime per step.
  const cursor = (text !== undefined ? mirrorCursor(tree, text) as unknown as TreeCursor | undefined : undefined) ?? tree.walk();
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
