/**
 * Where the cursor is in an nft file, read from the text: the blocks around it (table, chain, set …, from their
 * headers) and the tokens of the statement being typed. Reading the text rather than the tree keeps this right
 * while the statement is incomplete, when the tree holds an ERROR there. Only the top-level item around the
 * cursor is scanned, so the cost does not grow with the file.
 */
import type { Node } from 'web-tree-sitter';
import type { ParsedFile } from '../engine/source';

export type NftBlockKind = 'table' | 'chain' | 'set' | 'map' | 'flowtable' | 'object';

/** A `{ … }` block around the cursor. */
export interface NftBlock {
  kind: NftBlockKind;
  /** Header words before the `{` (`table inet filter`, `chain input`, `ct helper ftp`). */
  header: string[];
  /** Table family (tables), object kind (objects). */
  family?: string;
  objectKind?: string;
  name?: string;
  /** Offset just after the block's `{`. */
  start?: number;
}

/** The cursor's surroundings. */
export interface NftCursor {
  /** Blocks from the outermost in; anonymous `{ }` sets inside a statement are not blocks. */
  blocks: NftBlock[];
  /** Tokens of the statement before the typed word, from its start (anonymous-set braces included). */
  tokens: string[];
  /** The word being typed (may start with `$` or `@`). */
  typed: string;
  /** Offset where the typed word starts. */
  end: number;
}

const FAMILIES = new Set(['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev']);
const OBJECT_KINDS = new Set(['counter', 'quota', 'limit', 'synproxy', 'secmark']);
const SCAN = /"(?:[^"\\\n]|\\.)*"?|#[^\n]*|\\\r?\n|[{};\n]|[^\s{};"#\\]+|\\|[ \t\r\f]+/g;
const TOKEN = /"(?:[^"\\]|\\.)*"?|@(?:ll|nh|th|ih|\d+),\d+,\d+|==|!=|<=|>=|<<|>>|[(),=&|^<>!{}]|[^\s(),=&|^<>!{}"]+/g;

