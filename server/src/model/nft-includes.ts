/**
 * `include "path"`: followed through the host (relative to the including file, then the configured include
 * directories; globs expand alphabetically). The included file's items are read in place, in the scope of the
 * include, so its variables stay visible afterwards, as in nft. Cycles and nesting deeper than nft's limit stop.
 *
 * An include inside a table or chain block holds that block's items (`chain …`, rules). Such a file does not parse
 * on its own, so it is parsed again wrapped in its block, each wrapper part on a line of its own, and its locations
 * are moved back by those lines.
 */
import type { Node } from 'web-tree-sitter';
import type { ParsedFile } from '../engine/source';
import { parse } from '../syntax/parser';
import { syntaxProblems } from '../syntax/syntax-errors';
import { children, syntaxRoot, unquote } from './lowering-util';
import { MAX_INCLUDE_DEPTH, shifted, type NftLowering } from './nft-context';
import type { Chain, Table } from './types';

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
  if (files.length === 0 && !/[*?[]/.test(pattern)) {
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
    if (context) readInBlock(cx, file, context);
    else {
      cx.ruleset.problems.push(...syntaxProblems(file.tree, file.uri));
      cx.inFile(file.uri, () => cx.readItems(syntaxRoot(file)));
    }
  }
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
