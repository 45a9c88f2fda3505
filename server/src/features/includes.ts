/**
 * nft `include` statements as written, and the files they bring in (resolved through the host: the engine does no
 * I/O). Used by document links and by the features that look across files (navigation, rename).
 */
import type { Node } from 'web-tree-sitter';
import type { EngineHost, ParsedFile } from '../engine/source';
import type { Range, Ruleset } from '../model/types';
import { nodeRange } from '../syntax/syntax-errors';
import { comparePositions } from './ranges';

/** At most this many files are followed from one root (a glob over a big directory stays bounded). */
const MAX_FILES = 256;

export interface IncludeStatement {
  /** The path or glob as written, without quotes. */
  pattern: string;
  /** The range of the path inside the quotes. */
  range: Range;
}

/** The include statements of an nft file (at top level and inside blocks), in document order. */
export function includeStatements(file: ParsedFile): IncludeStatement[] {
  if (file.dialect !== 'nftables') return [];
  const found: IncludeStatement[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'include') {
      const path = node.childForFieldName('path');
      if (path && path.text.length >= 2) {
        const range = nodeRange(path);
        range.start.character += 1;
        range.end.character -= 1;
        found.push({ pattern: path.text.slice(1, -1), range });
      }
      return;
    }
    if (node.type === 'table' || node.type === 'source_file' || node.type.endsWith('_body')) {
      for (const child of node.namedChildren) if (child) visit(child);
    }
  };
  visit(file.tree.rootNode);
  return found;
}

/** The files an include resolves to: the model's answer when it has one for this statement, else the host's. */
export function includeTargets(file: ParsedFile, statement: IncludeStatement, ruleset: Ruleset | undefined, host: EngineHost): string[] {
  const known = ruleset?.includes.find((inc) => inc.location.uri === file.uri
    && comparePositions(inc.location.range.start, statement.range.end) <= 0
    && comparePositions(statement.range.start, inc.location.range.end) <= 0);
  if (known) return known.resolved;
  return host.resolveInclude(statement.pattern, file.uri).map((f) => f.uri);
}

/** The files a file includes, directly or through other includes, each once (the root itself excluded). */
export function includedFiles(file: ParsedFile, host: EngineHost): ParsedFile[] {
  const seen = new Set<string>([file.uri]);
  const files: ParsedFile[] = [];
  const queue = [file];
  while (queue.length > 0 && files.length < MAX_FILES) {
    const current = queue.shift() as ParsedFile;
    for (const statement of includeStatements(current)) {
      for (const target of host.resolveInclude(statement.pattern, current.uri)) {
        if (seen.has(target.uri) || files.length >= MAX_FILES) continue;
        seen.add(target.uri);
        files.push(target);
        queue.push(target);
      }
    }
  }
  return files;
}
