/**
 * A JavaScript copy of a parsed tree, read in one walk, for the lowering (which visits every node of a file).
 *
 * Every property of a web-tree-sitter node is a call into WASM with arguments copied through a transfer buffer, about
 * 2 µs per node visited; lowering a 100,000-rule dump spent seconds there. The mirror walks the tree once with the
 * runtime's own cursor functions — the cursor stays in the runtime's transfer buffer between calls, so nothing is
 * copied — and keeps type, field, start and end of every visible node in typed arrays. Its nodes answer the node API
 * the lowering uses from those arrays; rows and columns are computed from the text (tree-sitter counts a row per
 * `\n`, columns in UTF-16 code units as web-tree-sitter reports them). `test/unit/tree-mirror.test.ts` checks every
 * node of the corpus files against the real tree.
 *
 * The mirror is a snapshot: it does not follow later edits of the tree (parse again, mirror again).
 */
import type { Node, Point, Tree } from 'web-tree-sitter';
import { wasmBinding, type WasmBinding } from './parser';

/** Symbol of ERROR nodes (tree-sitter's builtin error symbol). */
const ERROR_SYMBOL = 65535;

const NAMED = 1;
const MISSING = 2;

/** Per-language tables: node type names, named-ness and field ids by name. */
interface LanguageTables {
  types: string[];
  named: boolean[];
  fields: (string | null)[];
}

const tables = new WeakMap<object, LanguageTables>();

function tablesOf(tree: Tree): LanguageTables {
  const language = tree.language;
  let found = tables.get(language);
  if (!found) {
    const types: string[] = [];
    const named: boolean[] = [];
    for (let id = 0; id < language.types.length; id++) {
      types.push(language.types[id] || 'ERROR');
      named.push(language.nodeTypeIsNamed(id));
    }
    found = { types, named, fields: [...language.fields] };
    tables.set(language, found);
  }
  return found;
}

/** The mirrored nodes of one tree, in preorder (index 0 is the root). */
export class TreeMirror {
  readonly count: number;
  private readonly symbols: Uint16Array;
  private readonly fieldIds: Uint16Array;
  private readonly starts: Uint32Array;
  private readonly ends: Uint32Array;
  readonly parents: Int32Array;
  readonly firstChildren: Int32Array;
  readonly nextSiblings: Int32Array;
  private readonly flags: Uint8Array;
  private readonly language: LanguageTables;
  private lineStarts?: number[];

  constructor(tree: Tree, readonly text: string, binding: WasmBinding) {
    this.language = tablesOf(tree);
    const walk = walkTree(tree, binding, this.language);
    this.count = walk.count;
    this.symbols = walk.symbols;
    this.fieldIds = walk.fieldIds;
    this.starts = walk.starts;
    this.ends = walk.ends;
    this.parents = walk.parents;
    this.firstChildren = walk.firstChildren;
    this.nextSiblings = walk.nextSiblings;
    this.flags = walk.flags;
  }

  /** The root node. */
  get root(): MirrorNode {
    return new MirrorNode(this, 0);
  }

  typeOf(i: number): string {
    const symbol = this.symbols[i];
    return symbol === ERROR_SYMBOL ? 'ERROR' : this.language.types[symbol] ?? 'ERROR';
  }

  symbolOf(i: number): number {
    return this.symbols[i];
  }

  fieldOf(i: number): number {
    return this.fieldIds[i];
  }

  fieldId(name: string): number {
    const id = this.language.fields.indexOf(name);
    return id > 0 ? id : -1;
  }

  fieldName(id: number): string | null {
    return id > 0 ? this.language.fields[id] ?? null : null;
  }

  startOf(i: number): number {
    return this.starts[i];
  }

  endOf(i: number): number {
    return this.ends[i];
  }

  flag(i: number, bit: number): boolean {
    return (this.flags[i] & bit) !== 0;
  }

