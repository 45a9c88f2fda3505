/**
 * An EngineHost backed by the file system (the CLI, and the server for files that are not open). Reads files, never
 * executes them; include globs are expanded in-process.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Dialect } from '../model/types';
import { parse } from '../syntax/parser';
import type { EngineHost, ParsedFile } from './source';

/** Largest file the engine reads (bigger ones are refused with a clear problem rather than exhausting memory). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Turns a path or URI into a file URI. */
export function toUri(pathOrUri: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(pathOrUri) ? pathOrUri : pathToFileURL(path.resolve(pathOrUri)).href;
}

/** Turns a file URI into a path (other URIs are returned unchanged). */
export function toPath(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

export interface FileHostOptions {
  /** Extra directories searched for relative include paths (nft -I). */
  includePaths?: string[];
  /** Text of files that are open in an editor, by URI; preferred over the disk. */
  overlay?: (uri: string) => string | undefined;
}

/** A host that reads and parses included files from disk, caching parses by URI and modification time. */
export class FileHost implements EngineHost {
  private readonly cache = new Map<string, { stamp: string; file: ParsedFile }>();

  constructor(private readonly options: FileHostOptions = {}) {}

  /** Resolves an include against the including file's directory, then the include paths. */
  resolveInclude(pattern: string, fromUri: string): ParsedFile[] {
    const bases = path.isAbsolute(pattern)
      ? ['']
      : [path.dirname(toPath(fromUri)), ...(this.options.includePaths ?? [])];
    for (const base of bases) {
      const matches = expandGlob(base === '' ? pattern : path.join(base, pattern));
      if (matches.length > 0) {
        return matches.map((file) => this.load(toUri(file), 'nftables')).filter((f): f is ParsedFile => f !== undefined);
      }
    }
    return [];
  }

  /** Parses a file (from the overlay or the disk), reusing the previous parse when nothing changed. */
  load(uri: string, dialect: Dialect): ParsedFile | undefined {
    const overlay = this.options.overlay?.(uri);
    const stamp = overlay !== undefined ? `overlay:${overlay.length}:${hash(overlay)}` : diskStamp(toPath(uri));
    if (stamp === undefined) return undefined;
    const cached = this.cache.get(uri);
    if (cached && cached.stamp === stamp) return cached.file;
    let text = overlay;
    if (text === undefined) {
      try {
        text = readFileSync(toPath(uri), 'utf8');
      } catch {
        return undefined;
      }
    }
    cached?.file.tree.delete();
    const parsed: ParsedFile = { uri, text, dialect, tree: parse(dialect, text) };
    this.cache.set(uri, { stamp, file: parsed });
    return parsed;
  }

  /** Frees every cached tree. */
  dispose(): void {
    for (const { file } of this.cache.values()) file.tree.delete();
    this.cache.clear();
  }
}

/** Modification stamp of a readable regular file within the size limit, else undefined. */
function diskStamp(file: string): string | undefined {
  try {
    const stat = statSync(file);
    return stat.isFile() && stat.size <= MAX_FILE_BYTES ? `${stat.mtimeMs}:${stat.size}` : undefined;
  } catch {
    return undefined;
  }
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

/** Expands `*`, `?` and `[…]` in any path segment (nft include globs), sorted like nft does (alphabetically). */
export function expandGlob(pattern: string): string[] {
  if (!/[*?[]/.test(pattern)) return existsSync(pattern) && statSync(pattern).isFile() ? [pattern] : [];
  const parts = pattern.split(path.sep);
  let current = [parts[0] === '' ? path.sep : parts[0]];
  for (const part of parts.slice(1)) {
    if (part === '') continue;
    const next: string[] = [];
    for (const dir of current) {
      if (!/[*?[]/.test(part)) {
        next.push(path.join(dir, part));
        continue;
      }
      const re = globToRegExp(part);
      let entries: string[] = [];
      try {
        entries = readdirSync(dir);
      } catch {
        continue;
      }
      for (const entry of entries.sort()) if (re.test(entry) && !entry.startsWith('.')) next.push(path.join(dir, entry));
    }
    current = next;
  }
  return current.filter((file) => existsSync(file) && statSync(file).isFile());
}

/** A glob segment as a regular expression; a `[` without its `]` is a literal character, as in fnmatch. */
function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    const close = ch === '[' ? glob.indexOf(']', i + 2) : -1;
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (close > 0) {
      const body = glob.slice(i + 1, close);
      re += `[${body[0] === '!' ? `^${escapeClass(body.slice(1))}` : escapeClass(body)}]`;
      i = close;
    } else re += ch.replace(/[.+^${}()|[\]\\*?]/g, '\\$&');
  }
  try {
    return new RegExp(`^${re}$`);
  } catch {
    // A range out of order (`[z-a]`) matches no name.
    return /(?!)/;
  }
}

/** The characters of a bracket expression with everything but `-` escaped, so no class can be malformed. */
function escapeClass(body: string): string {
  return body.replace(/[\\\]^[]/g, '\\$&');
}
