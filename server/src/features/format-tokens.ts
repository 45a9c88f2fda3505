/**
 * The formatter's core idea: tokens never change, only the text between them does. A dialect turns its tree into
 * a stream of tokens with layout facts (format-nftables.ts, format-iptables.ts) and a rule that decides each gap;
 * this file turns the decisions into gap replacements. Range formatting applies only the gaps in the range; every
 * gap is independent (indentation is absolute), so any subset of them is a valid edit.
 */

/** A token of the source (or a whole region kept as written), with the layout facts the gap rule needs. */
export interface Token {
  start: number;
  /** End offset; a comment's trailing blanks are left out so they fall into the gap and disappear. */
  end: number;
  /** Node type of the leaf (`{`, `,`, `identifier`, `comment`…); `verbatim` for a region kept as written. */
  type: string;
  named: boolean;
  /** Type of the leaf's parent node. */
  parent: string;
  comment: boolean;
  /** Block depth of the item the token belongs to (tabs of its first line). */
  depth: number;
  /** First token of a block item (or of a top-level item): it starts a new line. */
  itemStart?: boolean;
  /** `{` / `}` of a body laid out as a block. */
  blockOpen?: boolean;
  blockClose?: boolean;
  /** A `;` separator between block items: replaced by a line end. */
  dropped?: boolean;
  /** The gap after this token starts with `;` (nft's `type … priority 0;` and `policy drop;`). */
  semicolonAfter?: boolean;
  /** Stays on the previous item's line after `; ` (`policy` after the chain's `type` line). */
  joinPrevious?: boolean;
  /** An empty line goes before this item (after a chain, set or other block inside a table). */
  forceBlank?: boolean;
  /** Anonymous sets and inline bodies the token is inside (its own braces not counted). */
  nesting: number;
  /** `}` of an anonymous set or inline body. */
  nestClose?: boolean;
}

/** A replacement of the source between offsets start and end. */
export interface Gap {
  start: number;
  end: number;
  text: string;
}

/** Decides the text between two kept tokens (prev undefined at the start, next undefined at the end). */
export type GapRule = (prev: Token | undefined, next: Token | undefined, between: string) => string | undefined;

/**
 * The gap replacements for a token stream; undefined when some gap holds text that is not layout (a rule returns
 * undefined for it), so the caller keeps the document as written.
 */
export function gapsOf(tokens: readonly Token[], text: string, rule: GapRule): Gap[] | undefined {
  const gaps: Gap[] = [];
  let prev: Token | undefined;
  let from = 0;
  for (const token of tokens) {
    if (token.dropped) continue;
    const replacement = rule(prev, token, text.slice(from, token.start));
    if (replacement === undefined) return undefined;
    gaps.push({ start: from, end: token.start, text: replacement });
    prev = token;
    from = token.end;
  }
  const tail = prev ? rule(prev, undefined, text.slice(from)) : '';
  if (tail === undefined) return undefined;
  gaps.push({ start: from, end: text.length, text: tail });
  return gaps;
}

/** The text with every gap replaced. */
export function applyGaps(text: string, gaps: readonly Gap[]): string {
  const parts: string[] = [];
  let from = 0;
  for (const gap of gaps) {
    parts.push(text.slice(from, gap.start), gap.text);
    from = gap.end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/** Tabs for a block depth. */
export function indent(depth: number): string {
  return '\t'.repeat(Math.max(0, depth));
}

/** How many line ends a gap holds. */
export function lineEnds(between: string): number {
  let count = 0;
  for (let i = between.indexOf('\n'); i >= 0; i = between.indexOf('\n', i + 1)) count++;
  return count;
}

/** The characters formatting must keep, in order: everything but blanks and `;` (a line end for nft). */
export function inkOf(text: string): string {
  return text.replace(/[\s;]+/g, '');
}
