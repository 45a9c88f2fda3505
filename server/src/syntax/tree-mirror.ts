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
/** Set (with ERROR_KNOWN) on nodes whose error state was read: those at the lazy depth. */
const HAS_ERROR = 4;
const ERROR_KNOWN = 8;

/** Per-language tables: node type names, named-ness and field ids by name. */
interface LanguageTables {
  types: string[];
  named: boolean[];
  fields: (string | null)[];
  /** Symbols of the LAZY_TYPES. */
  lazy: Set<number>;
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
    const lazy = new Set(types.flatMap((type, id) => (LAZY_TYPES.has(type) ? [id] : [])));
    found = { types, named, fields: [...language.fields], lazy };
    tables.set(language, found);
  }
  return found;
}

/**
 * Depth (root = 0) from which a node's children are read only when asked for: the lowering can then skip what it
 * already knows (e.g. an unchanged iptables rule) without the walk visiting its tokens.
 */
const LAZY_DEPTH = 2;

/** Node types whose children a lazy mirror reads only when asked for, at any depth (nft rules lie deep in blocks). */
const LAZY_TYPES = new Set(['rule']);

/** `firstChildren` value of a node whose children have not been read yet. */
const UNREAD = -2;

/** The mirrored nodes of one tree (index 0 is the root; a lazily read subtree is appended when first needed). */
export class TreeMirror {
  private readonly store: Store;
  private readonly language: LanguageTables;
  private lineStarts?: number[];
  /** The row of the last point asked for: the lowering asks in text order, mostly on the same or the next row. */
  private lastRow = 0;
  private readonly address: number;
  /** The transfer buffer as an index into the runtime's 32-bit words (asking for it overwrites its first words). */
  private readonly buffer: number;
  private readonly lazyDepth: number;
  private readonly lazySymbols: ReadonlySet<number>;

  /**
   * `lazy`: leave the children of nodes at the lazy depth, and of rules, unread until asked for (for a lowering that
   * may skip them); otherwise the walk reads the whole tree at once, which costs fewer calls into the runtime when
   * every node is read anyway (a CLI check). A lazy mirror knows `hasError` of those nodes only, a whole one of every
   * node.
   */
  constructor(private readonly tree: Tree, readonly text: string, private readonly binding: WasmBinding, lazy = true) {
    this.lazyDepth = lazy ? LAZY_DEPTH : Infinity;
    this.language = tablesOf(tree);
    this.lazySymbols = lazy ? this.language.lazy : new Set();
    this.address = (tree as unknown as Record<number, number>)[0];
    this.buffer = binding._ts_init() >> 2;
    this.store = new Store(1024);
    const m = binding;
    m._ts_tree_root_node_wasm(this.address);
    m._ts_tree_cursor_new_wasm(this.address);
    try {
      const root = this.record(-1, 0);
      this.readChildren(root, 0);
    } finally {
      m._ts_tree_cursor_delete_wasm(this.address);
    }
    if (!lazy) this.markErrors();
  }

  /**
   * In a mirror read whole: every node learns whether it holds an error, as tree-sitter answers it — a MISSING node,
   * an ERROR or empty node as the runtime said when it was recorded (an ERROR leaf of one skipped character says
   * no), or a node with an ERROR or an erroneous node below it. In preorder descendants come after their node, so one
   * backward pass sees each node after its children.
   */
  private markErrors(): void {
    const w = this.store;
    for (let i = w.count - 1; i >= 0; i--) {
      const error = w.symbols[i] === ERROR_SYMBOL;
      let flags = w.flags[i] | ERROR_KNOWN;
      if ((flags & MISSING) !== 0) flags |= HAS_ERROR;
      w.flags[i] = flags;
      const parent = w.parents[i];
      if (parent >= 0 && (error || (flags & HAS_ERROR) !== 0)) w.flags[parent] |= HAS_ERROR;
    }
  }

