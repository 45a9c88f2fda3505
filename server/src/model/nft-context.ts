/**
 * The state of one nft lowering: the ruleset being built, the variable scopes, the file being read (includes change
 * it), and the bookkeeping that lets references be checked once the whole input has been read.
 */
import type { NftLoweringMemo } from './nft-memo';
import type { Node } from 'web-tree-sitter';
import type { EngineHost } from '../engine/source';
import { nodeRange } from '../syntax/syntax-errors';
import { emptyFacts, type NftFacts } from './nft-facts';
import type { Field } from './fields';
import type { ValueType } from './nft-values';
import type { Chain, Location, NamedSet, Range, Reference, Ruleset, SetElement, Statement, Table, Variable, Verdict } from './types';
import { allByName, byName } from './lookup';

/** A variable as nft stores it: the value's syntax, with the variables inside it resolved when it was defined. */
export interface VariableDefinition {
  variable: Variable;
  value: Node;
  uri: string;
  /** Lines the value's tree is shifted by (see `NftLowering.lineShift`). */
  shift: number;
  /** Variables used inside the value, by their node's start index (nft expands them at definition time). */
  bindings: Map<number, VariableDefinition | undefined>;
}

/** One level of variable scope: the top level (shared with included files), a table block or a chain block. */
export class Scope {
  readonly variables = new Map<string, VariableDefinition>();

  constructor(readonly parent?: Scope) {}

  /** The definition visible here, looking outwards. */
  lookup(name: string): VariableDefinition | undefined {
    return this.variables.get(name) ?? this.parent?.lookup(name);
  }

  /** The scope that holds a visible definition of the name. */
  holder(name: string): Scope | undefined {
    return this.variables.has(name) ? this : this.parent?.holder(name);
  }
}

/** How the `$name`s inside a node resolve, and the use the node was reached through (for expanded variables). */
export interface Env {
  uri: string;
  /** Lines the nodes' tree is shifted by against their file (see `NftLowering.lineShift`). */
  shift?: number;
  resolve(node: Node): VariableDefinition | undefined;
  /** The outermost `$name` the value came through, when it came from a variable. */
  site?: Location;
}

/** A name written in the source (an identifier, a string, or a variable holding one), with where its text is. */
export interface WrittenName {
  name: string;
  location: Location;
}

/** The key of a vmap as the model matches it: its fields when every part has one. */
export interface VmapKey {
  fields?: Field[];
  families?: ('ip' | 'ip6' | undefined)[];
  module: string;
  text: string;
  location: Location;
}

/** A `vmap @name` statement waiting for the map's elements. */
export interface NamedVmapUse {
  statement: Statement;
  key: VmapKey;
  table: Table;
}

/** What a set's elements are lowered against. */
export interface SetTypes {
  /** One value type per key part (undefined where the model cannot read the part). */
  key: (ValueType | undefined)[];
  /** Data type name of a map (`verdict`, `ipv4_addr`, `counter` …). */
  data?: string;
}

/** Largest include nesting nft follows. */
export const MAX_INCLUDE_DEPTH = 16;

/** The state of one lowering run. */
export class NftLowering {
  readonly facts: NftFacts = emptyFacts();
  scope = new Scope();
  /** The file whose nodes are being read. */
  uri: string;
  /**
   * Lines the current tree has in front of the file's text: a file included inside a block is parsed wrapped in
   * that block (`table inet t {` on a line of its own), and its locations are moved back by this much.
   */
  lineShift = 0;
  /** Trees the lowering parsed itself (wrapped includes); freed when the lowering ends. */
  readonly ownedTrees: { delete(): void }[] = [];
  /** Files being included, outermost first (cycle detection). */
  readonly includeStack: string[] = [];
  /** Sequence number of the top-level unit (a table block or a command) being read. */
  unit = 0;
  /** References of the current unit, checked against the tables when the unit ends. */
  unitReferences: Reference[] = [];
  /** References whose target did not exist when their unit ended. */
  readonly pending: Reference[] = [];
  /** Sets written to from the packet path (`add @s`, `update @s`, meters), as "family table name". */
  readonly dynamicSets = new Set<string>();
  /** `vmap @m` statements, whose entries are filled in from the map once the input is read. */
  readonly namedVmaps: NamedVmapUse[] = [];
  /** The key of each set element as written (whitespace normalised), to find it again for `delete element`. */
  readonly elementKeys = new WeakMap<SetElement, string>();
  /** The verdict of each verdict-map element. */
  readonly elementVerdicts = new WeakMap<SetElement, Verdict>();
  /** `$name` uses already recorded, as "uri:offset". */
  readonly variableUses = new Set<string>();
  /** Key and data types of each set or map, for lowering its elements. */
  readonly setTypes = new WeakMap<NamedSet, SetTypes>();
  private readonly seenReferences = new Set<string>();
  /** Anonymous chains (`jump { … }`) around the rule being read. */
  anonymousDepth = 0;
  /** Rules of the previous check of this document, to reuse for unchanged ones (open documents only: nft-memo.ts). */
  memo?: NftLoweringMemo;

