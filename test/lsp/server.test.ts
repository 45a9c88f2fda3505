/** LSP protocol tests against the real server process (dist/server.js) over stdio. */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const ROOT = path.resolve(__dirname, '../../..');
let server: ChildProcess;
let connection: MessageConnection;
const diagnostics = new Map<string, { code: string; severity: number; range: { start: { line: number } } }[]>();
const waiters: (() => void)[] = [];
let startedAt = 0;
let firstDiagnosticsMs = -1;

before(async () => {
  startedAt = performance.now();
  server = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: never[] }) => {
    if (firstDiagnosticsMs < 0) firstDiagnosticsMs = performance.now() - startedAt;
    diagnostics.set(params.uri, params.diagnostics);
    waiters.splice(0).forEach((w) => w());
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  connection.sendNotification('initialized', {});
});

after(async () => {
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  connection.dispose();
  server.kill();
});

/** Waits (bounded) until the server has published diagnostics for a uri satisfying a condition. */
async function waitFor(uri: string, ok: (list: { code: string }[]) => boolean): Promise<{ code: string; range: { start: { line: number } } }[]> {
  const deadline = Date.now() + 10_000;
  while (!ok(diagnostics.get(uri) ?? []) || !diagnostics.has(uri)) {
    if (Date.now() > deadline) assert.fail(`no matching diagnostics for ${uri}: ${JSON.stringify(diagnostics.get(uri))}`);
    await new Promise<void>((resolve) => {
      waiters.push(resolve);
      setTimeout(resolve, 200);
    });
  }
  return diagnostics.get(uri) ?? [];
}

function open(file: string, languageId: string): string {
  const uri = pathToFileURL(path.join(ROOT, file)).href;
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: readFileSync(path.join(ROOT, file), 'utf8') } });
  return uri;
}

test('publishes the jump loop of examples/mistakes.nft (cold start measured)', async () => {
  const uri = open('examples/mistakes.nft', 'nftables');
  const list = await waitFor(uri, (l) => l.some((d) => d.code === 'jump-loop'));
  console.log(`cold start: process start → first diagnostics ${firstDiagnosticsMs.toFixed(0)} ms`);
  assert.ok(list.some((d) => d.code === 'jump-loop'));
});

test('a good example has no diagnostics', async () => {
  const uri = open('examples/rules.v4', 'iptables');
  const list = await waitFor(uri, () => true);
  assert.deepEqual(list, []);
});

test('incremental edits re-check the document', async () => {
  const uri = open('examples/host-firewall.nft', 'nftables');
  await waitFor(uri, (l) => l.length === 0);
  connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'table ip broken {\n' }],
  });
  const list = await waitFor(uri, (l) => l.some((d) => d.code === 'syntax'));
  assert.ok(list.length > 0);
});

test('hover documents an nft keyword', async () => {
  const uri = open('examples/host-firewall.nft', 'nftables');
  const lines = readFileSync(path.join(ROOT, 'examples/host-firewall.nft'), 'utf8').split('\n');
  const line = lines.findIndex((l) => /\blimit rate\b/.test(l));
  assert.ok(line >= 0, 'the example has a limit statement');
  const hover = await connection.sendRequest('textDocument/hover', {
    textDocument: { uri }, position: { line, character: lines[line].indexOf('limit') + 1 },
  }) as { contents: { value: string } } | null;
  assert.match(hover?.contents.value ?? '', /limit/);
});
