import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { withNamespaces } from './namespaces';
import { RunResult, runIn } from './run';

/** The rule-file dialects the harness can load. */
export type Dialect = 'nftables' | 'iptables' | 'ip6tables';

/** Options for `loadRuleset`. */
export interface LoadOptions {
  /** Extra files for nft `include`, by path relative to the include folder (`nft -I <dir>`). */
  includes?: Record<string, string>;
  /** Only ask the tools to check (`nft -c`, `iptables-restore --test`): the tools' lenient path. */
  check?: boolean;
  /** iptables dialects only: use iptables-legacy-restore (x_tables) instead of the nf_tables variant. */
  legacy?: boolean;
  /** After a successful load, also return what the kernel holds (`nft list ruleset` / `iptables-save`). */
  readBack?: boolean;
}

/** Result of a load attempt. */
export interface LoadResult {
  ok: boolean;
  stderr: string;
  /** The loaded ruleset as listed back from the kernel (with `readBack`). */
  listing?: string;
}

/** Loads a rule file into a fresh namespace (created and deleted here) and reports whether the kernel took it. */
export async function loadRuleset(dialect: Dialect, text: string, options: LoadOptions = {}): Promise<LoadResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nfr-load-'));
  try {
    const file = path.join(dir, dialect === 'nftables' ? 'ruleset.nft' : 'ruleset.rules');
    await writeFile(file, text);
    await writeIncludes(dir, options.includes ?? {});
    return await withNamespaces(1, async ([ns]) => {
      const result = await loadInto(ns, dialect, file, dir, options.check ?? false, options.legacy ?? false);
      const loaded: LoadResult = { ok: result.code === 0, stderr: result.stderr };
      if (loaded.ok && options.readBack) loaded.listing = (await listBack(ns, dialect, options.legacy ?? false)).stdout;
      return loaded;
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Loads a rule file that is already on disk into an existing namespace (used by the tracer too). */
export function loadInto(
  ns: string, dialect: Dialect, file: string, includeDir: string, check: boolean, legacy = false,
): Promise<RunResult> {
  if (dialect === 'nftables') {
    return runIn(ns, 'nft', [...(check ? ['-c'] : []), '-I', includeDir, '-f', file]);
  }
  // The nf_tables variant is used explicitly: its rules are what `nft monitor trace` can see.
  const variant = legacy ? 'legacy' : 'nft';
  const program = dialect === 'iptables' ? `iptables-${variant}-restore` : `ip6tables-${variant}-restore`;
  return runIn(ns, program, [...(check ? ['--test'] : []), file]);
}

function listBack(ns: string, dialect: Dialect, legacy: boolean): Promise<RunResult> {
  if (dialect === 'nftables') return runIn(ns, 'nft', ['list', 'ruleset']);
  const variant = legacy ? 'legacy' : 'nft';
  return runIn(ns, dialect === 'iptables' ? `iptables-${variant}-save` : `ip6tables-${variant}-save`, []);
}

async function writeIncludes(dir: string, includes: Record<string, string>): Promise<void> {
  for (const [name, content] of Object.entries(includes)) {
    const target = path.resolve(dir, name);
    if (!target.startsWith(dir + path.sep)) throw new Error(`include path escapes the temp folder: ${name}`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}
