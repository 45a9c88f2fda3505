/**
 * nft layout, as `nft list ruleset` prints it: one item per line, a tab per block level, `{ a, b }` with inner
 * spaces, ` . ` and ` : ` spaced, `type … priority 0; policy drop;` on one line, an empty line after each chain, set,
 * map, flowtable or object inside a table, `\n` line ends (nft reads `\r` as junk). Kept as written: line breaks
 * inside an item (multi-line anonymous sets, `\` continuations, comments), comments on their line, at most one
 * empty line where the source had some, the spacing of everything the canonical layout does not fix (`1-100`,
 * `10.0.0.0/8`, `!= 22`). A top-level item with a syntax error is kept exactly as written.
 */
import type { Tree, TreeCursor } from 'web-tree-sitter';
import { mirrorCursor } from '../syntax/tree-mirror';
import { indent, lineEnds, type GapRule, type Token } from './format-tokens';

/** Declarations whose body is always a block. */
const BLOCK_OWNERS = new Set(['table', 'chain', 'set', 'map', 'flowtable', 'object']);
const BODIES = new Set(['table_body', 'chain_body', 'set_body', 'flowtable_body', 'object_body']);
/** Items after which a table body gets an empty line. */
const BLOCK_ITEMS = new Set(['chain', 'set', 'map', 'flowtable', 'object']);
/** Lists nft prints without blanks: `established,related`, `flags interval,timeout`, `@nh,16,8`. */
const TIGHT_COMMAS = new Set(['list_expression', 'flags_declaration', 'log_option', 'nat_statement', 'queue_statement',
  'raw_payload_expression']);
/** Where `:` separates key and value and nft prints it spaced. */
const SPACED_COLONS = new Set(['element', 'dynamic_element', 'type_declaration', 'typeof_declaration']);

/** The token stream of an nft tree, with the layout facts of format-tokens.ts. */
export function nftablesTokens(tree: Tree, text: string): Token[] {
  // The tree's JavaScript mirror answers the cursor's moves without a call into the runtime (syntax/tree-mirror.ts).
  const cursor = mirrorCursor(tree, text) as unknown as TreeCursor | undefined ?? tree.walk();
  const walker = new Walker(cursor, text, errorItems(tree));
  try {
    walker.block(0);
  } finally {
    walker.cursor.delete();
  }
  return walker.tokens;
}

/** Start offsets of the top-level items that hold a syntax error (kept as written). */
function errorItems(tree: Tree): Set<number> {
  const starts = new Set<number>();
  if (!tree.rootNode.hasError) return starts;
  for (const child of tree.rootNode.children) {
    if (child && (child.hasError || child.isError || child.isMissing)) starts.add(child.startIndex);
  }
  return starts;
}

/** Walks the tree with one cursor (no node objects: a 100,000-element set has half a million tokens). */
class Walker {
  readonly tokens: Token[] = [];
  /** Types of the nodes above the cursor. */
  private readonly parents: string[] = [];

  constructor(readonly cursor: TreeCursor, private readonly text: string, private readonly errors: Set<number>) {}

  /** The cursor's node holds items (the file, or a body laid out as a block); `depth` is the items' depth. */
  block(depth: number): void {
    const c = this.cursor;
    const container = c.nodeType;
    let afterBlockItem = false;
    let previous = '';
    this.children((type, named) => {
      if (!named && (type === '{' || type === '}') && container !== 'source_file') {
        this.leaf(depth - 1, 0, type === '{' ? { blockOpen: true } : { blockClose: true });
        return;
      }
      if (!named && type === ';') {
        this.leaf(depth, 0, { dropped: true });
        return;
      }
      const first = this.tokens.length;
      const comment = named && type === 'comment';
      if (depth === 0 && this.errors.has(c.startIndex)) this.verbatim();
      else if (comment || !this.hasChildren()) this.leaf(depth, 0, {});
      else this.item(depth, 0, false);
      if (this.tokens.length === first) return;
      this.markItem(first, afterBlockItem);
      // A comment on the line of a chain's `}` leaves the empty line for the item after it.
      const trailing = comment && first > 0 && !this.text.slice(this.tokens[first - 1].end, c.startIndex).includes('\n');
      if (!trailing) afterBlockItem = container === 'table_body' && BLOCK_ITEMS.has(type);
      if (container === 'chain_body' && !comment) {
        if (type === 'chain_type_declaration' || type === 'policy_declaration') this.last().semicolonAfter = true;
        if (type === 'policy_declaration' && previous === 'chain_type_declaration' && !this.tokens[first].comment) {
          this.tokens[first].joinPrevious = true;
        }
      }
      previous = comment ? 'comment' : type;
    });
  }

  /** Leaves of one item; nested bodies become blocks (or stay inline), anonymous sets nest. */
  private item(depth: number, nesting: number, inline: boolean): void {
    const owner = this.cursor.nodeType;
    this.children((type) => {
      if (BODIES.has(type) && !inline && this.isBlock(owner)) this.block(depth + 1);
      else if (BODIES.has(type) || type === 'set_expression') this.nested(depth, nesting);
      else if (!this.hasChildren()) this.leaf(depth, nesting, {});
      else this.item(depth, nesting, inline);
    });
  }