  /** Row and column of a text index, as tree-sitter counts them (a row per `\n`). */
  point(index: number): Point {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: index - starts[lo] };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

interface Walk {
  count: number;
  symbols: Uint16Array;
  fieldIds: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  parents: Int32Array;
  firstChildren: Int32Array;
  nextSiblings: Int32Array;
  flags: Uint8Array;
}

function allocate(capacity: number, from?: Walk): Walk {
  const grow = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(make: new (n: number) => T, old?: T): T => {
    const array = new make(capacity);
    if (old) array.set(old);
    return array;
  };
  return {
    count: from?.count ?? 0,
    symbols: grow(Uint16Array, from?.symbols),
    fieldIds: grow(Uint16Array, from?.fieldIds),
    starts: grow(Uint32Array, from?.starts),
    ends: grow(Uint32Array, from?.ends),
    parents: grow(Int32Array, from?.parents),
    firstChildren: grow(Int32Array, from?.firstChildren),
    nextSiblings: grow(Int32Array, from?.nextSiblings),
    flags: grow(Uint8Array, from?.flags),
  };
}

/**
 * Preorder walk with the runtime's cursor. The cursor lives in the transfer buffer: each `_ts_tree_cursor_*_wasm`
 * function reads it from there and writes it back, and the calls used here write nothing else into the buffer.
 */
function walkTree(tree: Tree, m: WasmBinding, language: LanguageTables): Walk {
  const address = (tree as unknown as Record<number, number>)[0];
  let w = allocate(1024);
  const lastChild: number[] = [];
  const path: number[] = [];
  m._ts_tree_root_node_wasm(address);
  m._ts_tree_cursor_new_wasm(address);
  try {
    for (;;) {
      if (w.count === w.symbols.length) w = allocate(w.count * 2, w);
      const i = w.count++;
      const symbol = m._ts_tree_cursor_current_node_type_id_wasm(address);
      const start = m._ts_tree_cursor_start_index_wasm(address);
      const end = m._ts_tree_cursor_end_index_wasm(address);
      w.symbols[i] = symbol;
      w.fieldIds[i] = m._ts_tree_cursor_current_field_id_wasm(address);
      w.starts[i] = start;
      w.ends[i] = end;
      let flags = symbol === ERROR_SYMBOL || language.named[symbol] ? NAMED : 0;
      if (start === end && m._ts_tree_cursor_current_node_is_missing_wasm(address)) flags |= MISSING;
      w.flags[i] = flags;
      w.firstChildren[i] = -1;
      w.nextSiblings[i] = -1;
      const parent = path.length > 0 ? path[path.length - 1] : -1;
      w.parents[i] = parent;
      if (parent >= 0) {
        const previous = lastChild[path.length - 1];
        if (previous < 0) w.firstChildren[parent] = i;
        else w.nextSiblings[previous] = i;
        lastChild[path.length - 1] = i;
      }
      if (m._ts_tree_cursor_goto_first_child_wasm(address)) {
        path.push(i);
        lastChild[path.length - 1] = -1;
        continue;
      }
      let moved = false;
      while (!(moved = m._ts_tree_cursor_goto_next_sibling_wasm(address) === 1)) {
        if (path.length === 0 || !m._ts_tree_cursor_goto_parent_wasm(address)) break;
        path.pop();
      }
      if (!moved) break;
    }
  } finally {
    m._ts_tree_cursor_delete_wasm(address);
  }
  return w;
}

/** Nodes that answer only from the mirror; members the lowering never needs throw instead of guessing. */
export class MirrorNode {
  constructor(readonly mirror: TreeMirror, readonly index: number) {}

  get id(): number {
    return this.index;
  }

  get type(): string {
    return this.mirror.typeOf(this.index);
  }

  get typeId(): number {
    return this.mirror.symbolOf(this.index);
  }

  get text(): string {
    return this.mirror.text.slice(this.mirror.startOf(this.index), this.mirror.endOf(this.index));
  }

  get startIndex(): number {
    return this.mirror.startOf(this.index);
  }

  get endIndex(): number {
    return this.mirror.endOf(this.index);
  }

  get startPosition(): Point {
    return this.mirror.point(this.mirror.startOf(this.index));
  }

  get endPosition(): Point {
    return this.mirror.point(this.mirror.endOf(this.index));
  }

  get isNamed(): boolean {
    return this.mirror.flag(this.index, NAMED);
  }

  get isMissing(): boolean {
    return this.mirror.flag(this.index, MISSING);
  }

  get isError(): boolean {
    return this.mirror.symbolOf(this.index) === ERROR_SYMBOL;
  }

  /** Not mirrored: tree-sitter decides it by error cost, which the walk cannot see (ask the tree itself). */
  get hasError(): never {
    throw new Error('nfrules: a mirrored syntax node does not know hasError (use the tree itself)');
  }

  get parent(): MirrorNode | null {
    const parent = this.mirror.parents[this.index];
    return parent >= 0 ? new MirrorNode(this.mirror, parent) : null;
  }

  get children(): MirrorNode[] {
    const out: MirrorNode[] = [];
    for (let c = this.mirror.firstChildren[this.index]; c >= 0; c = this.mirror.nextSiblings[c]) out.push(new MirrorNode(this.mirror, c));
    return out;
  }

  get namedChildren(): MirrorNode[] {
    const out: MirrorNode[] = [];
    for (let c = this.mirror.firstChildren[this.index]; c >= 0; c = this.mirror.nextSiblings[c]) {
      if (this.mirror.flag(c, NAMED)) out.push(new MirrorNode(this.mirror, c));
    }
    return out;
  }

