/** Helpers for tests that look at tree-sitter trees directly (the grammar tests of both dialects). */
import assert from 'node:assert/strict';
import type { Dialect } from '../../server/src/model/types';
import { parse, type SyntaxNode, type Tree } from '../../server/src/syntax/parser';

/** Parses a fixture, runs the assertions on the tree and frees the WASM memory afterwards. */
export function withTree(dialect: Dialect, text: string, check: (tree: Tree) => void): void {
  const tree = parse(dialect, text);
  try {
    check(tree);
  } finally {
    tree.delete();
  }
}

/** All named descendants of a type, in document order (keywords may share names with nodes: `table`). */
export function all(node: SyntaxNode, type: string): SyntaxNode[] {
  return node.descendantsOfType(type).filter((n): n is SyntaxNode => n !== null && n.isNamed);
}

/** The only descendant of a type (fails when there are none or several). */
export function one(node: SyntaxNode, type: string): SyntaxNode {
  const found = all(node, type);
  assert.equal(found.length, 1, `expected one ${type}, found ${found.length}`);
  return found[0];
}

/** Text of a field, or undefined when the field is absent. */
export function field(node: SyntaxNode, name: string): string | undefined {
  return node.childForFieldName(name)?.text;
}

/** The lines (1-based) covered by ERROR or MISSING nodes. */
export function errorLines(tree: Tree): number[] {
  const lines = new Set<number>();
  const visit = (node: SyntaxNode): void => {
    if (node.isError || node.isMissing) {
      for (let row = node.startPosition.row; row <= node.endPosition.row; row++) lines.add(row + 1);
    }
    if (!node.isError && node.hasError) for (const child of node.children) if (child) visit(child);
  };
  visit(tree.rootNode);
  return [...lines].sort((a, b) => a - b);
}
