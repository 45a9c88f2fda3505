/** Turns tree-sitter ERROR and MISSING nodes into `syntax` problems with precise ranges and readable messages. */
import type { Node, Tree } from 'web-tree-sitter';
import type { Problem, Range } from '../model/types';

const MAX_SYNTAX_PROBLEMS = 100;

/** Every syntax problem of a tree, at most one per ERROR node (the outermost), capped to keep huge inputs cheap. */
export function syntaxProblems(tree: Tree, uri: string): Problem[] {
  const problems: Problem[] = [];
  forEachOutermostError(tree, (node) => {
    problems.push(toProblem(node, uri));
    return problems.length < MAX_SYNTAX_PROBLEMS;
  });
  return problems;
}

/**
 * The rows of a tree's syntax errors (outermost ERROR and MISSING nodes), or undefined when one of them spans
 * several rows or there are more than `limit` of them.
 */
export function errorRows(tree: Tree, limit = MAX_SYNTAX_PROBLEMS): Set<number> | undefined {
  const rows = new Set<number>();
  let fits = true;
  forEachOutermostError(tree, (node) => {
    const row = node.startPosition.row;
    fits = node.endPosition.row === row && rows.size < limit;
    rows.add(row);
    return fits;
  });
  return fits ? rows : undefined;
}

/**
 * Visits the outermost ERROR and MISSING nodes of a tree in document order, descending only into nodes that hold an
 * error, until `visit` returns false.
 */
function forEachOutermostError(tree: Tree, visit: (node: Node) => boolean): void {
  if (!tree.rootNode.hasError) return;
  const cursor = tree.walk();
  try {
    let descend = true;
    for (;;) {
      const node = cursor.currentNode;
      if (descend && (node.isError || node.isMissing)) {
        if (!visit(node)) return;
        descend = false;
      } else if (descend && node.hasError && cursor.gotoFirstChild()) {
        continue;
      }
      descend = true;
      if (cursor.gotoNextSibling()) continue;
      let climbed = false;
      while (cursor.gotoParent()) {
        if (cursor.gotoNextSibling()) {
          climbed = true;
          break;
        }
      }
      if (!climbed) return;
    }
  } finally {
    cursor.delete();
  }
}

function toProblem(node: Node, uri: string): Problem {
  const range = nodeRange(node);
  if (node.isMissing) {
    return { code: 'syntax', severity: 'error', message: `Syntax error: missing ${describeMissing(node)}`, location: { uri, range } };
  }
  const text = firstLine(node.text);
  const message = text === '' ? 'Syntax error: unexpected end of input' : `Syntax error: unexpected '${text}'`;
  // Long ERROR nodes (a whole garbled block) are reported on their first line only, to keep squiggles readable.
  if (range.end.line > range.start.line) {
    const firstLen = node.text.split(/\r?\n/, 1)[0].length;
    range.end = { line: range.start.line, character: range.start.character + Math.max(1, firstLen) };
  }
  return { code: 'syntax', severity: 'error', message, location: { uri, range } };
}

function describeMissing(node: Node): string {
  const type = node.type;
  return /^[a-z_]+$/.test(type) && type.length > 1 && !/^[a-z]+$/.test(type) ? type.replace(/_/g, ' ') : `'${type}'`;
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0].trim();
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/** A node's range in LSP terms (web-tree-sitter columns are UTF-16 code units). */
export function nodeRange(node: Node): Range {
  // Each position getter is a computation (a WASM call, or a line search in the mirror): read each once.
  const start = node.startPosition;
  const end = node.endPosition;
  return { start: { line: start.row, character: start.column }, end: { line: end.row, character: end.column } };
}
