/**
 * How much of the real iptables the catalog covers. The extension and option lists come from the tools on this
 * machine, never from the catalog: every libxt_/libipt_/libip6t_ shared object is an extension, and its options are
 * the ones `iptables -m NAME -h` / `-j NAME -h` (ip6tables for IPv6-only objects) prints. Each listed option then
 * counts as covered for hover when the catalog has it with a doc, and for completion when the completion provider
 * offers it.
 *
 *   node out/scripts/catalog-coverage.js [--missing]
 *
 * Completion is measured once server/src/features/completion.ts exports
 * `iptOptionCompletionLabels(extension, family): string[]`; until then the script says so instead of guessing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { findMatch, findOption, findTarget } from '../server/src/catalog/iptables';
import type { IpFamily, IptExtension } from '../server/src/catalog/iptables/types';

export const XTABLES_DIRS = ['/usr/lib/x86_64-linux-gnu/xtables', '/usr/lib/aarch64-linux-gnu/xtables', '/usr/lib/xtables', '/usr/lib64/xtables'];
/** Shared objects that hold other extensions rather than being one (-j NAT, -j standard do not exist). */
const NOT_EXTENSIONS = new Set(['NAT', 'standard']);

/** An extension found on this machine. */
export interface InstalledExtension {
  name: string;
  kind: 'match' | 'target';
  family: IpFamily;
}

/** Option labels the completion feature offers after an extension (`--dport`, …). */
export type CompletionProvider = (extension: IptExtension, family: IpFamily) => string[];

/** One row of the report. */
export interface CoverageRow extends InstalledExtension {
  listed: string[];
  inCatalog: boolean;
  hover: string[];
  completion?: string[];
}

/** The xtables directory of this machine, if any. */
export function xtablesDir(): string | undefined {
  return XTABLES_DIRS.find((d) => existsSync(d));
}

/** Lists the iptables extensions installed in an xtables directory (ebtables/arptables objects are skipped). */
export function installedExtensions(dir: string): InstalledExtension[] {
  const found: InstalledExtension[] = [];
  for (const file of readdirSync(dir).sort()) {
    const m = /^lib(xt|ipt|ip6t)_(.+)\.so$/.exec(file);
    if (!m || NOT_EXTENSIONS.has(m[2])) continue;
    const kind = /^[A-Z]/.test(m[2]) ? 'target' : 'match';
    const families: IpFamily[] = m[1] === 'xt' ? ['ipv4', 'ipv6'] : [m[1] === 'ipt' ? 'ipv4' : 'ipv6'];
    for (const family of families) found.push({ name: m[2], kind, family });
  }
  return found;
}

/** Extracts the option names from the extension part of an `iptables -h` text (after the core `--version` line). */
export function extractHelpOptions(help: string): string[] {
  const lines = help.split('\n');
  const start = lines.findIndex((l) => /--version\b/.test(l));
  const tail = lines.slice(start + 1).join('\n');
  return [...new Set(tail.match(/(?<![\w-])--[a-z0-9][a-z0-9-]*/gi) ?? [])].sort();
}

/** Runs the tool's help for one extension and returns the options it lists, or undefined when the tool fails. */
export function helpOptions(ext: InstalledExtension): string[] | undefined {
  const tool = ext.family === 'ipv4' ? 'iptables' : 'ip6tables';
  try {
    const help = execFileSync(tool, [ext.kind === 'match' ? '-m' : '-j', ext.name, '-h'], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000,
    });
    return extractHelpOptions(help);
  } catch {
    return undefined;
  }
}

/** Measures hover (and, given a provider, completion) coverage of the installed extensions. */
export function measureCoverage(installed: InstalledExtension[], completion?: CompletionProvider): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const ext of installed) {
    const listed = helpOptions(ext);
    if (listed === undefined) continue;
    const entry = ext.kind === 'match' ? findMatch(ext.name, ext.family) : findTarget(ext.name, ext.family);
    const hover = entry ? listed.filter((o) => (findOption(entry, o)?.doc.length ?? 0) > 0) : [];
    const row: CoverageRow = { ...ext, listed, inCatalog: entry !== undefined && entry.doc.length > 0, hover };
    if (completion && entry) {
      const offered = new Set(completion(entry, ext.family));
      row.completion = listed.filter((o) => offered.has(o));
    } else if (completion) {
      row.completion = [];
    }
    rows.push(row);
  }
  return rows;
}

/** Loads the completion feature's provider if it exists yet. */
function loadCompletionProvider(): CompletionProvider | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const mod = require('../server/src/features/completion') as { iptOptionCompletionLabels?: CompletionProvider };
    return typeof mod.iptOptionCompletionLabels === 'function' ? mod.iptOptionCompletionLabels : undefined;
  } catch {
    return undefined;
  }
}

/** Formats a share as "n/m (p%)". */
function share(n: number, of: number): string {
  return `${n}/${of} (${of ? ((100 * n) / of).toFixed(1) : '100.0'}%)`;
}

/** Prints the table and totals; returns the number of listed options without hover text. */
export function printReport(rows: CoverageRow[], showMissing: boolean): number {
  const measured = rows.some((r) => r.completion !== undefined);
  console.log(['extension', 'kind', 'family', 'options', 'hover', 'completion'].join('\t'));
  for (const r of rows) {
    const completion = r.completion ? share(r.completion.length, r.listed.length) : '-';
    console.log([r.name, r.kind, r.family, r.listed.length, share(r.hover.length, r.listed.length), completion].join('\t'));
    const missing = r.listed.filter((o) => !r.hover.includes(o));
    if (showMissing && (missing.length || !r.inCatalog)) console.log(`  missing: ${r.inCatalog ? missing.join(' ') : '(extension not in catalog)'}`);
  }
  const listed = rows.reduce((n, r) => n + r.listed.length, 0);
  const hover = rows.reduce((n, r) => n + r.hover.length, 0);
  console.log(`\nextensions: ${rows.length} (${rows.filter((r) => r.kind === 'match').length} match, `
    + `${rows.filter((r) => r.kind === 'target').length} target rows by family), in catalog: ${share(rows.filter((r) => r.inCatalog).length, rows.length)}`);
  console.log(`options listed by -h: ${listed}, with hover text: ${share(hover, listed)}`);
  if (measured) {
    console.log(`completion: ${share(rows.reduce((n, r) => n + (r.completion?.length ?? 0), 0), listed)}`);
  } else {
    console.log('completion: not measured yet');
  }
  return listed - hover;
}

function main(): void {
  const dir = xtablesDir();
  if (!dir) {
    console.log('no xtables directory on this machine: nothing to measure');
    return;
  }
  const installed = installedExtensions(dir);
  const rows = measureCoverage(installed, loadCompletionProvider());
  printReport(rows, process.argv.includes('--missing'));
  const skipped = installed.filter((e) => !rows.some((r) => r.name === e.name && r.family === e.family));
  if (skipped.length) console.log(`not loadable in that family (-h failed): ${skipped.map((e) => `${e.name}/${e.family}`).join(' ')}`);
}

if (require.main === module) main();