  get childCount(): number {
    return this.children.length;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  child(index: number): MirrorNode | null {
    return this.children[index] ?? null;
  }

  namedChild(index: number): MirrorNode | null {
    return this.namedChildren[index] ?? null;
  }

  get firstChild(): MirrorNode | null {
    const c = this.mirror.firstChildren[this.index];
    return c >= 0 ? new MirrorNode(this.mirror, c) : null;
  }

  get lastChild(): MirrorNode | null {
    const all = this.children;
    return all[all.length - 1] ?? null;
  }

  get firstNamedChild(): MirrorNode | null {
    return this.namedChildren[0] ?? null;
  }

  get lastNamedChild(): MirrorNode | null {
    const named = this.namedChildren;
    return named[named.length - 1] ?? null;
  }

  get nextSibling(): MirrorNode | null {
    const s = this.mirror.nextSiblings[this.index];
    return s >= 0 ? new MirrorNode(this.mirror, s) : null;
  }

  get previousSibling(): MirrorNode | null {
    return this.siblingBefore(false);
  }

  get nextNamedSibling(): MirrorNode | null {
    for (let s = this.mirror.nextSiblings[this.index]; s >= 0; s = this.mirror.nextSiblings[s]) {
      if (this.mirror.flag(s, NAMED)) return new MirrorNode(this.mirror, s);
    }
    return null;
  }

  get previousNamedSibling(): MirrorNode | null {
    return this.siblingBefore(true);
  }

  private siblingBefore(named: boolean): MirrorNode | null {
    const parent = this.mirror.parents[this.index];
    if (parent < 0) return null;
    let found = -1;
    for (let c = this.mirror.firstChildren[parent]; c >= 0 && c !== this.index; c = this.mirror.nextSiblings[c]) {
      if (!named || this.mirror.flag(c, NAMED)) found = c;
    }
    return found >= 0 ? new MirrorNode(this.mirror, found) : null;
  }

  /**
   * The first child with the field, as tree-sitter's child-by-field lookup returns it. That lookup reads the fields of
   * the node's own production, and an ERROR node has none (its children may still carry fields of hidden nodes).
   */
  childForFieldName(name: string): MirrorNode | null {
    const id = this.mirror.fieldId(name);
    if (id < 0 || this.isError) return null;
    for (let c = this.mirror.firstChildren[this.index]; c >= 0; c = this.mirror.nextSiblings[c]) {
      if (this.mirror.fieldOf(c) === id) return new MirrorNode(this.mirror, c);
    }
    return null;
  }

  childrenForFieldName(name: string): MirrorNode[] {
    const id = this.mirror.fieldId(name);
    const out: MirrorNode[] = [];
    if (id < 0) return out;
    for (let c = this.mirror.firstChildren[this.index]; c >= 0; c = this.mirror.nextSiblings[c]) {
      if (this.mirror.fieldOf(c) === id) out.push(new MirrorNode(this.mirror, c));
    }
    return out;
  }

  fieldNameForChild(index: number): string | null {
    const child = this.children[index];
    return child ? this.mirror.fieldName(this.mirror.fieldOf(child.index)) : null;
  }

  fieldNameForNamedChild(index: number): string | null {
    const child = this.namedChildren[index];
    return child ? this.mirror.fieldName(this.mirror.fieldOf(child.index)) : null;
  }

  /** This node and its descendants of the given types in preorder, within an optional row/column range. */
  descendantsOfType(types: string | string[], startPosition?: Point, endPosition?: Point): MirrorNode[] {
    const wanted = new Set(Array.isArray(types) ? types : [types]);
    const m = this.mirror;
    const from = startPosition ?? { row: 0, column: 0 };
    const to = endPosition && (endPosition.row !== 0 || endPosition.column !== 0) ? endPosition : undefined;
    const out: MirrorNode[] = [];
    const visit = (i: number): boolean => {
      if (pointLte(m.point(m.endOf(i)), from)) return true;
      if (to && pointLte(to, m.point(m.startOf(i)))) return false;
      if (wanted.has(m.typeOf(i))) out.push(new MirrorNode(m, i));
      for (let c = m.firstChildren[i]; c >= 0; c = m.nextSiblings[c]) if (!visit(c)) return false;
      return true;
    };
    visit(this.index);
    return out;
  }

  equals(other: MirrorNode): boolean {
    return other.mirror === this.mirror && other.index === this.index;
  }

  walk(): never {
    throw new Error('nfrules: a mirrored syntax node has no cursor (use the tree itself)');
  }

  toString(): string {
    const named = this.namedChildren.map((c) => {
      const field = this.mirror.fieldName(this.mirror.fieldOf(c.index));
      return field ? `${field}: ${c.toString()}` : c.toString();
    });
    return `(${this.isMissing ? `MISSING ${this.type}` : this.type}${named.length > 0 ? ` ${named.join(' ')}` : ''})`;
  }
}

function pointLte(a: Point, b: Point): boolean {
  return a.row < b.row || (a.row === b.row && a.column <= b.column);
}

const mirrors = new WeakMap<Tree, { text: string; mirror: TreeMirror }>();

/**
 * The root of a tree as a mirrored node, typed as a web-tree-sitter node for the lowering; built once per tree and
 * text. Falls back to the tree's own root when the runtime's cursor functions are not reachable.
 */
export function mirroredRoot(tree: Tree, text: string): Node {
  const binding = wasmBinding();
  if (!binding) return tree.rootNode;
  let entry = mirrors.get(tree);
  if (!entry || entry.text !== text) {
    entry = { text, mirror: new TreeMirror(tree, text, binding) };
    mirrors.set(tree, entry);
  }
  return entry.mirror.root as unknown as Node;
}
