/**
 * The editor part of `npm run bench`: hover and completion latency through the real server (dist/server.js) over
 * stdio, as an editor sees it (request sent → reply received), on the largest corpus files and a generated nft
 * ruleset with large sets and maps. Positions are drawn with a fixed seed, so runs are comparable.
 *
 * Three figures per file: hover at a word of a rule, completion at a word boundary of a rule, and completion right
 * after a one-character edit (the document changed, so the server has a new tree and no check of it yet).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { random } from '../test/kernel/lib/trace-generator';

const ROOT = path.resolve(__dirname, '../..');
const SAMPLES = 200;
/** Pause between opening a file and the first measured request, as a user reads before hovering. */
const SETTLE_MS = 2000;

interface Position {
  line: number;
  character: number;
}


function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Lines that hold rules (iptables `-A`, nft lines inside chains with a statement). */
function ruleLines(text: string, dialect: string): number[] {
  const lines = text.split('\n');
  const pick = dialect === 'iptables' ? /^-A \S+ .{8,}/ : /^\s+(ip|ip6|tcp|udp|ct|meta|iifname|oifname|th|icmp|counter|jump|accept|drop)\b.{6,}/;
  return lines.map((l, i) => (pick.test(l) ? i : -1)).filter((i) => i >= 0);
}

/** Positions on rule lines: inside a word (hover) or just after a space (completion of the next word). */
function positions(text: string, dialect: string, count: number, seed: number, afterSpace: boolean): Position[] {
  const lines = text.split('\n');
  const candidates = ruleLines(text, dialect);
  const next = random(seed);
  const out: Position[] = [];
  for (let tries = 0; out.length < count && tries < count * 20 && candidates.length; tries++) {
    const line = candidates[Math.floor(next() * candidates.length)];
    const content = lines[line];
    const spots = [...content.matchAll(afterSpace ? / (?=\S)/g : /\S(?=\S)/g)].map((m) => m.index + 1);
    if (spots.length) out.push({ line, character: spots[Math.floor(next() * spots.length)] });
  }
  return out;
}

/** A generated nft ruleset: many rules over a few chains, a 20,000-element set, a 5,000-entry verdict map. */
export function generatedNft(rules: number): string {
  const next = random(7);
  const ip = (): string => `10.${Math.floor(next() * 256)}.${Math.floor(next() * 256)}.${Math.floor(next() * 256)}`;
  const out = ['table inet bench {', '  set blocked {', '    type ipv4_addr', '    flags interval', '    elements = {'];
  for (let i = 0; i < 20000; i++) out.push(`      ${ip()},`);
  out.push('    }', '  }', '  map ports {', '    type inet_service : verdict', '    elements = {');
  for (let i = 0; i < 5000; i++) out.push(`      ${1024 + i} : ${i % 2 ? 'accept' : 'drop'},`);
  out.push('    }', '  }');
  const chains = 20;
  for (let c = 0; c < chains; c++) {
    out.push(`  chain c${c} {`);
    if (c === 0) out.push('    type filter hook input priority filter; policy drop;', '    ip saddr @blocked drop', '    tcp dport vmap @ports');
    for (let r = 0; r < rules / chains; r++) {
      out.push(`    ip saddr ${ip()} tcp dport ${1 + Math.floor(next() * 65000)} ct state new counter ${c + 1 < chains && r % 50 === 0 ? `jump c${c + 1}` : 'accept'}`);
    }
    out.push('  }');
  }
  out.push('}', '');
  return out.join('\n');
}

