/**
 * `include "path"`: followed through the host (relative to the including file, then the configured include
 * directories; globs expand alphabetically). The included file's items are read in place, in the scope of the
 * include, so its variables stay visible afterwards, as in nft. Cycles and nesting deeper than nft's limit stop.
 */
import type { Node } from 'web-tree-sitter';
import { syntaxProblems } from '../syntax/syntax-errors';
import { syntaxRoot, unquote } from './lowering-util';
import { MAX_INCLUDE_DEPTH, type NftLowering } from './nft-context';

/** Follows one include. */
export function lowerInclude(cx: NftLowering, node: Node): void {
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
    cx.ruleset.problems.push(...syntaxProblems(file.tree, file.uri));
    cx.inFile(file.uri, () => cx.readItems(syntaxRoot(file)));
  }
}