/** Reads the blocks and the current statement at an offset. */
export function nftCursor(file: ParsedFile, offset: number): NftCursor {
  // A word may start with `$` (variable), `@` (set) or `"` (quoted names such as interfaces).
  const typed = /(?:[$@]|")?[A-Za-z0-9_.*-]*$/.exec(file.text.slice(Math.max(0, offset - 256), offset))?.[0] ?? '';
  const end = offset - typed.length;
  const { blocks, start } = treeStart(file, end);
  const literal = end - start > LONG_STATEMENT ? insideLongLiteral(file, start, end) : undefined;
  if (literal) return { blocks, tokens: tokens(literal), typed, end };
  /** Statement start offsets per open brace: an anonymous set keeps the statement of its owner. */
  const inline: number[] = blocks.map(() => -1);
  let statement = start;
  SCAN.lastIndex = statement;
  for (let m = SCAN.exec(file.text); m && m.index < end; m = SCAN.exec(file.text)) {
    const t = m[0];
    if (t === '{') {
      const block = inline.length && inline[inline.length - 1] >= 0 ? undefined
        : blockOf(words(file.text.slice(statement, m.index)), blocks[blocks.length - 1]?.kind ?? 'top');
      if (block) { blocks.push({ ...block, start: m.index + 1 }); inline.push(-1); statement = m.index + 1; } else inline.push(statement);
    } else if (t === '}') {
      const owner = inline.pop();
      if (owner === undefined || owner < 0) { blocks.pop(); statement = m.index + 1; }
    } else if ((t === '\n' || t === ';') && (inline.length === 0 || inline[inline.length - 1] < 0)) {
      statement = m.index + 1;
    }
  }
  return { blocks, tokens: tokens(file.text.slice(statement, end)), typed, end };
}

/** Splits statement text into tokens: words, strings and operators; comments and continuations dropped. */
export function tokens(text: string): string[] {
  const clean = text.replace(/#[^\n]*/g, ' ').replace(/\\\r?\n/g, ' ');
  return clean.match(TOKEN) ?? [];
}

function words(text: string): string[] {
  return tokens(text).filter((t) => t !== '\n');
}

/** Classifies the header before a `{` inside a parent block; undefined for an anonymous set or `elements = {`. */
export function blockOf(header: string[], parent: NftBlockKind | 'top'): NftBlock | undefined {
  if (parent === 'top') return topLevelBlock(header);
  if (parent === 'table') return tableItemBlock(header);
  if (parent === 'chain' && (header[header.length - 1] === 'jump' || header[header.length - 1] === 'goto')) {
    return { kind: 'chain', header, name: '' };
  }
  return undefined;
}

/** `table [family] NAME {` or a command with a body (`add chain inet t c {`). */
function topLevelBlock(header: string[]): NftBlock | undefined {
  const h = /^(add|create|insert|replace|delete|destroy|flush|reset|list|get|rename)$/.test(header[0] ?? '') ? header.slice(1) : header;
  if (h.length === 0) return undefined;
  if (h[0] === 'table') {
    const family = FAMILIES.has(h[1]) && h.length > 2 ? h[1] : 'ip';
    return { kind: 'table', header, family, name: family === h[1] && h.length > 2 ? h[2] : h[1] };
  }
  const kind = h[0] === 'ct' ? `ct ${h[1]}` : h[0];
  const familyWord = h[kind.startsWith('ct ') ? 2 : 1];
  const family = FAMILIES.has(familyWord) ? familyWord : undefined;
  if (/^(chain|set|map|flowtable)$/.test(kind)) return { kind: kind as NftBlockKind, header, family, name: h[h.length - 1] };
  if (OBJECT_KINDS.has(kind) || /^ct (helper|timeout|expectation)$/.test(kind)) return { kind: 'object', header, family, objectKind: kind, name: h[h.length - 1] };
  return undefined;
}

/** `chain NAME {`, `set NAME {`, `counter NAME {`, `ct helper NAME {` … inside a table. */
function tableItemBlock(h: string[]): NftBlock | undefined {
  if (h.length === 2 && /^(chain|set|map|flowtable)$/.test(h[0])) return { kind: h[0] as NftBlockKind, header: h, name: h[1] };
  if (h.length === 2 && OBJECT_KINDS.has(h[0])) return { kind: 'object', header: h, objectKind: h[0], name: h[1] };
  if (h.length === 3 && h[0] === 'ct' && /^(helper|timeout|expectation)$/.test(h[1])) return { kind: 'object', header: h, objectKind: `ct ${h[1]}`, name: h[2] };
  return undefined;
}

/** Statements longer than this (a set literal of thousands of elements) are read around the cursor only. */
const LONG_STATEMENT = 4096;

/**
 * The statement text that matters when the cursor is in a long `{ … }` literal: the words before the brace and
 * the element being typed, without the thousands of elements before it.
 */
function insideLongLiteral(file: ParsedFile, start: number, end: number): string | undefined {
  for (let n: Node | null = file.tree.rootNode.descendantForIndex(Math.max(0, end - 1)); n && n.startIndex >= start; n = n.parent) {
    if (n.type !== 'set_expression' || n.endIndex <= end - 1) continue;
    const element = lastChildStartingBefore(n, end - 1);
    const from = !element || element.type === '{' ? n.startIndex + 1 : element.type === ',' ? element.endIndex : element.startIndex;
    return `${file.text.slice(start, n.startIndex + 1)} ${file.text.slice(from, end)}`;
  }
  return undefined;
}

/** Node types whose `body` field is a block the cursor may be in. */
const BLOCK_NODES = new Set(['table', 'chain', 'set', 'map', 'flowtable', 'object', 'command']);

/**
 * Where to start reading, and the blocks already entered: the tree is followed down through the declarations
 * whose body holds the offset (a table, then a chain …), then reading starts at the statement holding the offset,
 * so the cost does not grow with the file. Where the tree has an ERROR, reading starts at the ERROR.
 */
function treeStart(file: ParsedFile, offset: number): { blocks: NftBlock[]; start: number } {
  const blocks: NftBlock[] = [];
  let container = file.tree.rootNode;
  if (container.type === 'ERROR') return { blocks, start: 0 }; // nothing parsed as a whole: read from the start
  for (;;) {
    const node = lastChildStartingBefore(container, offset);
    const body = node && BLOCK_NODES.has(node.type) ? node.childForFieldName('body') : null;
    const block = body && body.startIndex < offset && offset < body.endIndex && body.child(0)?.type === '{'
      ? blockOf(words(file.text.slice(node!.startIndex, body.startIndex)), blocks[blocks.length - 1]?.kind ?? 'top') : undefined;
    if (!block || !body) return { blocks, start: statementStart(file, container, node, offset) };
    blocks.push({ ...block, start: body.startIndex + 1 });
    container = body;
  }
}

/** The start of the statement holding the offset among a container's items (widened to items on its line). */
function statementStart(file: ParsedFile, container: Node, found: Node | null, offset: number): number {
  const floor = container.type === 'source_file' ? 0 : container.startIndex + 1;
  let node = found;
  if (!node || node.type === '{') return floor;
  if (node.endIndex < offset && /[\n;]/.test(file.text.slice(node.endIndex, offset)) && !node.hasError) return node.endIndex;
  // An ERROR may begin in the middle of a statement (`chain ip t c` parsed, then `{ type nat` not): go back to
  // the items before it on the same statement.
  for (let previous = node.previousSibling; previous && previous.type !== '{'; previous = previous.previousSibling) {
    if (/[\n;]/.test(file.text.slice(previous.endIndex, node.startIndex))) break;
    node = previous;
  }
  return Math.max(floor, node.startIndex);
}

/** The last child starting at or before an offset (binary search: command-style files have many top-level items). */
function lastChildStartingBefore(root: Node, offset: number): Node | null {
  let lo = 0;
  let hi = root.childCount - 1;
  let found: Node | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const child = root.child(mid);
    if (child && child.startIndex <= offset) { found = child; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}
