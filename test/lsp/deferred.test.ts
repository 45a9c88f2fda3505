/**
 * The deferred rule-logic analyses through the real server: they run in slices between the other messages (a
 * completion asked for while they work is answered before they finish), and quick fixes are offered for the quick
 * problems without them and for their own problems once they are there.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { positionOf, startClient, type Client } from './lsp-client';

interface Diagnostic { code: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

let client: Client;
/** Everything the server sent, in order: publications by uri and version, completion notices, answers. */
const events: string[] = [];
const latest = new Map<string, Diagnostic[]>();
const waiters: (() => void)[] = [];

before(async () => {
  client = await startClient();
  client.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
    latest.set(params.uri, params.diagnostics);
    events.push(`publish ${params.uri} ${params.version}`);
    waiters.splice(0).forEach((w) => w());
  });
  client.connection.onNotification('nfrules/diagnosticsComplete', (params: { uri: string; version?: number }) => {
    events.push(`complete ${params.uri} ${params.version}`);
    waiters.splice(0).forEach((w) => w());
  });
});

after(async () => {
  await client.stop();
});

/** Waits (bounded) for an event the server sent (`event` is its start: the version may be left out). */
async function until(event: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!events.some((e) => e.startsWith(event))) {
    if (Date.now() > deadline) assert.fail(`no "${event}" in ${JSON.stringify(events.slice(-5))}`);
    await new Promise<void>((resolve) => {
      waiters.push(resolve);
      setTimeout(resolve, 500);
    });
  }
}

/** One long chain whose rule logic takes a while: distinct rules, and a covered one near the end. */
function longChain(rules: number): string {
  const lines = ['*filter', ':INPUT DROP [0:0]'];
  for (let i = 0; i < rules; i++) lines.push(`-A INPUT -s 10.${i >> 8}.${i & 255}.0/24 -p tcp --dport ${1000 + (i % 300)} -j ACCEPT`);
  lines.push('-A INPUT -s 10.0.5.9 -p tcp --dport 1005 -j ACCEPT', '-A INPUT -p tcp -j ', 'COMMIT', '');
  return lines.join('\n');
}

test('a completion asked for while the rule logic works is answered before it finishes', async () => {
  const text = longChain(3000);
  const { uri } = client.open('test/lsp/long-chain.rules', 'iptables', text);
  await until(`complete ${uri} `);
  assert.ok(latest.get(uri)?.some((d) => d.code === 'redundant-rule'), 'the covered rule is reported');
  const line = text.split('\n').findIndex((l) => l.startsWith('-A INPUT -s 10.0.5.9'));
  // Change the covered rule's port: its chain is scanned again.
  client.connection.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 100 },
    contentChanges: [{ range: { start: { line, character: 36 }, end: { line, character: 40 } }, text: '1006' }],
  });
  await until(`publish ${uri} 100`);
  const position = positionOf(text, '-A INPUT -p tcp -j ', 19);
  const items = await client.request<{ items: { label: string }[] } | { label: string }[]>('textDocument/completion', { textDocument: { uri }, position });
  events.push('completion answered');
  const labels = (Array.isArray(items) ? items : items.items).map((i) => i.label);
  assert.ok(labels.includes('ACCEPT'), `targets offered: ${labels.slice(0, 5).join(', ')}`);
  await until(`complete ${uri} 100`);
  assert.ok(events.indexOf('completion answered') < events.indexOf(`complete ${uri} 100`), events.slice(-4).join('; '));
  // Port 1006 from 10.0.5.9 is no longer inside an earlier rule's packets.
  assert.equal(latest.get(uri)?.some((d) => d.code === 'redundant-rule' && d.range.start.line === line), false);
});

test('quick fixes: for a quick problem at once, for a rule-logic problem the client shows', async () => {
  const text = '*filter\n:INPUT DROP [0:0]\n-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -p tcp --dport 22 -j ACCEPT\n-A INPUT -m state --state NEW -j ACCEPT\nCOMMIT\n';
  const { uri } = client.open('test/lsp/fixes.rules', 'iptables', text);
  await until(`complete ${uri} `);
  const shown = latest.get(uri) ?? [];
  const redundant = shown.find((d) => d.code === 'redundant-rule');
  const deprecated = shown.find((d) => d.code === 'deprecated-match');
  assert.ok(redundant && deprecated, JSON.stringify(shown.map((d) => d.code)));
  const actions = (range: Diagnostic['range'], diagnostics: Diagnostic[]): Promise<{ title: string; edit: { changes: Record<string, { newText: string }[]> } }[]> =>
    client.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  const forDeprecated = await actions(deprecated.range, []);
  assert.ok(forDeprecated.some((a) => /conntrack/.test(a.title)), JSON.stringify(forDeprecated.map((a) => a.title)));
  const forRedundant = await actions(redundant.range, [redundant]);
  assert.ok(forRedundant.some((a) => /^Delete/i.test(a.title)), JSON.stringify(forRedundant.map((a) => a.title)));
  // The diagnostics the client shows carry no server-side data: fixes come from the server's own check.
  assert.ok(shown.every((d) => !('data' in d)));
});
