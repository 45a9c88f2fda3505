/**
 * The diagnostics measured against the real tools' verdicts on the shared corpus (issue "static analysis",
 * acceptance 1 and 2):
 *   1. files the real tools accept must get no error-severity diagnostic (target 0; exit status 1 otherwise);
 *   2. files they reject for a static reason must get at least one error (target >= 95%; misses listed).
 * Files rejected for environment reasons (an include, interface, host name or cgroup this machine lacks), files that
 * crashed nft itself, and nft files a newer nft (1.1.1) accepts are not counted as static rejections; an nft file
 * only 1.1.1 accepts must still be free of errors. nft JSON files are out of scope (nfrules reads the text format).
 * The same tallies are printed for the upstream single-rule tests (RULE_TESTS.tsv) as information.
 *
 * nft files that `nft -c` accepted are loaded for real into a throwaway namespace first (see reclassifyByRealLoad).
 *
 * usage: node out/scripts/corpus-truth.js [--verbose] [--json FILE] [--no-load]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkFile } from '../server/src/engine/check';
import { FileHost, toUri } from '../server/src/engine/file-host';
import type { Dialect, Problem } from '../server/src/model/types';
import { initParsers, parse } from '../server/src/syntax/parser';
import { kernelAvailable } from '../test/kernel/lib/available';
import { loadRuleset } from '../test/kernel/lib/load';
import { CORPUS, readManifest, readRuleTests, type Row } from './lib/corpus';

/** First-error texts that say the load failed because of this machine, not because of the file. */
const ENVIRONMENT = [
  /Could not resolve (hostname|service)/i, /host\/network .* not found/i, /Interface does not exist/i,
  /cgroupv2 path fails/i, /File not found/i, /^.*Error: No such file or directory$/, /Could not open file/i,
  /Could not load/i, /Network is unreachable/i, /Address family not supported/i,
];

type Bucket = 'accepted' | 'accepted-newer' | 'rejected-static' | 'rejected-on-load' | 'rejected-environment' | 'tool-crash' | 'out-of-scope';

/** Sorts a manifest row into the bucket that says what nfrules must report for it. */
export function bucketOf(row: Row): Bucket {
  if (row.format === 'nftjson') return 'out-of-scope';
  if (row.tool_verdict === 'ok') return 'accepted';
  if (row.format === 'nft' && row['nft_v1.1.1_verdict'] === 'ok') return 'accepted-newer';
  if (row.error_class === 'tool-crash' || row.error_class === 'timeout') return 'tool-crash';
  if (ENVIRONMENT.some((re) => re.test(row.first_error_line))) return 'rejected-environment';
  return 'rejected-static';
}

function dialectOf(format: string): Dialect {
  return format.startsWith('ipt') ? 'iptables' : 'nftables';
}

/** Checks a text the way `nfrules check` does (includes resolved beside the file) and returns its problems. */
function problemsOf(host: FileHost, file: string, dialect: Dialect, text: string): Problem[] {
  const parsed = { uri: toUri(file), text, dialect, tree: parse(dialect, text) };
  try {
    return checkFile(parsed, host).problems;
  } finally {
    parsed.tree.delete();
  }
}

function errorsIn(problems: Problem[], uri?: string): Problem[] {
  return problems.filter((p) => p.severity === 'error' && (uri === undefined || p.location.uri === uri));
}

function describe(p: Problem): string {
  return `${p.location.range.start.line + 1}:${p.location.range.start.character + 1} ${p.code}: ${p.message}`;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}

interface FileOutcome { path: string; format: string; bucket: Bucket; errors: string[]; firstError: string }

/**
 * The nft verdicts in the manifest come from `nft -c`, which accepts what only a real load refuses (jump loops,
 * statements in the wrong chain type or hook). Every nft file `nft -c` accepted is loaded for real into a throwaway
 * namespace (when this machine can); a refusal makes it a static rejection (or an environment one, e.g. a missing
 * interface). Returns how many were loaded, or a reason when none could be.
 */
