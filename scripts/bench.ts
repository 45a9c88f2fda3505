/**
 * `npm run bench`: prints the speed and memory figures (not a timed test).
 * - WASM parse time of the largest corpus files;
 * - whole-process `nfrules check` wall time and peak RSS on the TUM dump and on generated kube-proxy dumps of 1k, 10k
 *   and 100k rules, beside `iptables-restore --test` on the same file in a throwaway network namespace (when root);
 * - hover and completion latency through the real server over stdio (scripts/bench-editor.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { initParsers, parse } from '../server/src/syntax/parser';
import { editorInputs, editorLatency } from './bench-editor';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.join(ROOT, '../shared/corpus');
const TUM = 'ipt/diekmann-Iptables_Semantics/thy__Iptables_Semantics__Examples__TUM_Net_Firewall__iptables-save-2015-05-15_14-14-46_cheating';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Runs the CLI in a fresh process; returns wall time (ms) and the child's peak RSS (MB). */
function timeCheck(file: string): { ms: number; rssMb: number; status: number | null } {
  const script = `require(${JSON.stringify(path.join(ROOT, 'dist/cli.js'))}).main(['check','--dialect','iptables','--format','json',${JSON.stringify(file)}])`
    + `.then(()=>process.stderr.write('RSS '+process.resourceUsage().maxRSS+'\\n'))`;
  const start = performance.now();
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - start;
  const rss = Number(/RSS (\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024;
  return { ms, rssMb: rss, status: run.status };
}

/** `iptables-restore --test` on the file inside a throwaway namespace, or undefined without root/tools. */
function timeRestoreTest(file: string): number | undefined {
  if (process.getuid?.() !== 0 || spawnSync('which', ['iptables-restore']).status !== 0) return undefined;
  const ns = `nfr-bench-${process.pid}`;
  if (spawnSync('ip', ['netns', 'add', ns]).status !== 0) return undefined;
  try {
    const start = performance.now();
    spawnSync('ip', ['netns', 'exec', ns, 'iptables-restore', '--test'], { input: readFileSync(file) });
    return performance.now() - start;
  } finally {
    spawnSync('ip', ['netns', 'del', ns]);
  }
}

async function parseTimes(): Promise<void> {
  await initParsers();
  const rows = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t'))
    .filter((r) => r[0] === 'nft' || r[0] === 'ipt4' || r[0] === 'ipt6')
    .sort((a, b) => Number(b[5]) - Number(a[5])).slice(0, 5);
  console.log('WASM parse time, largest corpus files (median of 5)');
  for (const r of rows) {
    const text = readFileSync(path.join(CORPUS, r[1]), 'utf8');
    const dialect = r[0] === 'nft' ? 'nftables' : 'iptables';
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      parse(dialect, text).delete();
      times.push(performance.now() - start);
    }
    console.log(`  ${median(times).toFixed(1).padStart(7)} ms  ${(text.length / 1024).toFixed(0).padStart(5)} KB  ${r[7].padStart(5)} rules  ${path.basename(r[1]).slice(0, 70)}`);
  }
}

function checkTimes(): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'nfrules-bench-'));
  try {
    const inputs: [string, string][] = [['TUM dump', path.join(CORPUS, TUM)]];
    for (const n of [1000, 10000, 100000]) {
      const out = path.join(dir, `kube-${n}.rules`);
      spawnSync(process.execPath, [path.join(ROOT, 'out/scripts/gen-kube-proxy.js'), '--rules', String(n), out]);
      if (existsSync(out)) inputs.push([`kube-proxy ${n / 1000}k`, out]);
    }
    console.log('\nnfrules check (whole process, all analyses) vs iptables-restore --test in a namespace');
    console.log('  input              size      check   peak RSS   restore --test   ratio');
    for (const [name, file] of inputs) {
      const check = timeCheck(file);
      const restore = timeRestoreTest(file);
      const kb = statSync(file).size / 1024;
      console.log(`  ${name.padEnd(16)} ${kb.toFixed(0).padStart(6)} KB ${check.ms.toFixed(0).padStart(7)} ms ${check.rssMb.toFixed(0).padStart(6)} MB ${restore === undefined ? '   (needs root)' : `${restore.toFixed(0).padStart(10)} ms`}   ${restore ? (check.ms / restore).toFixed(2) : '-'}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void parseTimes().then(checkTimes).then(() => editorLatency(editorInputs(CORPUS, TUM)));
