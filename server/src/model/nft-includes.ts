/**
 * `include "path"`: followed through the host (relative to the including file, then the configured include
 * directories; globs expand alphabetically). The included file's items are read in place, in the scope of the
 * include, so its variables stay visible afterwards, as in nft. Cycles and nesting deeper than nft's limit stop.
 *
 * An include inside a table or chain block holds that block's items (`chain …`, rules). Such a file does not parse
 * on its own, so it is parsed again wrapped in its block, each wrapper part on a line of its own, and its locations
 * are moved back by those lines.
 *
 * Budget: one lowering reads at most MAX_INCLUDED_FILES included files and MAX_INCLUDED_CHARS of their text in all.
 * Without it a few lines (each level including the next one six times, sixteen levels deep) would make the lowering
 * read billions of files and hang the editor; nft itself would take as long, so stopping with a warning loses nothing.
 */
import type { Node } from 'web-tree-sitter';
import type { ParsedFile } from '../engine/source';
import { parse } from '../syntax/parser';
import { syntaxProblems } from '../syntax/syntax-errors';
import { children, syntaxRoot, unquote } from './lowering-util';
import { MAX_INCLUDE_DEPTH, shifted, type NftLowering } from './nft-context';
import type { Chain, Location, Table } from './types';

/** Most included files one lowering reads (a file included twice counts twice). */
export const MAX_INCLUDED_FILES = 4096;
/** Most characters of included text one lowering reads. */
export const MAX_INCLUDED_CHARS = 128 * 1024 * 1024;

/** Files and characters each lowering has read through includes so far. */
const spent = new WeakMap<NftLowering, { files: number; chars: number; reported: Set<string> }>();

/** The block an include is written in (none: the top level). */
export interface IncludeContext {
  table: Table;
  chain?: Chain;
}

/** Follows one include. */
export function lowerInclude(cx: NftLowering, node: Node, context?: IncludeContext): void {
  const pathNode = node.childForFieldName('path');
  if (!pathNode) return;
  const pattern = unquote(pathNode.text);
  const location = cx.loc(node);
  const files = cx.host.resolveInclude(pattern, cx.uri);
  cx.ruleset.includes.push({ pattern, location, resolved: files.map((f) => f.uri) });
  const refusals = cx.host.refusedIncludes?.(pattern, cx.uri) ?? [];
  for (const refusal of refusals) notRead(cx, pattern, location, refusal.path, refusal.reason);
  if (files.length === 0 && refusals.length === 0 && !/[*?[]/.test(pattern)) {
    cx.facts.includeIssues.push({ kind: 'not-found', pattern, location });
    return;
  }
  for (const file of files) {
    if (cx.includeStack.includes(file.uri)) {
      cx.facts.includeIssues.push({ kind: 'cycle', pattern, location });
      continue;
    }
    if (cx.includeStack.length > MAX_INCLUDE_DEPTH) {
      cx.facts.includeIssues.push({ kind: 'too-deep', pattern, location });
      continue;
    }
    const used = budget(cx);
    if (used.files >= MAX_INCLUDED_FILES || used.chars + file.text.length > MAX_INCLUDED_CHARS) {
      const reason = used.files >= MAX_INCLUDED_FILES
        ? `${MAX_INCLUDED_FILES} included files have been read for this ruleset already; the rest are not followed`
        : `the included files add up to more than ${MAX_INCLUDED_CHARS / (1024 * 1024)} MB of text; the rest are not followed`;
      notRead(cx, pattern, location, file.uri, reason, true);
      break;
    }
    used.files++;
    used.chars += file.text.length;
    if (context) readInBlock(cx, file, context);
    else {
      cx.ruleset.problems.push(...syntaxProblems(file.tree, file.uri));
      cx.inFile(file.uri, () => cx.readItems(syntaxRoot(file)));
    }
  }
}

function budget(cx: NftLowering): { files: number; chars: number; reported: Set<string> } {
  let used = spent.get(cx);
  if (!used) spent.set(cx, (used = { files: 0, chars: 0, reported: new Set() }));
  return used;
}

/** Records a file the include reached but did not read, once per include statement and file (or statement only). */
function notRead(cx: NftLowering, pattern: string, location: Location, path: string, reason: string, oncePerStatement = false): void {
  const key = `${location.uri}:${location.range.start.line}:${location.range.start.character}:${oncePerStatement ? '' : path}`;
  const { reported } = budget(cx);
  if (reported.has(key)) return;
  reported.add(key);
  cx.facts.includeIssues.push({ kind: 'not-read', pattern, location, path, reason });
}

/** Reads a file included inside a table or chain block, parsed inside a copy of that block. */
function readInBlock(cx: NftLowering, file: ParsedFile, context: IncludeContext): void {
  const { table, chain } = context;
  const open = [`table ${table.family} ${quote(table.name)} {`, ...(chain ? [`chain ${quote(chain.name)} {`] : [])];
  const text = `${open.join('\n')}\n${file.text}\n${open.map(() => '}').join('\n')}\n`;
  const tree = parse('nftables', text);
  cx.ownedTrees.push(tree);
  const shift = open.length;
  const lines = file.text.split('\n').length;
  for (const p of syntaxProblems(tree, file.uri)) {
    const range = shifted(p.location.range, shift);
    if (range.start.line >= 0 && range.start.line < lines) cx.ruleset.problems.push({ ...p, location: { uri: file.uri, range } });
  }
  const tableBody = children(tree.rootNode).find((n) => n.type === 'table')?.childForFieldName('body');
  if (!tableBody) return;
  cx.inFile(file.uri, () => {
    if (!chain) {
      cx.readBlock(table, tableBody);
      return;
    }
    const chainBody = children(tableBody).find((n) => n.type === 'chain')?.childForFieldName('body');
    if (chainBody) cx.readChainItems(chain, chainBody);
  }, shift);
}

function quote(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name) ? name : `"${name.replace(/"/g, '')}"`;
}