  /** Reads the top-level items of a file (set by the entry point; includes call it for included files). */
  readItems: (root: Node) => void = () => undefined;
  /** Reads the items of a table block into a table (set by the entry point; for includes inside tables). */
  readBlock: (table: Table, body: Node) => void = () => undefined;
  /** Reads the items of a chain block into a chain (set by the entry point; for includes inside chains). */
  readChainItems: (chain: Chain, body: Node) => void = () => undefined;

  constructor(readonly ruleset: Ruleset, readonly host: EngineHost, uri: string) {
    this.uri = uri;
    this.includeStack.push(uri);
  }

  /** The location of a node in the current file. */
  loc(node: Node): Location {
    return { uri: this.uri, range: shifted(nodeRange(node), this.lineShift) };
  }

  /** The location of a name without its quotes or its `@`/`$` sigil. */
  nameLoc(node: Node, uri = this.uri, shift = this.lineShift): Location {
    const range = shifted(nodeRange(node), uri === this.uri ? this.lineShift : shift);
    const text = node.text;
    const skipStart = /^["'@$]/.test(text) ? 1 : 0;
    const skipEnd = /^["']/.test(text) && text.length > 1 && text.endsWith(text[0]) ? 1 : 0;
    if (range.start.line !== range.end.line) return { uri, range };
    const inner: Range = {
      start: { line: range.start.line, character: range.start.character + skipStart },
      end: { line: range.end.line, character: range.end.character - skipEnd },
    };
    return { uri, range: inner };
  }

  /** The environment that resolves variables in the current scope. */
  env(): Env {
    const scope = this.scope;
    return { uri: this.uri, shift: this.lineShift, resolve: (node) => scope.lookup(node.text.slice(1)) };
  }

  /** Records a reference once (a variable used twice yields the same reference to what it names). */
  reference(ref: Reference): void {
    const r = ref.location.range;
    const key = `${ref.kind}\0${ref.name}\0${ref.location.uri}\0${r.start.line}:${r.start.character}\0${tableKey(ref.table)}`;
    if (this.seenReferences.has(key)) return;
    this.seenReferences.add(key);
    this.ruleset.references.push(ref);
    if (ref.kind !== 'variable') this.unitReferences.push(ref);
  }

  /** Starts a top-level unit; returns the function that ends it. */
  beginUnit(): () => void {
    this.unit++;
    const outer = this.unitReferences;
    this.unitReferences = [];
    return () => {
      for (const ref of this.unitReferences) if (!targetExists(ref)) this.pending.push(ref);
      this.unitReferences = outer;
    };
  }

  /** Runs `body` with a nested variable scope (table and chain blocks have their own). */
  inScope<T>(body: () => T): T {
    const outer = this.scope;
    this.scope = new Scope(outer);
    try {
      return body();
    } finally {
      this.scope = outer;
    }
  }

  /** Runs `body` reading another file (whose tree has `shift` lines in front of the file's text). */
  inFile<T>(uri: string, body: () => T, shift = 0): T {
    const outer = this.uri;
    const outerShift = this.lineShift;
    this.uri = uri;
    this.lineShift = shift;
    this.includeStack.push(uri);
    try {
      return body();
    } finally {
      this.includeStack.pop();
      this.uri = outer;
      this.lineShift = outerShift;
    }
  }
}

/** A range moved up by `shift` lines. */
export function shifted(range: Range, shift: number): Range {
  if (shift === 0) return range;
  return {
    start: { line: range.start.line - shift, character: range.start.character },
    end: { line: range.end.line - shift, character: range.end.character },
  };
}

function tableKey(table: Table | undefined): string {
  return table ? `${table.family} ${table.name}` : '';
}

/** Whether the table of a reference has what it names (sets and maps share one namespace in nft). */
export function targetExists(ref: Reference): boolean {
  const table = ref.table;
  if (!table) return true;
  switch (ref.kind) {
    case 'chain': return byName(table.chains, ref.name) !== undefined;
    case 'set':
    case 'map': return byName(table.sets, ref.name) !== undefined;
    case 'flowtable': return byName(table.flowtables, ref.name) !== undefined;
    case 'object': return allByName(table.objects, ref.name).some((o) => !ref.objectKind || o.kind === ref.objectKind);
    default: return true;
  }
}