  /** The root node. */
  get root(): MirrorNode {
    return new MirrorNode(this, 0);
  }

  get count(): number {
    return this.store.count;
  }

  /** The first child of a node (-1 for none), reading its subtree first when it is still unread. */
  firstChild(i: number): number {
    let first = this.store.firstChildren[i];
    if (first === UNREAD) {
      this.readLazily(i);
      first = this.store.firstChildren[i];
    }
    return first;
  }

  nextSibling(i: number): number {
    return this.store.nextSiblings[i];
  }

  parent(i: number): number {
    return this.store.parents[i];
  }

  typeOf(i: number): string {
    const symbol = this.store.symbols[i];
    return symbol === ERROR_SYMBOL ? 'ERROR' : this.language.types[symbol] ?? 'ERROR';
  }

  symbolOf(i: number): number {
    return this.store.symbols[i];
  }

  fieldOf(i: number): number {
    return this.store.fieldIds[i];
  }

  fieldId(name: string): number {
    const id = this.language.fields.indexOf(name);
    return id > 0 ? id : -1;
  }

  fieldName(id: number): string | null {
    return id > 0 ? this.language.fields[id] ?? null : null;
  }

  startOf(i: number): number {
    return this.store.starts[i];
  }

  endOf(i: number): number {
    return this.store.ends[i];
  }

  /** The text of node i. */
  textOf(i: number): string {
    return this.text.slice(this.store.starts[i], this.store.ends[i]);
  }

  startPointOf(i: number): Point {
    return this.point(this.store.starts[i]);
  }

  endPointOf(i: number): Point {
    return this.point(this.store.ends[i]);
  }

  flag(i: number, bit: number): boolean {
    return (this.store.flags[i] & bit) !== 0;
  }

  /** Row and column of a text index, as tree-sitter counts them (a row per `\n`). */
  point(index: number): Point {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    const last = this.lastRow;
    if (starts[last] <= index && (last + 1 === starts.length || index < starts[last + 1])) return { row: last, column: index - starts[last] };
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    this.lastRow = lo;
    return { row: lo, column: index - starts[lo] };
  }

  /**
   * The text offset of a point, for comparing with node offsets: a column past the end of its row sits between the
   * row's last character and the next row (half an offset past the line end), a row past the last beyond the text.
   */
  offsetOf(point: Point): number {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    if (point.row >= starts.length) return this.text.length + 0.5;
    const lineEnd = point.row + 1 < starts.length ? starts[point.row + 1] - 1 : this.text.length;
    const offset = starts[point.row] + point.column;
    return offset <= lineEnd ? offset : lineEnd + 0.5;
  }

  /** Records the cursor's node as a child of `parent` (or the root); returns its index. */
  private record(parent: number, depth: number): number {
    const m = this.binding;
    const w = this.store;
    const i = w.add();
    const symbol = m._ts_tree_cursor_current_node_type_id_wasm(this.address);
    const start = m._ts_tree_cursor_start_index_wasm(this.address);
    const end = m._ts_tree_cursor_end_index_wasm(this.address);
    w.symbols[i] = symbol;
    w.fieldIds[i] = m._ts_tree_cursor_current_field_id_wasm(this.address);
    w.starts[i] = start;
    w.ends[i] = end;
    let flags = symbol === ERROR_SYMBOL || this.language.named[symbol] ? NAMED : 0;
    if (start === end && m._ts_tree_cursor_current_node_is_missing_wasm(this.address)) flags |= MISSING;
    w.firstChildren[i] = -1;
    w.nextSiblings[i] = -1;
    w.parents[i] = parent;
    if (depth >= this.lazyDepth || this.lazySymbols.has(symbol)) flags |= this.keepHandle(i);
    // The runtime is asked about the few nodes whose own error state the structure does not tell: ERROR nodes and
    // empty ones (a missing token, or an empty node around one).
    else if ((symbol === ERROR_SYMBOL || start === end) && this.lazyDepth === Infinity) flags |= this.cursorHasError() ? HAS_ERROR : 0;
    w.flags[i] = flags;
    return i;
  }