/** One server with one open document; measures request latencies. */
async function measure(name: string, text: string, dialect: 'iptables' | 'nftables'): Promise<string[]> {
  const server = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection: MessageConnection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  let published: (() => void) | undefined;
  connection.onNotification('textDocument/publishDiagnostics', () => published?.());
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    connection.sendNotification('initialized', {});
    const uri = `file:///bench/${name.replace(/\W+/g, '-')}.${dialect === 'iptables' ? 'rules' : 'nft'}`;
    const opened = new Promise<void>((resolve) => { published = resolve; });
    const start = performance.now();
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: dialect, version: 1, text } });
    await opened;
    const firstCheck = performance.now() - start;
    const time = async (method: string, position: Position): Promise<number> => {
      const t = performance.now();
      await connection.sendRequest(method, { textDocument: { uri }, position });
      return performance.now() - t;
    };
    // Let the server finish with the first check (its garbage is collected right after), then warm up.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    for (const p of positions(text, dialect, 20, 98, false)) await time('textDocument/hover', p);
    for (const p of positions(text, dialect, 20, 99, true)) await time('textDocument/completion', p);
    const hover: number[] = [];
    for (const p of positions(text, dialect, SAMPLES, 1, false)) hover.push(await time('textDocument/hover', p));
    const completion: number[] = [];
    for (const p of positions(text, dialect, SAMPLES, 2, true)) completion.push(await time('textDocument/completion', p));
    const afterEdit = await editThenComplete(connection, uri, text, dialect);
    const row = (what: string, values: number[]): string => {
      const sorted = [...values].sort((a, b) => a - b);
      return `  ${name.padEnd(24)} ${what.padEnd(22)} ${String(values.length).padStart(5)}  ${percentile(sorted, 50).toFixed(2).padStart(7)}  ${percentile(sorted, 95).toFixed(2).padStart(7)}  ${sorted[sorted.length - 1].toFixed(1).padStart(7)}`;
    };
    return [`  ${name}: ${(text.length / 1024).toFixed(0)} KB, ${text.split('\n').length} lines, open → first diagnostics ${firstCheck.toFixed(0)} ms`,
      row('hover', hover), row('completion', completion), row('completion after edit', afterEdit)];
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined);
    // A write still on its way when the server has gone is of no interest: the figures are taken.
    server.stdin.on('error', () => undefined);
    connection.sendNotification('exit').catch(() => undefined);
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 2000);
      server.once('exit', () => { clearTimeout(timer); resolve(undefined); });
    });
    connection.dispose();
    server.kill();
  }
}

/** Types a space at a word boundary of a rule, then asks for completion there (the edit is undone afterwards). */
async function editThenComplete(connection: MessageConnection, uri: string, text: string, dialect: string): Promise<number[]> {
  const times: number[] = [];
  let version = 1;
  for (const p of positions(text, dialect, 40, 3, true)) {
    const insert = { start: p, end: p };
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: insert, text: ' ' }] });
    const t = performance.now();
    await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: p.line, character: p.character + 1 } });
    times.push(performance.now() - t);
    const remove = { start: p, end: { line: p.line, character: p.character + 1 } };
    connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range: remove, text: '' }] });
  }
  return times;
}

/** Prints the latency table for the given files (label, path or text, dialect). */
export async function editorLatency(inputs: { name: string; text: string; dialect: 'iptables' | 'nftables' }[]): Promise<void> {
  console.log('\nhover and completion through the real server over stdio (ms, request → reply)');
  console.log(`  ${'input'.padEnd(24)} ${'request'.padEnd(22)} ${'n'.padStart(5)}  ${'p50'.padStart(7)}  ${'p95'.padStart(7)}  ${'max'.padStart(7)}`);
  for (const input of inputs) {
    for (const line of await measure(input.name, input.text, input.dialect)) console.log(line);
  }
}

/** The default inputs: the TUM dump, the largest corpus nft file and a generated nft ruleset. */
export function editorInputs(corpus: string, tum: string): { name: string; text: string; dialect: 'iptables' | 'nftables' }[] {
  return [
    { name: 'TUM dump', text: readFileSync(path.join(corpus, tum), 'utf8'), dialect: 'iptables' },
    { name: 'largest corpus nft', text: readFileSync(path.join(corpus, 'nft/egberts__vim-syntax-nftables/tests__passing-syntax.nft'), 'utf8'), dialect: 'nftables' },
    { name: 'generated nft 10k', text: generatedNft(10000), dialect: 'nftables' },
  ];
}

if (require.main === module) {
  const corpus = path.join(ROOT, '../shared/corpus');
  const tum = 'ipt/diekmann-Iptables_Semantics/thy__Iptables_Semantics__Examples__TUM_Net_Firewall__iptables-save-2015-05-15_14-14-46_cheating';
  void editorLatency(editorInputs(corpus, tum));
}
