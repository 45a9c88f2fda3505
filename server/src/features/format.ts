/**
 * Document and range formatting for both dialects. The layout is decided per gap between tokens (format-tokens.ts),
 * so no token can be lost or changed; the result is checked anyway before it is offered: the same characters in
 * the same order (blanks and nft's `;` separators aside), and no syntax error where there was none. When a check
 * fails the document is kept as written and the reason is returned.
 */
import type { ParsedFile } from '../engine/source';
import type { Dialect, Position, Range } from '../model/types';
import { parse } from '../syntax/parser';
import type { TextEdit } from './code-actions';
import { iptablesGap, iptablesTokens } from './format-iptables';
import { nftablesGap, nftablesTokens } from './format-nftables';
import { applyGaps, gapsOf, inkOf, type Gap } from './format-tokens';
import { offsetAt } from './ranges';

/** Above this many changed gaps, one edit replaces the whole document (cheaper for the editor to apply). */
const MAX_EDITS = 2000;

export interface FormatResult {
  edits: TextEdit[];
  /** Why nothing was formatted, when nothing was. */
  kept?: string;
}

type Layout = { ok: true; gaps: Gap[]; text: string } | { ok: false; reason: string };

/** The formatted text of a parsed file, or the reason it is kept as written. */
export function layout(file: ParsedFile): Layout {
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
  const text = applyGaps(file.text, gaps);
  if (inkOf(text) !== inkOf(file.text)) return { ok: false, reason: 'the layout would change a character of the file' };
  if (!root.hasError && hasSyntaxError(file.dialect, text)) return { ok: false, reason: 'the formatted text would not parse' };
  return { ok: true, gaps, text };
}

/** Edits that format the whole file (or only the gaps touching `range`). */
export function formatEdits(file: ParsedFile, range?: Range): FormatResult {
  const result = layout(file);
  if (!result.ok) return { edits: [], kept: result.reason };
  const lines = lineStarts(file.text);
  const from = range ? offsetAt(file.text, range.start) : 0;
  const to = range ? offsetAt(file.text, range.end) : file.text.length;
  const changed = result.gaps.filter((g) => g.end >= from && g.start <= to && file.text.slice(g.start, g.end) !== g.text);
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

function hasSyntaxError(dialect: Dialect, text: string): boolean {
  const tree = parse(dialect, text);
  try {
    return tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
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