  /** Whether the cursor's node holds an error, asked of the runtime (the cursor stays where it is). */
  private cursorHasError(): boolean {
    const m = this.binding;
    const buffer = this.buffer;
    const heap = m.HEAP32;
    const cursor = [heap[buffer], heap[buffer + 1], heap[buffer + 2], heap[buffer + 3]];
    m._ts_tree_cursor_current_node_wasm(this.address);
    const hasError = m._ts_node_has_error_wasm(this.address) !== 0;
    m.HEAP32.set(cursor, buffer);
    return hasError;
  }

  /**
   * Saves what it takes to put a cursor on the cursor's node later (its node record, read through the transfer
   * buffer, which holds the cursor meanwhile) and whether the node contains errors; marks its children unread.
   */
  private keepHandle(i: number): number {
    const m = this.binding;
    const buffer = this.buffer;
    const heap = m.HEAP32;
    const cursor = [heap[buffer], heap[buffer + 1], heap[buffer + 2], heap[buffer + 3]];
    m._ts_tree_cursor_current_node_wasm(this.address);
    const node = m.HEAP32.slice(buffer, buffer + 5);
    const hasError = m._ts_node_has_error_wasm(this.address) ? HAS_ERROR : 0;
    m.HEAP32.set(cursor, buffer);
    this.store.handles.set(i, node);
    this.store.firstChildren[i] = UNREAD;
    return hasError | ERROR_KNOWN;
  }

  /** Reads the children of the cursor's node (recorded as `parent`) and below, in preorder. */
  private readChildren(parent: number, depth: number): void {
    const m = this.binding;
    const w = this.store;
    if (!m._ts_tree_cursor_goto_first_child_wasm(this.address)) return;
    const path = [parent];
    const lastChild: number[] = [];
    for (;;) {
      const up = path[path.length - 1];
      const i = this.record(up, depth + path.length);
      const last = lastChild[path.length - 1] ?? -1;
      if (last < 0) w.firstChildren[up] = i;
      else w.nextSiblings[last] = i;
      lastChild[path.length - 1] = i;
      if (w.firstChildren[i] !== UNREAD && m._ts_tree_cursor_goto_first_child_wasm(this.address)) {
        path.push(i);
        lastChild[path.length - 1] = -1;
        continue;
      }
      while (!m._ts_tree_cursor_goto_next_sibling_wasm(this.address)) {
        if (path.length === 1) return;
        m._ts_tree_cursor_goto_parent_wasm(this.address);
        path.pop();
      }
    }
  }

