/**
 * The edit part of `npm run bench`: latency from a single-line edit (`didChange`) to the diagnostics of that version
 * (`publishDiagnostics` carrying the new version), through the real server (dist/server.js) over stdio. Edits are
 * typed one at a time, each waiting for its diagnostics: a character inserted into a rule and removed again, at
 * positions drawn with a fixed seed. The server publishes twice per version: the quick problems (with the rule-logic
 * ones of the previous version moved through the edit), then the complete set, followed by `nfrules/diagnosticsComplete`;
 * both latencies are measured. Also the server's CPU time per edit (from /proc) and its peak RSS.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { percentile, processCpuMs, processPeakRssMb } from './lib/bench-util';
import { random as seededRandom } from '../test/kernel/lib/trace-generator';

const ROOT = path.resolve(__dirname, '../..');

export interface EditLatency {
  openMs: number;
  /** Edit → first publish of the new version (quick problems). */
  edits: number[];
  /** Edit → complete problems of the new version (rule logic included). */
  complete: number[];
  cpuPerEditMs: number;
  peakRssMb: number;
}

/** Lines that hold a rule, where an edit is a realistic keystroke. */
function ruleLines(lines: readonly string[], dialect: string): number[] {
  const pick = dialect === 'iptables' ? /^-A \S+ .{8,}/ : /^\s+(ip|ip6|tcp|udp|ct|meta|iifname|oifname|th|counter|jump)\b.{6,}/;
  return lines.map((l, i) => (pick.test(l) ? i : -1)).filter((i) => i >= 0);
}

/** A single-line edit: a range of one line and its new text. */
export interface LineChange {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  text: string;
}

/**
 * `count` keystrokes at rule lines drawn with a fixed seed, each as a pair of edits: a character typed into the
 * rule, then removed again.
 */
export function typedEdits(text: string, dialect: string, count: number): [LineChange, LineChange][] {
  const lines = text.split('\n');
  const candidates = ruleLines(lines, dialect);
  const random = seededRandom(42);
  const pairs: [LineChange, LineChange][] = [];
  for (let i = 0; i < count; i++) {
    const line = candidates[Math.floor(random() * candidates.length)];
    const character = 1 + Math.floor(random() * (lines[line].length - 1));
    const char = '0123456789 x-'[Math.floor(random() * 13)];
    pairs.push([
      { range: { start: { line, character }, end: { line, character } }, text: char },
      { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' },
    ]);
  }
  return pairs;
}

/** Opens the text in a fresh server, then makes `count` single-line edits, each timed until its diagnostics arrive. */
export async function editLatency(text: string, dialect: 'iptables' | 'nftables', count: number): Promise<EditLatency> {
  const server = spawn(process.execPath, [...(process.env.NFRULES_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean), path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const waiting = new Map<number, () => void>();
  const completing = new Map<number, () => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: { version?: number }) => {
    if (params.version !== undefined) waiting.get(params.version)?.();
  });
  connection.onNotification('nfrules/diagnosticsComplete', (params: { version?: number }) => {
    if (params.version !== undefined) completing.get(params.version)?.();
  });
  connection.listen();
  const uri = `file:///bench/edit.${dialect === 'iptables' ? 'rules' : 'nft'}`;
  const published = (version: number): Promise<void> => new Promise((resolve) => waiting.set(version, resolve));
  const completed = (version: number): Promise<void> => new Promise((resolve) => completing.set(version, resolve));
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    connection.sendNotification('initialized', {});
    let version = 1;
    const opened = completed(version);
    const openStart = performance.now();
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: dialect, version, text } });
    await opened;
    const openMs = performance.now() - openStart;
    const edits: number[] = [];
    const complete: number[] = [];
    const cpuBefore = processCpuMs(server.pid ?? 0);
    for (const pair of typedEdits(text, dialect, count)) {
      for (const change of pair) {
        version++;
        const done = published(version);
        const all = completed(version);
        const start = performance.now();
        connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
        await done;
        edits.push(performance.now() - start);
        await all;
        complete.push(performance.now() - start);
        waiting.delete(version);
        completing.delete(version);
      }
    }
    const cpuPerEditMs = (processCpuMs(server.pid ?? 0) - cpuBefore) / edits.length;
    return { openMs, edits, complete, cpuPerEditMs, peakRssMb: processPeakRssMb(server.pid ?? 0) };
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined);
    connection.sendNotification('exit');
    // A server that exits by itself writes its profile when asked to (NFRULES_SERVER_NODE_ARGS=--cpu-prof).
    await new Promise((resolve) => {
      const timer = setTimeout(resolve, 2000);
      server.once('exit', () => { clearTimeout(timer); resolve(undefined); });
    });
    connection.dispose();
    server.kill();
  }
}

/** One table row: p50, p95 and max of the first and the complete publish, CPU per edit, RSS. */
export function editRow(name: string, result: EditLatency): string {
  const cols = (list: number[]): string => [50, 95].map((q) => percentile(list, q).toFixed(1).padStart(7)).join(' ') + Math.max(...list).toFixed(1).padStart(8);
  return `  ${name.padEnd(20)} ${String(result.edits.length).padStart(5)} ${result.openMs.toFixed(0).padStart(8)} ms | ${cols(result.edits)} | ${cols(result.complete)} | ${result.cpuPerEditMs.toFixed(1).padStart(8)} ms ${result.peakRssMb.toFixed(0).padStart(6)} MB`;
}

/** The header of the rows editRow prints. */
export const EDIT_HEADER = '  input                edits     open    |  first publish (ms)       |  complete (ms)            | CPU/edit  peak RSS\n'
  + '                                        |     p50     p95     max   |     p50     p95     max   |';
