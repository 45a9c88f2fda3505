/** nfrules/trace and nfrules/baseChains against the real server process (dist/server.js) over stdio. */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { TraceResponse } from '../../server/src/lsp/handlers/trace';
import type { BaseChainEntry } from '../../server/src/trace/index';

const ROOT = path.resolve(__dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'nfrules-lsp-trace-'));
let server: ChildProcess;
let connection: MessageConnection;

const NFT = `table inet host {
\tchain input {
\t\ttype filter hook input priority 10; policy drop;
\t\taccept
\t}
\tchain output {
\t\ttype filter hook output priority 0; policy accept;
\t}
}
`;
const IPT = `*filter
:INPUT ACCEPT [0:0]
-A INPUT -j DROP
COMMIT
`;

before(async () => {
  server = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  connection.sendNotification('initialized', {});
});

after(async () => {
  await connection.sendRequest('shutdown');
  // The exit notification must be written before the streams close, and the server gone before they are disposed.
  const exited = new Promise<void>((resolve) => {
    if (server.exitCode !== null) resolve();
    server.once('exit', () => resolve());
  });
  await connection.sendNotification('exit');
  await Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, 5000).unref())]);
  connection.dispose();
  server.kill();
  rmSync(dir, { recursive: true, force: true });
});

function openNft(name: string, text: string): string {
  const uri = pathToFileURL(path.join(dir, name)).href;
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nftables', version: 1, text } });
  return uri;
}

test('lists the base chains of the open document with a packet that reaches each', async () => {
  const uri = openNft('host.nft', NFT);
  const chains = await connection.sendRequest<BaseChainEntry[]>('nfrules/baseChains', { uri });
  assert.deepEqual(chains.map((c) => [c.chain, c.hook, c.priority, c.location.range.start.line, c.packet.origin]), [
    ['input', 'input', 10, 1, 'network'], ['output', 'output', 0, 5, 'local'],
  ]);
});

test('traces the open document together with an iptables file from disk, in priority order', async () => {
  const uri = openNft('host2.nft', NFT);
  const ipt = path.join(dir, 'rules.v4');
  writeFileSync(ipt, IPT);
  const reply = await connection.sendRequest<TraceResponse>('nfrules/trace', {
    uri, files: [pathToFileURL(ipt).href], packet: 'tcp 198.51.100.7:40000 > 192.0.2.1:22 iif eth0 S new',
  });
  assert.ok(reply.ok, JSON.stringify(reply));
  const trace = reply.trace;
  assert.equal(trace.delivered, 'dropped');
  assert.deepEqual(trace.steps.map((s) => [s.table, s.chain, s.verdict, s.rule?.location.range.start.line]), [['filter', 'INPUT', 'drop', 2]]);
  assert.equal(trace.rules.length, 2, 'every rule of both files, for dimming the ones not reached');
  const alone = await connection.sendRequest<TraceResponse>('nfrules/trace', { uri, packet: { family: 'ip', protocol: 'tcp' } });
  assert.ok(alone.ok);
  assert.deepEqual(alone.trace.steps.map((s) => [s.chain, s.verdict]), [['input', 'accept']]);
});

test('answers a bad packet with the reason, not an error', async () => {
  const uri = openNft('host3.nft', NFT);
  const reply = await connection.sendRequest<TraceResponse>('nfrules/trace', { uri, packet: 'tcp > nowhere' });
  assert.deepEqual(reply.ok, false);
  assert.match(reply.ok ? '' : reply.error, /not an IP address/);
});