  /** Reads the subtree below a node whose children were left unread. */
  private readLazily(i: number): void {
    const m = this.binding;
    const node = this.store.handles.get(i) as Int32Array;
    this.store.handles.delete(i);
    this.store.firstChildren[i] = -1;
    m.HEAP32.set(node, this.buffer);
    m._ts_tree_cursor_new_wasm(this.address);
    try {
      this.readChildren(i, -Infinity);
    } finally {
      m._ts_tree_cursor_delete_wasm(this.address);
    }
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Growable typed arrays of node facts. */
class Store {
  count = 0;
  symbols: Uint16Array;
  fieldIds: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  parents: Int32Array;
  firstChildren: Int32Array;
  nextSiblings: Int32Array;
  flags: Uint8Array;
  /** Node records of the nodes whose children are unread. */
  readonly handles = new Map<number, Int32Array>();

  constructor(capacity: number) {
    this.symbols = new Uint16Array(capacity);
    this.fieldIds = new Uint16Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
    this.parents = new Int32Array(capacity);
    this.firstChildren = new Int32Array(capacity);
    this.nextSiblings = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  /** A new node slot. */
  add(): number {
    if (this.count === this.symbols.length) this.grow(this.count * 2);
    return this.count++;
  }

  private grow(capacity: number): void {
    const grown = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(old: T, make: new (n: number) => T): T => {
      const array = new make(capacity);
      array.set(old);
      return array;
    };
    this.symbols = grown(this.symbols, Uint16Array);
    this.fieldIds = grown(this.fieldIds, Uint16Array);
    this.starts = grown(this.starts, Uint32Array);
    this.ends = grown(this.ends, Uint32Array);
    this.parents = grown(this.parents, Int32Array);
    this.firstChildren = grown(this.firstChildren, Int32Array);
    this.nextSiblings = grown(this.nextSiblings, Int32Array);
    this.flags = grown(this.flags, Uint8Array);
  }
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
    return this.mirror.textOf(this.index);
  }

  get startIndex(): number {
    return this.mirror.startOf(this.index);
  }

  get endIndex(): number {
    return this.mirror.endOf(this.index);
  }

  get startPosition(): Point {
    return this.mirror.startPointOf(this.index);
  }

  get endPosition(): Point {
    return this.mirror.endPointOf(this.index);
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

  /**
   * Known for nodes at the lazy depth (read from the tree), where the lowering asks before reusing a node's
   * model; elsewhere tree-sitter decides it by error cost, which the walk cannot see.
   */
  get hasError(): boolean {
    if (!this.mirror.flag(this.index, ERROR_KNOWN)) throw new Error('nfrules: a mirrored syntax node does not know hasError here (use the tree itself)');
    return this.mirror.flag(this.index, HAS_ERROR);
  }

  get parent(): MirrorNode | null {
    const parent = this.mirror.parent(this.index);
    return parent >= 0 ? new MirrorNode(this.mirror, parent) : null;
  }

  get children(): MirrorNode[] {
    const out: MirrorNode[] = [];
    for (let c = this.mirror.firstChild(this.index); c >= 0; c = this.mirror.nextSibling(c)) out.push(new MirrorNode(this.mirror, c));
    return out;
  }

  get namedChildren(): MirrorNode[] {
    const out: MirrorNode[] = [];
    for (let c = this.mirror.firstChild(this.index); c >= 0; c = this.mirror.nextSibling(c)) {
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
    const c = this.mirror.firstChild(this.index);
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
    const s = this.mirror.nextSibling(this.index);
    return s >= 0 ? new MirrorNode(this.mirror, s) : null;
  }

  get previousSibling(): MirrorNode | null {
    return this.siblingBefore(false);
  }

  get nextNamedSibling(): MirrorNode | null {
    for (let s = this.mirror.nextSibling(this.index); s >= 0; s = this.mirror.nextSibling(s)) {
      if (this.mirror.flag(s, NAMED)) return new MirrorNode(this.mirror, s);
    }
    return null;
  }

  get previousNamedSibling(): MirrorNode | null {
    return this.siblingBefore(true);
  }

  private siblingBefore(named: boolean): MirrorNode | null {
    const parent = this.mirror.parent(this.index);
    if (parent < 0) return null;
    let found = -1;
    for (let c = this.mirror.firstChild(parent); c >= 0 && c !== this.index; c = this.mirror.nextSibling(c)) {
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
    for (let c = this.mirror.firstChild(this.index); c >= 0; c = this.mirror.nextSibling(c)) {
      if (this.mirror.fieldOf(c) === id) return new MirrorNode(this.mirror, c);
    }
    return null;
  }

  childrenForFieldName(name: string): MirrorNode[] {
    const id = this.mirror.fieldId(name);
    const out: MirrorNode[] = [];
    if (id < 0) return out;
    for (let c = this.mirror.firstChild(this.index); c >= 0; c = this.mirror.nextSibling(c)) {
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
    // Offsets instead of points (a node's point costs a search of the line starts); web-tree-sitter reads an end of
    // (0, 0) as "no end".
    const from = startPosition ? m.offsetOf(startPosition) : 0;
    const to = endPosition && (endPosition.row !== 0 || endPosition.column !== 0) ? m.offsetOf(endPosition) : Infinity;
    const out: MirrorNode[] = [];
    // Pre-order without recursion: trees of deeply nested input are deeper than the call stack.
    const stack = [this.index];
    while (stack.length > 0) {
      const i = stack.pop() as number;
      if (m.endOf(i) <= from) continue;
      if (to <= m.startOf(i)) break;
      if (wanted.has(m.typeOf(i))) out.push(new MirrorNode(m, i));
      // Children pushed last first, so the first is popped next.
      const base = stack.length;
      for (let c = m.firstChild(i); c >= 0; c = m.nextSibling(c)) stack.push(c);
      for (let a = base, b = stack.length - 1; a < b; a++, b--) [stack[a], stack[b]] = [stack[b], stack[a]];
    }
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

const mirrors = new WeakMap<Tree, { text: string; mirror: TreeMirror }>();

/**
 * The root of a tree as a mirrored node, typed as a web-tree-sitter node for the lowering; built once per tree and
 * text (lazy or not as its first caller asked: see TreeMirror). Falls back to the tree's own root when the runtime's
 * cursor functions are not reachable.
 */
export function mirroredRoot(tree: Tree, text: string, lazy = true): Node {
  const binding = wasmBinding();
  if (!binding) return tree.rootNode;
  let entry = mirrors.get(tree);
  if (!entry || entry.text !== text) {
    entry = { text, mirror: new TreeMirror(tree, text, binding, lazy) };
    mirrors.set(tree, entry);
  }
  return entry.mirror.root as unknown as Node;
}

/**
 * A cursor over a mirrored tree with the part of web-tree-sitter's cursor API the tree walks use (features/tree-walk.ts):
 * moving costs no call into the runtime, which matters on files with hundreds of thousands of nodes.
 */
export class MirrorCursor {
  private index: number;

  constructor(private readonly mirror: TreeMirror, root: number) {
    this.index = root;
  }

  get nodeType(): string {
    return this.mirror.typeOf(this.index);
  }

  get nodeIsNamed(): boolean {
    return this.mirror.flag(this.index, NAMED);
  }

  get nodeIsMissing(): boolean {
    return this.mirror.flag(this.index, MISSING);
  }

  get nodeText(): string {
    return this.mirror.textOf(this.index);
  }

  get startIndex(): number {
    return this.mirror.startOf(this.index);
  }

  get endIndex(): number {
    return this.mirror.endOf(this.index);
  }

  get startPosition(): Point {
    return this.mirror.startPointOf(this.index);
  }

  get endPosition(): Point {
    return this.mirror.endPointOf(this.index);
  }

  get currentFieldName(): string | null {
    return this.mirror.fieldName(this.mirror.fieldOf(this.index));
  }

  get currentNode(): Node {
    return new MirrorNode(this.mirror, this.index) as unknown as Node;
  }

  gotoFirstChild(): boolean {
    const child = this.mirror.firstChild(this.index);
    if (child < 0) return false;
    this.index = child;
    return true;
  }

  gotoNextSibling(): boolean {
    const next = this.mirror.nextSibling(this.index);
    if (next < 0) return false;
    this.index = next;
    return true;
  }

  gotoParent(): boolean {
    const parent = this.mirror.parent(this.index);
    if (parent < 0) return false;
    this.index = parent;
    return true;
  }

  delete(): void {
    // Nothing to free: the mirror belongs to its tree.
  }
}

/** A cursor at the root of a tree's mirror, or undefined when the runtime's cursor functions are not reachable. */
export function mirrorCursor(tree: Tree, text: string): MirrorCursor | undefined {
  const root = mirroredRoot(tree, text);
  return root instanceof MirrorNode ? new MirrorCursor(root.mirror, root.index) : undefined;
}
