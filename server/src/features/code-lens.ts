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
  const node = enclosing(file, position, (n) => ['chain', 'set', 'map', 'rule', 'command'].includes(n.type)
    && (n.type !== 'rule' || file.dialect === 'iptables') && (n.type !== 'command' || n.childForFieldName('chain') !== null));
  if (!node) return undefined;
  if (node.type === 'rule' || node.type === 'command') return node.childForFieldName('chain')?.text;
  const name = node.childForFieldName('name')?.text;
  return node.type === 'chain' ? name : `${node.type} ${name}`;
}

function enclosing(file: ParsedFile, position: Position, accept: (node: Node) => boolean): Node | undefined {
  let node: Node | null = file.tree.rootNode.descendantForPosition({ row: position.line, column: position.character });
  while (node && !accept(node)) node = node.parent;
  return node ?? undefined;
}