async function reclassifyByRealLoad(outcomes: FileOutcome[]): Promise<{ loaded: number } | { reason: string }> {
  const available = kernelAvailable();
  if (!available.ok) return { reason: available.reason ?? 'kernel harness unavailable' };
  let loaded = 0;
  for (const f of outcomes) {
    if (f.bucket !== 'accepted' || f.format !== 'nft') continue;
    const result = await loadRuleset('nftables', readFileSync(path.join(CORPUS, f.path), 'utf8'));
    loaded++;
    if (result.ok) continue;
    const message = result.stderr.split('\n').find((l) => /Error:/.test(l))?.replace(/^.*?Error: /, 'Error: ') ?? result.stderr.trim();
    f.firstError = `real load: ${message}`;
    f.bucket = ENVIRONMENT.some((re) => re.test(message)) ? 'rejected-environment' : 'rejected-on-load';
  }
  return { loaded };
}

function checkFiles(host: FileHost): FileOutcome[] {
  const outcomes: FileOutcome[] = [];
  for (const row of readManifest()) {
    const bucket = bucketOf(row);
    if (bucket === 'out-of-scope') continue;
    const file = path.join(CORPUS, row.local_path);
    const dialect = dialectOf(row.format);
    const problems = problemsOf(host, file, dialect, readFileSync(file, 'utf8'));
    outcomes.push({
      path: row.local_path, format: row.format, bucket, firstError: row.first_error_line,
      // Errors in included files count for the including file as well: the load fails either way.
      errors: errorsIn(problems).map(describe),
    });
  }
  return outcomes;
}

const declarations = new Map<string, Map<string, string>>();

/** The base chain declarations of an upstream nft rule test file (`:chain;type nat hook postrouting priority 0`). */
function chainDeclarations(localPath: string): Map<string, string> {
  let found = declarations.get(localPath);
  if (!found) {
    found = new Map();
    for (const line of readFileSync(path.join(CORPUS, localPath), 'utf8').split('\n')) {
      const m = /^:([^;]+);(.+)$/.exec(line.trim());
      if (m) found.set(m[1], m[2].replace(/device (\S+)/, 'device "$1"'));
    }
    declarations.set(localPath, found);
  }
  return found;
}

/** Wraps one upstream rule test into a file of its dialect, with the base chain its test file declares. */
function ruleFile(row: Row): { dialect: Dialect; text: string } | undefined {
  if (row.format === 'nftrule') {
    const [family, table, chain] = row.context.split(/\s+/);
    const hook = chain === 'prerouting' || chain === 'postrouting' || chain === 'output' || chain === 'forward' ? chain : chain === 'ingress' ? 'ingress' : 'input';
    const device = hook === 'ingress' ? ' device "lo"' : '';
    const declared = chainDeclarations(row.local_path).get(chain) ?? `type filter hook ${hook}${device} priority 0`;
    return { dialect: 'nftables', text: `table ${family} ${table} {\n  chain ${chain} {\n    ${declared};\n    ${row.rule}\n  }\n}\n` };
  }
  if (row.format === 'ipt4rule' || row.format === 'ipt6rule') {
    const words = row.context.split(/\s+/);
    const t = words.indexOf('-t');
    const table = t >= 0 ? words[t + 1] : 'filter';
    const chain = (words[words.indexOf('-A') + 1] ?? 'INPUT').split(',')[0];
    return { dialect: 'iptables', text: `*${table}\n-A ${chain} ${row.rule}\nCOMMIT\n` };
  }
  return undefined;
}

