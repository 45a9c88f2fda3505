/**
 * Reading a rule file without trusting what the path names. A repository can put anything behind a name that an
 * `include` or a workspace listing reaches: a FIFO (reading blocks for ever), /dev/zero (never ends), a symbolic
 * link loop, a directory, /proc files (size 0 but content, some of which blocks or holds secrets), a huge file.
 * Every read goes through readTextFile: it opens without blocking, reads only regular files, and never more than
 * the limit, so a bad path costs one clear refusal instead of a hung or exhausted process.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from 'node:fs';

/** Largest file the engine reads (bigger ones are refused with a clear problem rather than exhausting memory). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Pseudo file systems whose files are never rule files: their content is generated, may block, or is private. */
const PSEUDO_ROOTS = ['/proc/', '/sys/', '/dev/'];

/** A file read, or why it was not. `missing` is set when nothing exists at the path (not a refusal). */
export type ReadOutcome =
  | { ok: true; text: string; stamp: string }
  | { ok: false; reason: string; missing?: boolean };

/** Reads a regular file as UTF-8, refusing special files, pseudo file systems, loops and files over `limit` bytes. */
export function readTextFile(file: string, limit = MAX_FILE_BYTES): ReadOutcome {
  const real = resolveReal(file);
  if (!real.ok) return real;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer; a regular file ignores the flag.
    fd = openSync(real.path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (error) {
    return { ok: false, reason: errnoText(error) };
  }
  try {
    const stat = fstatSync(fd);
    const kind = refusedKind(stat);
    if (kind) return { ok: false, reason: `it is ${kind}, not a regular file` };
    if (stat.size > limit) return { ok: false, reason: tooLarge(stat.size, limit) };
    const bytes = readAtMost(fd, limit);
    if (bytes === undefined) return { ok: false, reason: `it grew past the limit of ${megabytes(limit)} while being read` };
    return { ok: true, text: bytes.toString('utf8'), stamp: `${stat.mtimeMs}:${stat.size}:${stat.ino}` };
  } catch (error) {
    return { ok: false, reason: errnoText(error) };
  } finally {
    closeSync(fd);
  }
}

/** Why a path cannot be read, checked without opening it (for cache stamps); undefined when it looks readable. */
export function statRefusal(stat: Stats, limit = MAX_FILE_BYTES): string | undefined {
  const kind = refusedKind(stat);
  if (kind) return `it is ${kind}, not a regular file`;
  return stat.size > limit ? tooLarge(stat.size, limit) : undefined;
}

/** Whether a real (symlink-free) path lies on /proc, /sys or /dev. */
export function onPseudoFileSystem(realPath: string): boolean {
  return PSEUDO_ROOTS.some((root) => realPath.startsWith(root) || `${realPath}/` === root);
}

function resolveReal(file: string): { ok: true; path: string } | { ok: false; reason: string; missing?: boolean } {
  let real: string;
  try {
    real = realpathSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: 'no such file', missing: true };
    return { ok: false, reason: errnoText(error) };
  }
  if (onPseudoFileSystem(real)) return { ok: false, reason: `it is on a pseudo file system (${real}), which never holds rule files` };
  return { ok: true, path: real };
}

function refusedKind(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'a special file';
}

/** Reads up to `limit` bytes; undefined when there is more (a file that grew, or a /proc-like size of 0). */
function readAtMost(fd: number, limit: number): Buffer | undefined {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) return undefined;
  }
}

function tooLarge(size: number, limit: number): string {
  return `it is ${megabytes(size)}, over the limit of ${megabytes(limit)}`;
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB` : `${bytes} bytes`;
}

function errnoText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return 'it is a symbolic link loop';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EAGAIN' || code === 'EWOULDBLOCK') return 'reading it would block';
  if (code === 'EISDIR') return 'it is a directory, not a regular file';
  return code ? `cannot read it (${code})` : `cannot read it (${error instanceof Error ? error.message : String(error)})`;
}
