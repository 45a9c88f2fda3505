/**
 * `npm run bench`: the speed and memory figures, printed as tables (not a timed test).
 *  1. WASM parse time of the largest corpus files (in process: the first parse, then the median of five);
 *  2. where a cold `nfrules check` spends its CPU time, phase by phase, and how each phase grows with the number of
 *     rules (TUM dump, largest nft file, generated kube-proxy dumps of 1k, 10k and 100k rules in both dialects);
 *  3. the whole `nfrules check` process (all analyses) beside `iptables-restore --test` / `nft -c -f` on the same file
 *     in a throwaway network namespace: wall time, CPU time, peak RSS and the ratios;
 *  4. edit → new diagnostics latency through the real server over stdio;
 *  5. hover and completion latency through the real server (scripts/bench-editor.ts);
 *  6. one keystroke in process, phase by phase (scripts/bench-keystroke.ts): where the first publication goes, and how
 *     many quick checks were spliced (corpus inputs and the 10k dumps).
 *
 * usage: npm run bench [-- --quick] [-- --repeat N]
 *   --quick     skip the 100k-rule inputs and make fewer edits
 *   --repeat N  runs per whole-process measurement (median; default 3)
 * Wall times on a shared machine vary with its load; CPU times (user + system, from the kernel) much less.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { initParsers, parse } from '../server/src/syntax/parser';
import { EDIT_HEADER, editLatency, editRow } from './bench-edit';
import { editorInputs, editorLatency } from './bench-editor';
import { keystrokePhases, keystrokeRows } from './bench-keystroke';
import { haveTool, median, timeRepeated, withNamespace, type ProcessCost } from './lib/bench-util';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.join(ROOT, '../shared/corpus');
const TUM = 'ipt/diekmann-Iptables_Semantics/thy__Iptables_Semantics__Examples__TUM_Net_Firewall__iptables-save-2015-05-15_14-14-46_cheating';
const LARGEST_NFT = 'nft/egberts__vim-syntax-nftables/tests__passing-syntax.nft';

const quick = process.argv.includes('--quick');
const repeatAt = process.argv.indexOf('--repeat');
const REPEAT = repeatAt > 0 ? Number(process.argv[repeatAt + 1]) : 3;

interface Input {
  name: string;
  file: string;
  dialect: 'iptables' | 'nftables';
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

async function parseTimes(): Promise<void> {
  await initParsers();
  const rows = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t'))
    .filter((r) => r[0] === 'nft' || r[0] === 'ipt4' || r[0] === 'ipt6')
    .sort((a, b) => Number(b[5]) - Number(a[5])).slice(0, 5);
  console.log('\n1. WASM parse, largest corpus files (in process, CPU ms: first parse, then median of 5)');
  console.log('      first   median    size  rules  file');
  for (const r of rows) {
    const text = readFileSync(path.join(CORPUS, r[1]), 'utf8');
    const dialect = r[0] === 'nft' ? 'nftables' : 'iptables';
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const start = cpuMs();
      parse(dialect, text).delete();
      times.push(cpuMs() - start);
    }
    console.log(`  ${times[0].toFixed(1).padStart(9)} ${median(times.slice(1)).toFixed(1).padStart(8)} ${(text.length / 1024).toFixed(0).padStart(5)} KB ${r[7].padStart(6)}  ${path.basename(r[1]).slice(0, 70)}`);
  }
}

/** Generates the kube-proxy inputs into `dir`. */
function generated(dir: string): Input[] {
  const inputs: Input[] = [];
  for (const n of quick ? [1000, 10000] : [1000, 10000, 100000]) {
    for (const [script, dialect, ext] of [['gen-kube-proxy', 'iptables', 'rules'], ['gen-kube-nft', 'nftables', 'nft']] as const) {
      const file = path.join(dir, `kube-${n}.${ext}`);
      const run = spawnSync(process.execPath, [path.join(ROOT, `out/scripts/${script}.js`), '--rules', String(n), file]);
      if (run.status === 0) inputs.push({ name: `kube ${dialect === 'iptables' ? 'ipt' : 'nft'} ${n / 1000}k`, file, dialect });
    }
  }
  return inputs;
}

function phaseTable(inputs: Input[]): void {
  console.log('\n2. cold nfrules check by phase (fresh process each, CPU ms; µs/rule = (lower + diagnostics) / rules)');
  console.log('  input               rules  startup   init    parse    lower  diagnostics  µs/rule  peak RSS');
  for (const input of inputs) {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'out/scripts/bench-phases.js'), input.file, input.dialect], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const line = run.stdout.trim().split('\n').pop() ?? '';
    if (run.status !== 0 || !line.startsWith('{')) {
      console.log(`  ${input.name.padEnd(18)} failed: ${run.stderr.split('\n')[0]}`);
      continue;
    }
    const p = JSON.parse(line) as Record<string, number>;
    const f = (v: number, w = 8): string => v.toFixed(0).padStart(w);
    const perRule = ((p.lower + p.diagnostics + p.syntax) * 1000) / Math.max(1, p.rules);
    console.log(`  ${input.name.padEnd(18)} ${f(p.rules, 6)} ${f(p.startup)} ${f(p.init, 6)} ${f(p.parse)} ${f(p.lower)} ${f(p.diagnostics, 12)} ${f(perRule, 8)} ${f(p.rssMb, 6)} MB`);
  }
}

