/** Completion and hover through the real server process (dist/server.js) over stdio, as an editor asks for them. */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const ROOT = path.resolve(__dirname, '../../..');
let server: ChildProcess;
let connection: MessageConnection;
let capabilities: { completionProvider?: { triggerCharacters?: string[] }; hoverProvider?: boolean } = {};

interface Item {
  label: string;
  kind?: number;
  detail?: string;
  sortText?: string;
  documentation?: { kind: string; value: string };
  textEdit?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
  insertTextFormat?: number;
}

before(async () => {
  server = spawn(process.execPath, [path.join(ROOT, 'dist/server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  connection.onNotification('textDocument/publishDiagnostics', () => undefined);
  connection.listen();
  const init = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } } } } }) as { capabilities: typeof capabilities };
  capabilities = init.capabilities;
  connection.sendNotification('initialized', {});
});

after(async () => {
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  connection.dispose();
  server.kill();
});

let version = 0;

/** Opens a document whose `┃` marks the cursor; returns its uri and the cursor position. */
function open(name: string, languageId: string, source: string): { uri: string; position: { line: number; character: number } } {
  const offset = source.indexOf('┃');
  const text = source.replace('┃', '');
  const lines = text.slice(0, offset).split('\n');
  const uri = `file:///lsp-test/${name}`;
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: ++version, text } });
  return { uri, position: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}

async function complete(uri: string, position: { line: number; character: number }): Promise<Item[]> {
  const list = await connection.sendRequest('textDocument/completion', { textDocument: { uri }, position }) as { items: Item[] } | null;
  return list?.items ?? [];
}

test('the server announces completion with trigger characters, and hover', () => {
  assert.ok(capabilities.completionProvider, 'completionProvider');
  assert.ok(capabilities.completionProvider.triggerCharacters?.includes('-'));
  assert.equal(capabilities.hoverProvider, true);
});

test('iptables: options of the loaded module, each replacing the typed word, with markdown docs', async () => {
  const { uri, position } = open('a.rules', 'iptables', '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp -m conntrack --ctst┃\nCOMMIT\n');
  const items = await complete(uri, position);
  const state = items.find((i) => i.label === '--ctstate');
  assert.ok(state, 'conntrack options offered');
  assert.equal(state.kind, 10, 'an option is a Property item');
  assert.equal(state.documentation?.kind, 'markdown');
  assert.match(state.documentation?.value ?? '', /ESTABLISHED/);
  assert.deepEqual(state.textEdit?.range, { start: { line: 2, character: 29 }, end: { line: 2, character: 35 } });
  assert.ok(items.some((i) => i.label === '--dport'), 'the implicit tcp match from -p');
});

test('nft: values of a typed selector and snippets formatted as snippets', async () => {
  const doc = open('b.nft', 'nftables', 'table inet t {\n  chain c {\n    type filter hook input priority 0;\n    ct state ┃\n  }\n}\n');
  const items = await complete(doc.uri, doc.position);
  for (const state of ['new', 'established', 'related', 'invalid']) assert.ok(items.some((i) => i.label === state), state);
  const rule = open('c.nft', 'nftables', 'table inet t {\n  chain c {\n    type filter hook input priority 0;\n    ┃\n  }\n}\n');
  const starts = await complete(rule.uri, rule.position);
  const snippet = starts.find((i) => i.label === 'allow tcp ports');
  assert.equal(snippet?.insertTextFormat, 2, 'snippet items use the snippet format');
  assert.ok(starts.some((i) => i.label === 'tcp') && starts.some((i) => i.label === 'accept'));
});

test('completion right after an edit answers from the new text', async () => {
  const { uri } = open('d.nft', 'nftables', 'table inet t {\n  chain c {\n    type filter hook input priority 0;\n    \n  }\n}\n');
  connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: ++version },
    contentChanges: [{ range: { start: { line: 3, character: 4 }, end: { line: 3, character: 4 } }, text: 'tcp ' }],
  });
  const items = await complete(uri, { line: 3, character: 8 });
  assert.ok(items.some((i) => i.label === 'dport'), `tcp fields after the edit: ${items.slice(0, 10).map((i) => i.label).join(' ')}`);
});

test('hover: a chain jumped to, and a port number', async () => {
  const { uri } = open('e.nft', 'nftables', 'table inet t {\n  chain c {\n    type filter hook input priority 0;\n    tcp dport 22 jump ssh\n  }\n  chain ssh {\n    accept\n  }\n}\n');
  const chain = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 23 } }) as { contents: { kind: string; value: string }; range: unknown } | null;
  assert.equal(chain?.contents.kind, 'markdown');
  assert.match(chain?.contents.value ?? '', /regular chain `ssh`[\s\S]*1 jump or goto leads here/);
  const port = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 3, character: 15 } }) as { contents: { value: string } } | null;
  assert.match(port?.contents.value ?? '', /port 22: `ssh`/);
});
