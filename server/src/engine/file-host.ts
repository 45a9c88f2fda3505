/**
 * An EngineHost backed by the file system (the CLI, and the server for files that are not open). Reads files, never
 * executes them; include globs are expanded in-process. Every read is bounded (safe-read.ts), and so is a glob:
 * at most MAX_GLOB_MATCHES files and MAX_GLOB_ENTRIES directory entries looked at. What was refused is kept per
 * include so the lowering can say why (`include-not-read`).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Dialect } from '../model/types';
import { parse } from '../syntax/parser';
import { MAX_FILE_BYTES, readTextFile, statRefusal } from './safe-read';
import type { EngineHost, IncludeRefusal, ParsedFile } from './source';

export { MAX_FILE_BYTES } from './safe-read';

/** Most files one include glob reads (the first ones in nft's alphabetical order). */
export const MAX_GLOB_MATCHES = 1024;
/** Most directory entries one glob looks at, so `/*\/*\/*` over a big tree ends quickly. */
export const MAX_GLOB_ENTRIES = 100_000;

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

/** Whether a real path is one of the roots or inside one. */
export function isWithin(realPath: string, roots: readonly string[]): boolean {
  return roots.some((root) => realPath === root || realPath.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
}

/** A host that reads and parses included files from disk, caching parses by URI and modification time. */
export class FileHost implements EngineHost {
  private readonly cache = new Map<string, { stamp: string; file: ParsedFile }>();
  /** Why the last load of a URI read nothing (cleared when it is read again). */
  private readonly refused = new Map<string, string>();
  /** What the last resolution of each include (`fromUri\0pattern`) matched but did not read. */
  private readonly includeRefusals = new Map<string, IncludeRefusal[]>();

  /** When set (an untrusted workspace), only files whose real path lies under one of these are read from disk. */
  private roots: string[] | undefined;

  constructor(private readonly options: FileHostOptions = {}) {}

  /**
   * Limits disk reads to files under the given directories (symbolic links resolved), or lifts the limit with
   * undefined. Open documents are not affected: the editor already shows their text.
   */
  restrictTo(directories: readonly string[] | undefined): void {
    this.roots = directories?.map((dir) => realOrSelf(path.resolve(dir)));
    this.refused.clear();
  }

  /** Resolves an include against the including file's directory, then the include paths. */
  resolveInclude(pattern: string, fromUri: string): ParsedFile[] {
    const bases = path.isAbsolute(pattern)
      ? ['']
      : [path.dirname(toPath(fromUri)), ...(this.options.includePaths ?? [])];
    const refusals: IncludeRefusal[] = [];
    this.includeRefusals.set(`${fromUri}\0${pattern}`, refusals);
    for (const base of bases) {
      const full = base === '' ? pattern : path.join(base, pattern);
      const { files, truncated } = /[*?[]/.test(pattern) ? expandGlobBounded(full) : { files: present(full) ? [full] : [], truncated: false };
      if (files.length === 0) continue;
      if (truncated) refusals.push({ path: full, reason: `the pattern matches more than ${MAX_GLOB_MATCHES} files (or needs more than ${MAX_GLOB_ENTRIES} directory entries looked at); only the first ones are read` });
      const loaded: ParsedFile[] = [];
      for (const file of files) {
        const uri = toUri(file);
        const parsed = this.load(uri, 'nftables');
        if (parsed) loaded.push(parsed);
        else refusals.push({ path: file, reason: this.refused.get(uri) ?? 'it cannot be read' });
      }
      return loaded;
    }
    return [];
  }

  /** The files the last resolveInclude(pattern, fromUri) matched but did not read, with the reason. */
  refusedIncludes(pattern: string, fromUri: string): IncludeRefusal[] {
    return this.includeRefusals.get(`${fromUri}\0${pattern}`) ?? [];
  }

  /** Why the last load of a URI returned nothing, if it did. */
  refusal(uri: string): string | undefined {
    return this.refused.get(uri);
  }

  /** Parses a file (from the overlay or the disk), reusing the previous parse when nothing changed. */
  load(uri: string, dialect: Dialect): ParsedFile | undefined {
    const overlay = this.options.overlay?.(uri);
    const outside = overlay === undefined && this.roots && !isWithin(realOrSelf(toPath(uri)), this.roots);
    const stamp = overlay !== undefined ? `overlay:${overlay.length}:${hash(overlay)}`
      : outside ? { reason: 'the workspace is not trusted and the file is outside its folders' } : diskStamp(toPath(uri));
    if (typeof stamp !== 'string') {
      this.refused.set(uri, stamp.reason);
      return undefined;
    }
    const cached = this.cache.get(uri);
    if (cached && cached.stamp === stamp) return cached.file;
    let text = overlay;
    if (text === undefined) {
      const read = readTextFile(toPath(uri));
      if (!read.ok) {
        this.refused.set(uri, read.reason);
        return undefined;
      }
      text = read.text;
    }
    this.refused.delete(uri);
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

/** Modification stamp of a regular file within the size limit, else why it will not be read. */
function diskStamp(file: string): string | { reason: string } {
  try {
    const stat = statSync(file);
    const refusal = statRefusal(stat, MAX_FILE_BYTES);
    return refusal ? { reason: refusal } : `${stat.mtimeMs}:${stat.size}`;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { reason: code === 'ELOOP' ? 'it is a symbolic link loop' : code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? String(error)})` };
  }
}

function realOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h;
}

/** Whether anything is at the path: a dangling link is nothing, a link loop is something (refused when read). */
function present(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ELOOP';
  }
}

/** Expands `*`, `?` and `[…]` in any path segment (nft include globs), sorted like nft does (alphabetically). */
export function expandGlob(pattern: string): string[] {
  if (!/[*?[]/.test(pattern)) return isRegularFile(pattern) ? [pattern] : [];
  return expandGlobBounded(pattern).files;
}

/**
 * expandGlob within MAX_GLOB_MATCHES files and MAX_GLOB_ENTRIES directory entries; `truncated` says a limit cut it.
 * Only regular files match (directories, FIFOs and devices a wildcard meets are skipped, as nft skips directories).
 */
export function expandGlobBounded(pattern: string, limits = { matches: MAX_GLOB_MATCHES, entries: MAX_GLOB_ENTRIES }): { files: string[]; truncated: boolean } {
  const parts = pattern.split(path.sep);
  let current = [parts[0] === '' ? path.sep : parts[0]];
  let budget = limits.entries;
  let truncated = false;
  for (const part of parts.slice(1)) {
    if (part === '') continue;
    const next: string[] = [];
    for (const dir of current) {
      if (budget <= 0 && /[*?[]/.test(part)) {
        truncated = true;
        break;
      }
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
      if (entries.length > budget) {
        truncated = true;
        entries = entries.sort().slice(0, budget);
      }
      budget -= entries.length;
      for (const entry of entries.sort()) if (re.test(entry) && !entry.startsWith('.')) next.push(path.join(dir, entry));
    }
    current = next;
  }
  const files: string[] = [];
  for (const file of current) {
    if (!isRegularFile(file)) continue;
    if (files.length === limits.matches) {
      truncated = true;
      break;
    }
    files.push(file);
  }
  return { files, truncated };
}

function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
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
