/**
 * Workspace trust through the real server (dist/server.js): told the workspace is untrusted, the server does not
 * read an included file outside the workspace folders and says why; trusted, it reads it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = path.resolve(__dirname, '../../..');
let dir = '';

before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'nfrules-trust-'));
  mkdirSync(path.join(dir, 'ws'));
  writeFileSync(path.join(dir, 'outside.nft'), 'define outer = 1\n');
  writeFileSync(path.join(dir, 'ws', 'inside.nft'), 'define inner = 1\n');
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Opens main.nft in the workspace with a server started as trusted or not; returns the include diagnostics. */
async function includeDiagnostics(trusted: boolean): Promise<string[]> {
  const server = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  const ws = pathToFileURL(path.join(dir, 'ws')).href;
  const uri = pathToFileURL(path.join(dir, 'ws', 'main.nft')).href;
  const published = new Promise<{ code: string; message: string }[]>((resolve) => {
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code: string; message: string }[] }) => {
      if (p.uri === uri) resolve(p.diagnostics);
    });
  });
  connection.onRequest('workspace/workspaceFolders', () => [{ uri: ws, name: 'ws' }]);
  connection.onRequest('workspace/configuration', () => []);
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  try {
    await connection.sendRequest('initialize', {
      processId: process.pid, rootUri: ws, workspaceFolders: [{ uri: ws, name: 'ws' }], capabilities: {},
      initializationOptions: { workspaceTrusted: trusted, includePaths: [] },
    });
    connection.sendNotification('initialized', {});
    const text = `include "inside.nft"\ninclude "${path.join(dir, 'outside.nft')}"\n`;
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'nftables', version: 1, text } });
    const list = await published;
    return list.filter((d) => String(d.code).startsWith('include-')).map((d) => `${d.code}: ${d.message}`);
  } finally {
    await connection.sendRequest('shutdown');
    const exited = new Promise((resolve) => server.once('exit', resolve));
    await connection.sendNotification('exit');
    await exited;
    connection.dispose();
  }
}

it('untrusted: an include outside the workspace is not read, with the reason', { timeout: 20_000 }, async () => {
  const outside = path.join(dir, 'outside.nft');
  assert.deepEqual(await includeDiagnostics(false), [`include-not-read: '${outside}': ${outside} is not read: the workspace is not trusted and the file is outside its folders.`]);
});

it('trusted: the same include is read', { timeout: 20_000 }, async () => {
  assert.deepEqual(await includeDiagnostics(true), []);
});
