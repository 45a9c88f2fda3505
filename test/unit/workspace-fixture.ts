/**
 * Multi-file fixtures for the editing features: files by relative path (the first is the root), a map-backed
 * EngineHost that resolves nft includes (relative paths and `*` globs) among them, and `┃` marking the cursor in
 * any one file. `mark()` renders locations as `path: line text` with the range in brackets, so expectations read
 * like the source.
 */
import * as path from 'node:path';
import { checkFile, type CheckResult } from '../../server/src/engine/check';
import type { EngineHost, ParsedFile } from '../../server/src/engine/source';
import { includedFiles } from '../../server/src/features/includes';
import { NameIndex, type NameSource } from '../../server/src/features/name-sites';
import { offsetAt } from '../../server/src/features/ranges';
import type { Dialect, Location, Position, Range } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';
import { CURSOR } from './fixture';

const BASE = 'file:///ws/';

export interface Workspace {
  root: ParsedFile;
  result: CheckResult;
  host: EngineHost;
  /** Every file of the fixture by relative path. */
  files: Map<string, ParsedFile>;
  /** The files behind the root's model (root first, then what it includes). */
  sources: ParsedFile[];
  index: NameIndex;
  cursor: { uri: string; position: Position };
  uriOf(relative: string): string;
  /** `path: text` of each location's line, with the range in [brackets], in document order. */
  mark(locations: readonly (Location | { uri: string; range: Range })[]): string[];
  dispose(): void;
}

/** Builds a workspace fixture; the dialect of each file follows its extension (.nft or anything else: iptables). */
export async function workspace(sources: Record<string, string>): Promise<Workspace> {
  await initParsers();
  const files = new Map<string, ParsedFile>();
  let cursor: { uri: string; position: Position } | undefined;
  for (const [relative, source] of Object.entries(sources)) {
    const uri = BASE + relative;
    const offset = source.indexOf(CURSOR);
    const text = source.replace(CURSOR, '');
    if (offset >= 0) {
      const before = text.slice(0, offset).split('\n');
      cursor = { uri, position: { line: before.length - 1, character: before[before.length - 1].length } };
    }
    const dialect: Dialect = relative.endsWith('.nft') ? 'nftables' : 'iptables';
    files.set(relative, { uri, text, dialect, tree: parse(dialect, text) });
  }
  const host = mapHost(files);
  const root = files.values().next().value as ParsedFile;
  const result = checkFile(root, host);
  const included = [root, ...includedFiles(root, host)];
  const source: NameSource = { ruleset: result.ruleset, files: included };
  const byUri = new Map([...files.values()].map((f) => [f.uri, f]));
  return {
    root, result, host, files, sources: included, index: new NameIndex([source]),
    cursor: cursor ?? { uri: root.uri, position: { line: 0, character: 0 } },
    uriOf: (relative) => BASE + relative,
    mark: (locations) => [...locations]
      .sort((a, b) => a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
      .map((l) => markOne(byUri.get(l.uri), l)),
    dispose: () => {
      for (const file of files.values()) file.tree.delete();
    },
  };
}

/** A host answering include patterns from the fixture's files (relative to the including file, `*` globs). */
function mapHost(files: Map<string, ParsedFile>): EngineHost {
  return {
    resolveInclude(pattern, fromUri) {
      const dir = path.posix.dirname(fromUri.slice(BASE.length));
      const wanted = path.posix.normalize(pattern.startsWith('/') ? pattern.slice(1) : path.posix.join(dir, pattern));
      const re = new RegExp(`^${wanted.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
      return [...files.entries()].filter(([relative]) => re.test(relative)).sort().map(([, file]) => file);
    },
  };
}

function markOne(file: ParsedFile | undefined, location: { uri: string; range: Range }): string {
  if (!file) return `${location.uri}: ?`;
  const { start, end } = location.range;
  const line = file.text.split('\n')[start.line] ?? '';
  const stop = end.line === start.line ? end.character : line.length;
  const marked = `${line.slice(0, start.character)}[${line.slice(start.character, stop)}]${line.slice(stop)}`;
  return `${file.uri.slice(BASE.length)}: ${marked.trim()}`;
}

/** Text of a range in a file (for assertions on single ranges). */
export function textAt(file: ParsedFile, range: Range): string {
  return file.text.slice(offsetAt(file.text, range.start), offsetAt(file.text, range.end));
}