/** The real tool's dry run on the same file in a throwaway namespace. */
function referenceRun(input: Input): { tool: string; cost?: ProcessCost } {
  const tool = input.dialect === 'iptables' ? 'iptables-restore --test' : 'nft -c -f';
  if (!haveTool(input.dialect === 'iptables' ? 'iptables-restore' : 'nft')) return { tool };
  const cost = withNamespace((ns) => (input.dialect === 'iptables'
    ? timeRepeated(REPEAT, 'ip', ['netns', 'exec', ns, 'iptables-restore', '--test'], readFileSync(input.file))
    : timeRepeated(REPEAT, 'ip', ['netns', 'exec', ns, 'nft', '-c', '-f', input.file])));
  return { tool, cost };
}

function checkTable(inputs: Input[]): void {
  console.log(`\n3. whole-process nfrules check (bin/nfrules.js, all analyses) vs the real tool's dry run in a namespace (median of ${REPEAT})`);
  console.log('  input                 size |  check wall    CPU    RSS |  reference wall    CPU   (tool)              | ratio wall  CPU');
  for (const input of inputs) {
    const check = timeRepeated(REPEAT, process.execPath, [path.join(ROOT, 'bin/nfrules.js'), 'check', '--format', 'json', '--dialect', input.dialect, input.file]);
    const { tool, cost } = referenceRun(input);
    const kb = statSync(input.file).size / 1024;
    const f = (v: number, w: number): string => (Number.isNaN(v) ? '-' : v.toFixed(0)).padStart(w);
    const ref = cost ? `${f(cost.wallMs, 10)} ms ${f(cost.cpuMs, 6)} ms` : `${'(needs root)'.padStart(21)}`;
    // CPU times come in 10 ms ticks: a reference under one tick has no CPU ratio.
    const per = (a: number, b: number): string => (b > 0 ? (a / b).toFixed(2) : '-').padStart(6);
    const ratio = cost ? `${per(check.wallMs, cost.wallMs)} ${per(check.cpuMs, cost.cpuMs)}` : '     -      -';
    console.log(`  ${input.name.padEnd(18)} ${f(kb, 6)} KB | ${f(check.wallMs, 7)} ms ${f(check.cpuMs, 6)} ms ${f(check.rssMb, 4)} MB | ${ref}   ${tool.padEnd(24)}| ${ratio}`);
  }
}

async function editTable(inputs: Input[], generatedInputs: Input[]): Promise<void> {
  const count = quick ? 25 : 100;
  console.log(`\n4. edit → new diagnostics through the real server (dist/server.js over stdio; ${2 * count} single-line edits, one at a time, wall ms;`);
  console.log(`   ${count} for the generated dumps)`);
  console.log(EDIT_HEADER);
  for (const input of [...inputs, ...generatedInputs]) {
    const result = await editLatency(readFileSync(input.file, 'utf8'), input.dialect, inputs.includes(input) ? count : count / 2);
    console.log(editRow(input.name, result));
  }
}

async function main(): Promise<void> {
  const [one, five, fifteen] = loadavg();
  console.log(`nfrules benchmark — node ${process.version}, load average ${one.toFixed(1)} ${five.toFixed(1)} ${fifteen.toFixed(1)}`);
  await parseTimes();
  const dir = mkdtempSync(path.join(tmpdir(), 'nfrules-bench-'));
  try {
    const corpus: Input[] = [
      { name: 'TUM dump', file: path.join(CORPUS, TUM), dialect: 'iptables' },
      { name: 'largest corpus nft', file: path.join(CORPUS, LARGEST_NFT), dialect: 'nftables' },
    ];
    const inputs = [...corpus, ...generated(dir)];
    phaseTable(inputs);
    checkTable(inputs);
    // How an edit's cost grows with the file: the 10k dumps (the 100k ones take seconds per edit, see docs/performance.md).
    await editTable(corpus, inputs.filter((i) => i.name.endsWith(' 10k')));
    console.log('\n5. hover and completion through the real server');
    await editorLatency(editorInputs(CORPUS, TUM));
    console.log(`\n6. one keystroke in process, by phase (${quick ? 50 : 200} edits, ms)`);
    console.log('  input                phase              p50     p95');
    const keystrokeInputs = [...corpus, ...inputs.filter((i) => i.name.endsWith(' 10k'))];
    for (const input of keystrokeInputs) for (const row of keystrokeRows(input.name, keystrokePhases(input.file, input.dialect, quick ? 25 : 100))) console.log(row);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
