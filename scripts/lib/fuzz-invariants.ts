/**
 * What the fuzzer holds every editing result to, written independently of the features they check:
 * formatting keeps every token of the input verbatim and in order (comments and strings whole; only blanks and
 * nft's `;` separators may change); a quick fix edits valid, disjoint ranges and a clean file stays clean; a rename
 * edits exactly the name, at reference sites only, never inside a comment.
 */
import type { Tree } from 'web-tree-sitter';
import type { ParsedFile } from '../../server/src/engine/source';
import type { TextEdit } from '../../server/src/features/code-actions';
import type { Dialect, Location, Range } from '../../server/src/model/types';
import { parse } from '../../server/src/syntax/parser';

/** The leaves of a tree as [start, end) string offsets, in document order, walked without recursion. */
export function leaves(tree: Tree): { start: number; end: number; type: string; named: boolean }[] {
  const out: { start: number; end: number; type: string; named: boolean }[] = [];
  const cursor = tree.walk();
  try {
    for (;;) {
      if (cursor.gotoFirstChild()) continue;
      if (cursor.endIndex > cursor.startIndex) out.push({ start: cursor.startIndex, end: cursor.endIndex, type: cursor.nodeType, named: cursor.nodeIsNamed });
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return out;
    }
  } finally {
    cursor.delete();
  }
}

/**
 * The tokens formatting must keep: every leaf whole (a comment or a string with its inner blanks), and the text
 * between leaves cut at blanks (error recovery can leave characters outside any leaf).
 */
export function tokens(text: string, tree: Tree): string[] {
  const out: string[] = [];
  const loose = (from: number, to: number): void => {
    for (const word of text.slice(from, to).split(/\s+/)) if (word !== '') out.push(word);
  };
  let at = 0;
  for (const leaf of leaves(tree)) {
    if (leaf.start < at) continue;
    loose(at, leaf.start);
    const word = text.slice(leaf.start, leaf.end);
    if (/\S/.test(word)) out.push(word.trim() === word ? word : word.trim());
    at = leaf.end;
  }
  loose(at, text.length);
  return out;
}

/**
 * Why `formatted` does not keep the tokens of `original` in order (undefined when it does). Only nft's `;`
 * separators may go (they become line ends); in iptables a `;` is text like any other.
 */
export function lostToken(original: string[], formatted: string, dialect: Dialect): string | undefined {
  let at = 0;
  const skipLayout = (semicolons: boolean): void => {
    while (at < formatted.length && (/\s/.test(formatted[at]) || (semicolons && formatted[at] === ';'))) at++;
  };
  const separators = dialect === 'nftables';
  for (let i = 0; i < original.length; i++) {
    const token = original[i];
    skipLayout(separators && !token.startsWith(';'));
    if (formatted.startsWith(token, at)) {
      at += token.length;
      continue;
    }
    if (separators && token === ';') continue;
    return `token ${i} ${JSON.stringify(token.slice(0, 80))} is not next in the output (found ${JSON.stringify(formatted.slice(at, at + 80))})`;
  }
  skipLayout(separators);
  return at < formatted.length ? `the output adds ${JSON.stringify(formatted.slice(at, at + 80))}` : undefined;
}

/** Whether the text parses without ERROR or MISSING nodes. */
export function parsesClean(dialect: Dialect, text: string): boolean {
  const tree = parse(dialect, text);
  try {
    return !tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
}

/** Line starts of a text (offsets just after each `\n`, and 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The offset of a position, or undefined when the position is not inside the text (no clamping). */
export function strictOffset(text: string, starts: readonly number[], p: { line: number; character: number }): number | undefined {
  if (p.line < 0 || p.line >= starts.length || p.character < 0) return undefined;
  const lineEnd = p.line + 1 < starts.length ? starts[p.line + 1] - 1 : text.length;
  return starts[p.line] + p.character <= lineEnd ? starts[p.line] + p.character : undefined;
}

/** Why a list of edits of one file is unsafe to apply (undefined when it is safe), and the edited text. */
export function checkEdits(text: string, edits: readonly TextEdit[]): { problem?: string; result: string } {
  const starts = lineStarts(text);
  const spans: { from: number; to: number; newText: string }[] = [];
  for (const edit of edits) {
    const from = strictOffset(text, starts, edit.range.start);
    const to = strictOffset(text, starts, edit.range.end);
    if (from === undefined || to === undefined) return { problem: `edit ${show(edit.range)} lies outside the document`, result: text };
    if (from > to) return { problem: `edit ${show(edit.range)} ends before it starts`, result: text };
    if (splitsPair(text, from) || splitsPair(text, to)) return { problem: `edit ${show(edit.range)} splits a character or a CRLF`, result: text };
    spans.push({ from, to, newText: edit.newText });
  }
  spans.sort((a, b) => a.from - b.from || a.to - b.to);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].from < spans[i - 1].to) return { problem: 'two edits overlap', result: text };
  }
  let result = '';
  let at = 0;
  for (const span of spans) {
    result += text.slice(at, span.from) + span.newText;
    at = span.to;
  }
  return { result: result + text.slice(at) };
}

/** Whether an offset falls inside a surrogate pair or between the CR and LF of a line end. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}

/** Why a rename edit does not rename exactly one use of `name` (undefined when it does). */
export function badRenameEdit(file: ParsedFile, edit: TextEdit, name: string, references: readonly Location[]): string | undefined {
  const starts = lineStarts(file.text);
  const from = strictOffset(file.text, starts, edit.range.start);
  const to = strictOffset(file.text, starts, edit.range.end);
  if (from === undefined || to === undefined) return `rename edit ${show(edit.range)} lies outside the document`;
  if (file.text.slice(from, to) !== name) return `rename edit ${show(edit.range)} covers ${JSON.stringify(file.text.slice(from, to))}, not the name ${JSON.stringify(name)}`;
  if (!references.some((r) => r.uri === edit.uri && sameRange(r.range, edit.range))) return `rename edit ${show(edit.range)} is not a reference of ${JSON.stringify(name)}`;
  const node = file.tree.rootNode.descendantForIndex(from, Math.max(from, to - 1));
  if (node && node.isNamed && node.type === 'comment') return `rename edit ${show(edit.range)} is inside a ${node.type}`;
  const word = /[A-Za-z0-9_]/;
  // Inside an error the grammar may split a word (`2ttp` as a number and a name); elsewhere a name is a whole word.
  if (!file.tree.rootNode.hasError && ((from > 0 && word.test(file.text[from - 1]) && word.test(name[0] ?? '')) || (to < file.text.length && word.test(file.text[to]) && word.test(name[name.length - 1] ?? '')))) {
    return `rename edit ${show(edit.range)} cuts a longer word ${JSON.stringify(file.text.slice(Math.max(0, from - 10), to + 10))}`;
  }
  return undefined;
}

/** The text of every comment leaf, in order. */
export function comments(text: string, tree: Tree): string[] {
  return leaves(tree).filter((l) => l.named && l.type === 'comment').map((l) => text.slice(l.start, l.end));
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function show(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
