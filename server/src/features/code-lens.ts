/**
 * CodeLens above declarations: where a user chain is jumped from (`2 jumps from input, forward`, counting jumps,
 * gotos and verdict maps, not the commands that append its rules; or that nothing jumps to it), and how often a set,
 * map, flowtable, named object or variable is used. Base chains get none: the kernel enters them at their hook
 * (see the inlay hint).
 */
import type { Node } from 'web-tree-sitter';
import { isBuiltinChain } from '../catalog/iptables/index';
import type { ParsedFile } from '../engine/source';
import type { Location, Position, Range } from '../model/types';
import type { NameIndex, NameSite } from './name-sites';
import { comparePositions } from './ranges';
import { walkTree } from './tree-walk';

export interface CodeLensItem {
  range: Range;
  title: string;
  /** Where the lens leads (the uses), empty when there is nothing to show. */
  uses: Location[];
  /** The position references are shown for. */
  position: Position;
}

/** Shown containers of a chain before `…`. */
const MAX_CONTAINERS = 4;

/** The lenses of one file; `files` are the parsed files the index covers (to name the chain a use sits in). */
export function codeLenses(index: NameIndex, file: ParsedFile, files: readonly ParsedFile[]): CodeLensItem[] {
  const byUri = new Map(files.map((f) => [f.uri, f]));
  const lenses: CodeLensItem[] = [];
  const seen = new Set<string>();
  for (const site of index.all()) {
    if (!site.declaration || site.location.uri !== file.uri) continue;
    const id = `${site.kind}|${site.scope}|${site.name}|${site.objectKind ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    if (site.kind === 'chain' && isBaseChain(file, site)) continue;
    const uses = index.sitesOf(site).filter((s) => !s.declaration && !s.command);
    const title = site.kind === 'chain' ? chainTitle(uses, byUri) : uses.length === 1 ? '1 reference' : `${uses.length} references`;
    lenses.push({ range: site.location.range, title, uses: uses.map((u) => u.location), position: site.location.range.start });
  }
  return lenses.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

function chainTitle(uses: NameSite[], files: Map<string, ParsedFile>): string {
  if (uses.length === 0) return 'nothing jumps to this chain';
  const containers = [...new Set(uses.map((u) => containerOf(files.get(u.location.uri), u.location.range.start) ?? '?'))];
  const shown = containers.slice(0, MAX_CONTAINERS).join(', ') + (containers.length > MAX_CONTAINERS ? ', …' : '');
  return `${uses.length === 1 ? '1 jump' : `${uses.length} jumps`} from ${shown}`;
}

/** Whether the declared chain is a base chain: an nft chain with a `type … hook …` line, an iptables built-in chain. */
function isBaseChain(file: ParsedFile, site: NameSite): boolean {
  if (file.dialect === 'iptables') return isBuiltinChain(site.scope.slice(site.scope.indexOf(' ') + 1), site.name);
  const node = enclosing(file, site.location.range.start, (n) => n.type === 'chain' || n.type === 'command');
  return node?.childForFieldName('body')?.namedChildren.some((c) => c?.type === 'chain_type_declaration') ?? false;
}

/** The chain (or map) a use sits in: `input`, `map dispatch`. */
function containerOf(file: ParsedFile | undefined, position: Position): string | undefined {
  if (!file) return undefined;
  const node = enclosing(file, position, (n) => (n.type !== 'rule' || file.dialect === 'iptables')
    && (n.type !== 'command' || n.childForFieldName('chain') !== null));
  if (!node) return undefined;
  if (node.type === 'rule' || node.type === 'command') return node.childForFieldName('chain')?.text;
  const name = node.childForFieldName('name')?.text;
  return node.type === 'chain' ? name : `${node.type} ${name}`;
}

/** Node types a lens asks "which one am I in" about. */
const CONTAINERS = new Set(['chain', 'set', 'map', 'rule', 'command']);

/**
 * The container nodes of a file in document order, with their offsets and the nearest container around each: one
 * walk of the tree's mirror per file answers every use of a chain jumped to from 100,000 places.
 */
interface Containers {
  nodes: Node[];
  starts: number[];
  ends: number[];
  /** Index of the nearest container around each one (-1 at top level). */
  up: number[];
  lineStarts: number[];
}

const containers = new WeakMap<ParsedFile['tree'], { text: string; found: Containers }>();

function containersOf(file: ParsedFile): Containers {
  const cached = containers.get(file.tree);
  if (cached?.text === file.text) return cached.found;
  const found: Containers = { nodes: [], starts: [], ends: [], up: [], lineStarts: [0] };
  for (let i = file.text.indexOf('\n'); i >= 0; i = file.text.indexOf('\n', i + 1)) found.lineStarts.push(i + 1);
  const open: number[] = [];
  walkTree(file.tree, (cursor) => {
    if (!CONTAINERS.has(cursor.nodeType)) return;
    const { startIndex: start, endIndex: end } = cursor;
    while (open.length > 0 && !(found.starts[open[open.length - 1]] <= start && end <= found.ends[open[open.length - 1]])) open.pop();
    found.up.push(open.length > 0 ? open[open.length - 1] : -1);
    open.push(found.nodes.length);
    found.nodes.push(cursor.currentNode);
    found.starts.push(start);
    found.ends.push(end);
  }, file.text);
  containers.set(file.tree, { text: file.text, found });
  return found;
}

/** The innermost container node around a position that `accept` takes. */
function enclosing(file: ParsedFile, position: Position, accept: (node: Node) => boolean): Node | undefined {
  const c = containersOf(file);
  const offset = (c.lineStarts[position.line] ?? file.text.length) + position.character;
  // The last container starting at or before the offset; every container around the offset is it or around it.
  let lo = 0;
  let hi = c.starts.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c.starts[mid] <= offset) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (; at >= 0; at = c.up[at]) {
    if (offset < c.ends[at] && accept(c.nodes[at])) return c.nodes[at];
  }
  return undefined;
}