  /** An anonymous set or an inline body: its braces at the outer nesting, its content one deeper. */
  private nested(depth: number, nesting: number): void {
    this.children((type, named) => {
      if (!named && (type === '{' || type === '}')) this.leaf(depth, nesting, type === '}' ? { nestClose: true } : {});
      else if (type === 'set_expression' || BODIES.has(type)) this.nested(depth, nesting + 1);
      else if (!this.hasChildren()) this.leaf(depth, nesting + 1, {});
      else this.item(depth, nesting + 1, true);
    });
  }

  /** Bodies of declarations are blocks; a command's body is a block when it was written over several lines. */
  private isBlock(owner: string): boolean {
    if (BLOCK_OWNERS.has(owner)) return true;
    return owner === 'command' && this.cursor.startPosition.row !== this.cursor.endPosition.row;
  }

  /** Runs `each` with the cursor on every child of its node in turn, then returns to the node. */
  private children(each: (type: string, named: boolean) => void): void {
    const c = this.cursor;
    const type = c.nodeType;
    if (!c.gotoFirstChild()) return;
    this.parents.push(type);
    do each(c.nodeType, c.nodeIsNamed); while (c.gotoNextSibling());
    this.parents.pop();
    c.gotoParent();
  }

  private hasChildren(): boolean {
    if (!this.cursor.gotoFirstChild()) return false;
    this.cursor.gotoParent();
    return true;
  }

  private leaf(depth: number, nesting: number, extra: Partial<Token>): void {
    const c = this.cursor;
    const comment = c.nodeIsNamed && c.nodeType === 'comment';
    const end = comment ? c.startIndex + this.text.slice(c.startIndex, c.endIndex).trimEnd().length : c.endIndex;
    this.tokens.push({
      start: c.startIndex, end, type: c.nodeType, named: c.nodeIsNamed, parent: this.parents[this.parents.length - 1] ?? '',
      comment, depth, nesting, ...extra,
    });
  }

  /** A top-level item with a syntax error: one token, kept exactly as written. */
  private verbatim(): void {
    const c = this.cursor;
    this.tokens.push({ start: c.startIndex, end: c.endIndex, type: 'verbatim', named: true, parent: '', comment: false, depth: 0, nesting: 0 });
  }

  /** The first token of an item starts a line; leading comments inside the item node do too. */
  private markItem(first: number, forceBlank: boolean): void {
    this.tokens[first].forceBlank = forceBlank;
    for (let i = first; i < this.tokens.length; i++) {
      this.tokens[i].itemStart = true;
      if (!this.tokens[i].comment) break;
    }
  }

  private last(): Token {
    return this.tokens[this.tokens.length - 1];
  }
}

/** The nft gap rule. */
export const nftablesGap: GapRule = (prev, next, between) => {
  if (/[^\s;\\]/.test(between)) return undefined;
  // Next to a part kept as written, line ends decide where nft's statements end: keep the gap too.
  if (prev?.type === 'verbatim' || next?.type === 'verbatim') return between;
  if (!prev) return '';
  const semicolon = prev.semicolonAfter ? ';' : '';
  if (!next) return `${semicolon}\n`;
  const lines = lineEnds(between);
  const continued = /\\\r?\n/.test(between);
  if (next.joinPrevious && !prev.comment && !continued) return `${semicolon} `;
  if (next.comment && lines === 0) return `${semicolon} `;
  if (next.itemStart || next.blockClose || prev.blockOpen) {
    // A `\` continuation between two items would join them once the `;` between them is gone.
    if (continued) return undefined;
    const blank = next.forceBlank || (lines >= 2 && !prev.blockOpen && !next.blockClose);
    return `${semicolon}${blank ? '\n\n' : '\n'}${indent(next.depth)}`;
  }
  if (prev.comment || lines > 0) {
    const depth = next.depth + (next.nestClose ? next.nesting : Math.max(1, next.nesting));
    if (continued) return `${semicolon} \\\n${indent(depth)}`;
    return `${semicolon}${lines >= 2 ? '\n\n' : '\n'}${indent(depth)}`;
  }
  return semicolon + inlineSpace(prev, next, /\s/.test(between));
};

/** Spacing between two tokens on one line. */
function inlineSpace(prev: Token, next: Token, spaced: boolean): string {
  const is = (token: Token, text: string): boolean => !token.named && token.type === text;
  if (is(next, ',') || is(next, ';')) return '';
  if (is(prev, ',')) return prev.parent === 'set_expression' ? ' ' : TIGHT_COMMAS.has(prev.parent) ? '' : spaced ? ' ' : '';
  if (is(prev, '{') && is(next, '}')) return spaced ? ' ' : '';
  if (is(prev, '{') || is(next, '}') || is(next, '{') || is(prev, ';')) return ' ';
  if (is(prev, '.') || is(next, '.') || is(prev, '=') || is(next, '=')) return ' ';
  if ((is(prev, ':') && SPACED_COLONS.has(prev.parent)) || (is(next, ':') && SPACED_COLONS.has(next.parent))) return ' ';
  return spaced ? ' ' : '';
}
