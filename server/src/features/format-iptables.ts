/**
 * iptables-save layout: one item per line, single spaces between the words of a line, no blanks at the start or end
 * of a line, `\n` line ends (iptables-restore reads `COMMIT\r` as an unknown command), at most one empty line where
 * the source had some. Words and quoted strings are never touched. A line with a syntax error is kept as written.
 */
import type { Node, Tree, TreeCursor } from 'web-tree-sitter';
import { mirrorCursor } from '../syntax/tree-mirror';
import { lineEnds, type GapRule, type Token } from './format-tokens';

/** The token stream of an iptables tree; a line with a syntax error becomes one token, kept as written. */
export function iptablesTokens(tree: Tree, text: string): Token[] {
  const tokens: Token[] = [];
  // The tree's JavaScript mirror answers the cursor's moves without a call into the runtime (syntax/tree-mirror.ts).
  const c = mirrorCursor(tree, text) as unknown as TreeCursor | undefined ?? tree.walk();
  const visit = (parent: string): void => {
    const type = c.nodeType;
    if (!c.gotoFirstChild()) {
      const comment = c.nodeIsNamed && type === 'comment';
      const end = comment ? c.startIndex + text.slice(c.startIndex, c.endIndex).trimEnd().length : c.endIndex;
      tokens.push({ start: c.startIndex, end, type, named: c.nodeIsNamed, parent, comment, depth: 0, nesting: 0 });
      return;
    }
    do visit(type); while (c.gotoNextSibling());
    c.gotoParent();
  };
  try {
    visit('');
  } finally {
    c.delete();
  }
  return tree.rootNode.hasError ? mergeBrokenLines(tokens, text, brokenRows(tree.rootNode)) : tokens;
}

/** Lines (0-based rows) touched by an ERROR or MISSING node. */
function brokenRows(root: Node): Set<number> {
  const rows = new Set<number>();
  const visit = (node: Node): void => {
    if (node.isError || node.isMissing) {
      for (let row = node.startPosition.row; row <= node.endPosition.row; row++) rows.add(row);
      return;
    }
    for (const child of node.children) if (child && (child.hasError || child.isMissing)) visit(child);
  };
  visit(root);
  return rows;
}

/** Replaces the tokens of each broken line by one verbatim token from the first to the last. */
function mergeBrokenLines(tokens: Token[], text: string, rows: Set<number>): Token[] {
  const out: Token[] = [];
  let row = 0;
  let scanned = 0;
  for (const token of tokens) {
    for (; scanned < token.start; scanned++) if (text.charCodeAt(scanned) === 10) row++;
    const last = out[out.length - 1];
    if (!rows.has(row)) out.push(token);
    else if (last?.type === 'verbatim' && !text.slice(last.end, token.start).includes('\n')) last.end = Math.max(last.end, token.end);
    else out.push({ ...token, type: 'verbatim', comment: false });
  }
  return out;
}

/** The iptables gap rule. */
export const iptablesGap: GapRule = (prev, next, between) => {
  if (/\S/.test(between)) return undefined;
  // A line kept as written keeps its leading blanks and line end too.
  if (prev?.type === 'verbatim' || next?.type === 'verbatim') return between;
  if (!prev) return '';
  if (!next) return '\n';
  const lines = lineEnds(between);
  if (lines > 0) return lines >= 2 ? '\n\n' : '\n';
  return /\s/.test(between) ? ' ' : '';
};
