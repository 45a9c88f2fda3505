/**
 * The edit part of `npm run bench`: latency from a single-line edit (`didChange`) to the diagnostics of that version
 * (`publishDiagnostics` carrying the new version), through the real server (dist/server.js) over stdio. Edits are
 * typed one at a time, each waiting for its diagnostics: a character inserted into a rule and removed again, at
 * positions drawn with a fixed seed. Also the server's CPU time per edit (from /proc) and its peak RSS.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { percentile, processCpuMs, processPeakRssMb } from './lib/bench-util';
import { prng } from './lib/kube-services';

const ROOT = path.resolve(__dirname, '../..');

export interface EditLatency {
  openMs: number;
  edits: number[];
  cpuPerEditMs: number;
  peakRssMb: number;
}

/** Lines that hold a rule, where an edit is a realistic keystroke. */
function ruleLines(lines: readonly string[], dialect: string): number[] {
  const pick = dialect === 'iptables' ? /^-A \S+ .{8,}/ : /^\s+(ip|ip6|tcp|udp|ct|meta|iifname|oifname|th|counter|jump)\b.{6,}/;
  return lines.map((l, i) => (pick.test(l) ? i : -1)).filter((i) => i >= 0);
}

/** Opens the text in a fresh server, then makes `count` single-line edits, each timed until its diagnostics arrive. */
export async function editLatency(text: string, dialect: 'iptables' | 'nftables', count: number): Promise<EditLatency> {
  const server = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const waiting = new Map<number, () => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: { version?: number }) => {
    if (params.version !== undefined) waiting.get(params.version)?.();
  });
  connection.listen();
  const uri = `file:///bench/edit.${dialect === 'iptables' ? 'rules' : 'nft'}`;
  const published = (version: number): Promise<void> => new Promise((resolve) => waiting.set(version, resolve));
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    connection.sendNotification('initialized', {});
    let version = 1;
    const opened = published(version);
    const openStart = performance.now();
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: dialect, version, text } });
    await opened;
    const openMs = performance.now() - openStart;
    const lines = text.split('\n');
    const candidates = ruleLines(lines, dialect);
    const random = prng(42);
    const edits: number[] = [];
    const cpuBefore = processCpuMs(server.pid ?? 0);
    for (let i = 0; i < count; i++) {
      const line = candidates[Math.floor(random() * candidates.length)];
      const character = 1 + Math.floor(random() * (lines[line].length - 1));
      const char = '0123456789 x-'[Math.floor(random() * 13)];
      for (const change of [
        { range: { start: { line, character }, end: { line, character } }, text: char },
        { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' },
      ]) {
        version++;
        const done = published(version);
        const start = performance.now();
        connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
        await done;
        edits.push(performance.now() - start);
        waiting.delete(version);
      }
    }
    const cpuPerEditMs = (processCpuMs(server.pid ?? 0) - cpuBefore) / edits.length;
    return { openMs, edits, cpuPerEditMs, peakRssMb: processPeakRssMb(server.pid ?? 0) };
  } finally {
    await connection.sendRequest('shutdown').catch(() => undefined);
    connection.sendNotification('exit');
    connection.dispose();
    server.kill();
  }
}

/** One table row: p50, p95 and max of the edit latencies, CPU per edit, RSS. */
export function editRow(name: string, result: EditLatency): string {
  const p = (q: number): string => percentile(result.edits, q).toFixed(1).padStart(7);
  return `  ${name.padEnd(20)} ${String(result.edits.length).padStart(5)} ${result.openMs.toFixed(0).padStart(8)} ms ${p(50)} ${p(95)} ${Math.max(...result.edits).toFixed(1).padStart(7)} ms ${result.cpuPerEditMs.toFixed(1).padStart(8)} ms ${result.peakRssMb.toFixed(0).padStart(6)} MB`;
}
