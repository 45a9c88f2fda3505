/**
 * Every diagnostic (all severities, with range, message and related locations) on every corpus file and on generated
 * kube-proxy dumps, as one JSON object keyed by file. Performance changes must leave it unchanged: take a snapshot
 * before and after and compare them (`--compare A B` prints the files whose diagnostics differ).
 *
 * usage: node out/scripts/diagnostics-snapshot.js OUT.json
 *        node out/scripts/diagnostics-snapshot.js --compare BEFORE.json AFTER.json
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { checkFile } from '../server/src/engine/check';
import { FileHost, toUri } from '../server/src/engine/file-host';
import type { Dialect, Problem } from '../server/src/model/types';
import { initParsers, parse } from '../server/src/syntax/parser';
import { CORPUS, readManifest } from './lib/corpus';

/** One problem as a line of text: every property a user sees. */
function describe(p: Problem): string {
  const r = p.location.range;
  const related = (p.related ?? []).map((x) => `${x.location.range.start.line}:${x.location.range.start.character} ${x.message}`).join(' | ');
  return `${path.basename(p.location.uri)} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${p.severity} ${p.code}: ${p.message}${related ? ` [${related}]` : ''}${p.data === undefined ? '' : ` ${JSON.stringify(p.data)}`}`;
}

function snapshotOf(host: FileHost, file: string, dialect: Dialect): string[] {
  const text = readFileSync(file, 'utf8');
  const parsed = { uri: toUri(file), text, dialect, tree: parse(dialect, text) };
  try {
    return checkFile(parsed, host).problems.map(describe);
  } finally {
    parsed.tree.delete();
  }
}

async function take(out: string): Promise<void> {
  await initParsers();
  const host = new FileHost();
  const result: Record<string, string[]> = {};
  for (const row of readManifest()) {
    if (row.format === 'nftjson') continue;
    result[row.local_path] = snapshotOf(host, path.join(CORPUS, row.local_path), row.format.startsWith('ipt') ? 'iptables' : 'nftables');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'nfrules-snapshot-'));
  try {
    for (const [script, dialect, name] of [['gen-kube-proxy', 'iptables', 'kube-10k.rules'], ['gen-kube-nft', 'nftables', 'kube-10k.nft']] as const) {
      const file = path.join(dir, name);
      spawnSync(process.execPath, [path.join(__dirname, `${script}.js`), '--rules', '10000', file]);
      try {
        result[`generated/${name}`] = snapshotOf(host, file, dialect);
      } catch {
        // The generator may not exist yet in older trees.
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  host.dispose();
  writeFileSync(out, JSON.stringify(result));
  const count = Object.values(result).reduce((n, list) => n + list.length, 0);
  console.log(`${Object.keys(result).length} files, ${count} diagnostics → ${out}`);
}

function compare(a: string, b: string): void {
  const before = JSON.parse(readFileSync(a, 'utf8')) as Record<string, string[]>;
  const after = JSON.parse(readFileSync(b, 'utf8')) as Record<string, string[]>;
  let differ = 0;
  for (const file of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const x = (before[file] ?? []).join('\n');
    const y = (after[file] ?? []).join('\n');
    if (x === y) continue;
    differ++;
    const lost = (before[file] ?? []).filter((l) => !(after[file] ?? []).includes(l));
    const gained = (after[file] ?? []).filter((l) => !(before[file] ?? []).includes(l));
    console.log(`${file}\n${lost.slice(0, 5).map((l) => `  - ${l}`).join('\n')}\n${gained.slice(0, 5).map((l) => `  + ${l}`).join('\n')}`);
  }
  console.log(`${differ} files differ`);
  if (differ > 0) process.exitCode = 1;
}

const args = process.argv.slice(2);
if (args[0] === '--compare') compare(args[1], args[2]);
else if (args.length === 1) void take(args[0]);
else console.error('usage: diagnostics-snapshot.js OUT.json | --compare A.json B.json');
