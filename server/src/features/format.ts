/**
 * Document and range formatting for both dialects. The layout is decided per gap between tokens (format-tokens.ts),
 * so no token can be lost or changed; the result is checked anyway before it is offered: the same characters in
 * the same order (blanks and nft's `;` separators aside), and no syntax error where there was none. When a check
 * fails the document is kept as written and the reason is returned.
 */
import type { Tree } from 'web-tree-sitter';
import type { ParsedFile } from '../engine/source';
import type { Position, Range } from '../model/types';
import { parse } from '../syntax/parser';
import type { TextEdit } from './code-actions';
import { iptablesGap, iptablesTokens } from './format-iptables';
import { nftablesGap, nftablesTokens } from './format-nftables';
import { applyGaps, gapsOf, inkOf, lineEnds, type Gap } from './format-tokens';
import { lineStarts, offsetAt } from './ranges';

/** Above this many changed gaps, one edit replaces the whole document (cheaper for the editor to apply). */
const MAX_EDITS = 2000;

export interface FormatResult {
  edits: TextEdit[];
  /** Why nothing was formatted, when nothing was. */
  kept?: string;
}

/** A layout: the gaps it changes (in order) and the text they give, or why the file is kept as written. */
type Layout = { ok: true; gaps: Gap[]; text: string } | { ok: false; reason: string };

/**
 * The layout of each tree (with the text it was computed for): document formatting and the range formatting that
 * follows it on the same version (format on paste, on type) lay out a large file once.
 */
const layouts = new WeakMap<Tree, { text: string; layout: Layout }>();

/** The formatted text of a parsed file, or the reason it is kept as written. */
export function layout(file: ParsedFile): Layout {
  const cached = layouts.get(file.tree);
  if (cached?.text === file.text) return cached.layout;
  const result = layoutOf(file);
  layouts.set(file.tree, { text: file.text, layout: result });
  return result;
}

function layoutOf(file: ParsedFile): Layout {
  const root = file.tree.rootNode;
  if (root.isError) return { ok: false, reason: `the file does not parse as ${file.dialect}` };
  let tokens;
  try {
    tokens = file.dialect === 'nftables' ? nftablesTokens(file.tree, file.text) : iptablesTokens(file.tree, file.text);
  } catch (error) {
    // The walkers recurse along the nesting of blocks and sets; absurd nesting is kept as written.
    if (error instanceof RangeError) return { ok: false, reason: 'the nesting is too deep to lay out' };
    throw error;
  }
  const gaps = gapsOf(tokens, file.text, file.dialect === 'nftables' ? nftablesGap : iptablesGap);
  if (!gaps) return { ok: false, reason: 'a line continuation or unexpected text sits between two items' };
  // Only the changed gaps are applied and checked (a large file is mostly laid out already).
  const changed = gaps.filter((g) => !unchanged(file.text, g));
  if (changed.length === 0) return { ok: true, gaps: [], text: file.text };
  const text = applyGaps(file.text, changed);
  // Tokens are copied unchanged, so the characters agree when each changed gap keeps its own.
  if (changed.some((g) => inkOf(g.text) !== inkOf(file.text.slice(g.start, g.end)))) {
    return { ok: false, reason: 'the layout would change a character of the file' };
  }
  if (!root.hasError && hasSyntaxError(file, changed, text)) return { ok: false, reason: 'the formatted text would not parse' };
  return { ok: true, gaps: changed, text };
}

/** Whether a gap replacement leaves the text as it is. */
function unchanged(text: string, gap: Gap): boolean {
  return gap.end - gap.start === gap.text.length && text.startsWith(gap.text, gap.start);
}

/** Edits that format the whole file (or only the gaps touching `range`). */
export function formatEdits(file: ParsedFile, range?: Range): FormatResult {
  const result = layout(file);
  if (!result.ok) return { edits: [], kept: result.reason };
  const lines = lineStarts(file.text);
  const from = range ? offsetAt(file.text, range.start) : 0;
  const to = range ? offsetAt(file.text, range.end) : file.text.length;
  const changed = result.gaps.filter((g) => g.end >= from && g.start <= to);
  if (!range && changed.length > MAX_EDITS) {
    return { edits: [{ uri: file.uri, range: { start: { line: 0, character: 0 }, end: positionOf(lines, file.text.length) }, newText: result.text }] };
  }
  return {
    edits: changed.map((g) => ({ uri: file.uri, range: { start: positionOf(lines, g.start), end: positionOf(lines, g.end) }, newText: g.text })),
  };
}

/** The formatted text (the text itself when it is kept as written). */
export function formatText(file: ParsedFile): string {
  const result = layout(file);
  return result.ok ? result.text : file.text;
}

/** Above this many changed gaps the safety reparse edits the tree once, from the first change to the last. */
const MAX_REPARSE_EDITS = 64;

/**
 * Whether the formatted text has a syntax error. It is parsed incrementally from the file's tree edited by the changed
 * gaps `gaps` (or by one change spanning them all when there are many): what lies between the changes is reused, as an
 * editor's reparse after the formatting edits would reuse it.
 */
function hasSyntaxError(file: ParsedFile, gaps: readonly Gap[], formatted: string): boolean {
  const before = file.text;
  let changed = gaps;
  if (changed.length > MAX_REPARSE_EDITS) {
    const first = changed[0];
    const last = changed[changed.length - 1];
    changed = [{ start: first.start, end: last.end, text: applyGaps(before.slice(0, last.end), changed).slice(first.start) }];
  }
  const lines = lineStarts(before);
  const point = (offset: number): { row: number; column: number } => {
    const at = positionOf(lines, offset);
    return { row: at.line, column: at.character };
  };
  const previous = file.tree.copy();
  let tree: Tree | undefined;
  try {
    // From the last change to the first: each edit's coordinates in the original text are still those of the tree.
    for (let i = changed.length - 1; i >= 0; i--) {
      const { start, end, text } = changed[i];
      const startPosition = point(start);
      const lastLine = text.lastIndexOf('\n');
      const newEndPosition = lastLine < 0 ? { row: startPosition.row, column: startPosition.column + text.length }
        : { row: startPosition.row + lineEnds(text), column: text.length - lastLine - 1 };
      previous.edit({ startIndex: start, oldEndIndex: end, newEndIndex: start + text.length, startPosition, oldEndPosition: point(end), newEndPosition });
    }
    tree = parse(file.dialect, formatted, previous);
    return tree.rootNode.hasError;
  } finally {
    previous.delete();
    tree?.delete();
  }
}

/** Offset → position by binary search over the line starts. */
function positionOf(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}
