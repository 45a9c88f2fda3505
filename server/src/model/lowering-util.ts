/** Small helpers shared by both lowerings. */
import type { Node } from 'web-tree-sitter';
import type { ParsedFile } from '../engine/source';
import type { Location } from './types';
import { nodeRange } from '../syntax/syntax-errors';
import { mirroredRoot } from '../syntax/tree-mirror';

/** The location of a syntax node in a file. */
export function loc(uri: string, node: Node): Location {
  return { uri, range: nodeRange(node) };
}

/** The text of a string or word node without surrounding quotes. */
export function unquote(text: string): string {
  return text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.endsWith(text[0]) ? text.slice(1, -1) : text;
}

/** Named children of a node, without nulls. */
export function children(node: Node): Node[] {
  return node.namedChildren.filter((c): c is Node => c !== null);
}

/**
 * The root node the lowering reads: a JavaScript mirror of the tree (syntax/tree-mirror.ts), far cheaper per node.
 * Read lazily only for a document with a lowering memo, the one case where the lowering skips rules it knows.
 */
export function syntaxRoot(file: ParsedFile): Node {
  return mirroredRoot(file.tree, file.text, file.memo !== undefined || file.nftMemo !== undefined);
}

/**
 * Whether a node may hold a syntax error, for the lowering memos (only error-free rules are kept). A lazily read
 * mirror knows it at the rule level only; where it does not know, the answer is yes.
 */
export function mayHoldError(node: Node): boolean {
  try {
    return node.hasError;
  } catch {
    return true;
  }
}