function checkRules(host: FileHost): { accepted: number; acceptedWithErrors: string[]; rejected: number; rejectedFlagged: number } {
  const tally = { accepted: 0, acceptedWithErrors: [] as string[], rejected: 0, rejectedFlagged: 0 };
  for (const row of readRuleTests()) {
    const wrapped = ruleFile(row);
    if (!wrapped) continue;
    const newerOk = row.format === 'nftrule' && row['actual_nft_v1.1.1'] === 'ok';
    const errors = errorsIn(problemsOf(host, path.join(CORPUS, row.local_path), wrapped.dialect, wrapped.text));
    if (row.actual === 'ok' || newerOk) {
      tally.accepted++;
      if (errors.length > 0) tally.acceptedWithErrors.push(`${row.local_path}:${row.line} ${JSON.stringify(row.rule)} → ${errors.map(describe).join('; ')}`);
    } else {
      tally.rejected++;
      if (errors.length > 0) tally.rejectedFlagged++;
    }
  }
  return tally;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const jsonAt = process.argv.indexOf('--json');
  await initParsers();
  const host = new FileHost();
  const files = checkFiles(host);
  const reloaded = process.argv.includes('--no-load') ? { reason: '--no-load' } : await reclassifyByRealLoad(files);
  const by = (bucket: Bucket): FileOutcome[] => files.filter((f) => f.bucket === bucket);

  const accepted = [...by('accepted'), ...by('accepted-newer')];
  const falseErrors = accepted.filter((f) => f.errors.length > 0);
  console.log('1. files the real tools accept: no error-severity diagnostic (target 0 files with errors)');
  for (const format of ['nft', 'ipt4', 'ipt6']) {
    const group = accepted.filter((f) => f.format === format);
    console.log(`   ${format.padEnd(5)} ${group.length - group.filter((f) => f.errors.length > 0).length}/${group.length} clean`);
  }
  console.log(`   files with errors: ${falseErrors.length}`);
  for (const f of falseErrors) console.log(`     ${f.path}: ${f.errors.slice(0, 3).join(' | ')}`);

  if ('reason' in reloaded) {
    console.log(`   note: nft files were not loaded for real (${reloaded.reason}); their verdict is nft -c's, which is lenient`);
  } else {
    console.log(`   ${reloaded.loaded} nft files nft -c accepts were loaded for real: ${by('rejected-on-load').length} refused (counted below as static rejections), ${files.filter((f) => f.bucket === 'rejected-environment' && f.firstError.startsWith('real load')).length} refused for environment reasons`);
  }
  const rejected = [...by('rejected-static'), ...by('rejected-on-load')];
  const flagged = rejected.filter((f) => f.errors.length > 0);
  console.log(`\n2. files rejected for a static reason: at least one error (target >= 95%)`);
  for (const format of ['nft', 'ipt4', 'ipt6']) {
    const group = rejected.filter((f) => f.format === format);
    console.log(`   ${format.padEnd(5)} ${group.filter((f) => f.errors.length > 0).length}/${group.length}`);
  }
  console.log(`   all   ${flagged.length}/${rejected.length} = ${percent(flagged.length, rejected.length)}`);
  console.log(`   not counted: ${by('rejected-environment').length} rejected for environment reasons, ${by('tool-crash').length} where the tool crashed`);
  const misses = rejected.filter((f) => f.errors.length === 0);
  console.log(`   misses (${misses.length}):`);
  for (const f of misses) console.log(`     ${f.path}\t${f.firstError.slice(0, 140)}`);

  const rules = checkRules(host);
  console.log(`\nupstream rule tests (information): ${rules.accepted - rules.acceptedWithErrors.length}/${rules.accepted} accepted rules clean, `
    + `${rules.rejectedFlagged}/${rules.rejected} rejected rules flagged (${percent(rules.rejectedFlagged, rules.rejected)})`);
  for (const line of rules.acceptedWithErrors.slice(0, verbose ? undefined : 20)) console.log(`   accepted but flagged: ${line}`);
  if (!verbose && rules.acceptedWithErrors.length > 20) console.log(`   … ${rules.acceptedWithErrors.length - 20} more (--verbose)`);

  if (jsonAt > 0) writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ files, rules }, null, 2));
  host.dispose();
  if (falseErrors.length > 0) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  });
}
