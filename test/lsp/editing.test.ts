/** Editing features through the real server process over stdio: navigation, rename (and its refusals), formatting. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { applyLspEdits, positionOf, startClient, type Client } from './lsp-client';

type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string };
type Location = { uri: string; range: Edit['range'] };

let client: Client;

before(async () => {
  client = await startClient();
});

after(async () => {
  await client.stop();
});

const NFT = 'table inet t {\n  chain input {\n    type filter hook input priority 0; policy drop;\n    tcp dport 22 jump ssh\n  }\n  chain ssh {\n    accept\n  }\n}\n';

test('rename a chain: every jump and the declaration change, nothing else', async () => {
  const { uri, text } = client.open('test/lsp/rename.nft', 'nftables', NFT);
  const edit = await client.request<{ changes: Record<string, Edit[]> }>('textDocument/rename', {
    textDocument: { uri }, position: positionOf(text, 'jump ssh', 6), newName: 'admin',
  });
  assert.deepEqual(Object.keys(edit.changes), [uri]);
  assert.equal(applyLspEdits(text, edit.changes[uri]), NFT.replace('jump ssh', 'jump admin').replace('chain ssh', 'chain admin'));
});

test('rename in a file with rule-logic problems (reported a step after the quick ones) is not refused for them', async () => {
  const text = 'table inet t {\n  chain input {\n    type filter hook input priority 0; policy drop;\n    tcp dport 22 jump ssh\n    tcp dport 22 jump ssh\n  }\n  chain ssh {\n    accept\n  }\n}\n';
  const { uri } = client.open('test/lsp/rename-redundant.nft', 'nftables', text);
  const edit = await client.request<{ changes: Record<string, Edit[]> }>('textDocument/rename', {
    textDocument: { uri }, position: positionOf(text, 'chain ssh', 6), newName: 'admin',
  });
  assert.equal(applyLspEdits(text, edit.changes[uri]), text.replaceAll('jump ssh', 'jump admin').replace('chain ssh', 'chain admin'));
});

test('rename refuses a keyword and a taken name with an error the editor shows', async () => {
  const { uri, text } = client.open('test/lsp/refuse.nft', 'nftables', NFT);
  const params = { textDocument: { uri }, position: positionOf(text, 'chain ssh', 7) };
  await assert.rejects(client.request('textDocument/rename', { ...params, newName: 'counter' }),
    (error: { code: number; message: string }) => error.code === -32803 && /nft reads 'counter' as a keyword/.test(error.message));
  await assert.rejects(client.request('textDocument/rename', { ...params, newName: 'input' }),
    (error: { message: string }) => /a chain named 'input' already exists in table inet t/.test(error.message));
});

test('prepareRename refuses an iptables built-in chain and gives the range of a user chain', async () => {
  const text = '*filter\n:INPUT ACCEPT [0:0]\n:web - [0:0]\n-A INPUT -j web\nCOMMIT\n';
  const { uri } = client.open('test/lsp/prepare.rules.v4', 'iptables', text);
  await assert.rejects(client.request('textDocument/prepareRename', { textDocument: { uri }, position: positionOf(text, 'INPUT ACCEPT', 1) }),
    (error: { message: string }) => /built-in chain/.test(error.message));
  const prepared = await client.request<{ range: Edit['range']; placeholder: string }>('textDocument/prepareRename', {
    textDocument: { uri }, position: positionOf(text, '-j web', 4),
  });
  assert.equal(prepared.placeholder, 'web');
});

test('definition of a variable opens the included file that defines it', async () => {
  const { uri, text } = client.open('examples/router.nft', 'nftables');
  const locations = await client.request<Location[]>('textDocument/definition', {
    textDocument: { uri }, position: positionOf(text, '$lan_if', 2),
  });
  assert.equal(locations.length, 1);
  assert.match(locations[0].uri, /examples\/include\/defines\.nft$/);
  const references = await client.request<Location[]>('textDocument/references', {
    textDocument: { uri }, position: positionOf(text, '$wan_if', 2), context: { includeDeclaration: true },
  });
  assert.ok(references.length >= 5, `references of $wan_if: ${references.length}`);
});

test('formatting gives the canonical layout, and nothing more the second time', async () => {
  const messy = 'table inet t { chain c { type filter hook input priority 0; policy drop; tcp dport {22,80} accept; } }\n';
  const { uri } = client.open('test/lsp/format.nft', 'nftables', messy);
  const edits = await client.request<Edit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 8, insertSpaces: false } });
  const formatted = applyLspEdits(messy, edits);
  assert.equal(formatted, 'table inet t {\n\tchain c {\n\t\ttype filter hook input priority 0; policy drop;\n\t\ttcp dport { 22, 80 } accept\n\t}\n}\n');
  const again = client.open('test/lsp/format-again.nft', 'nftables', formatted);
  assert.deepEqual(await client.request<Edit[]>('textDocument/formatting', { textDocument: { uri: again.uri }, options: { tabSize: 8, insertSpaces: false } }), []);
});

test('range formatting touches only the selected lines of an iptables file', async () => {
  const text = '*filter\n-A   INPUT -j ACCEPT\n-A   INPUT -j DROP\nCOMMIT\n';
  const { uri } = client.open('test/lsp/range.rules.v4', 'iptables', text);
  const edits = await client.request<Edit[]>('textDocument/rangeFormatting', {
    textDocument: { uri }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }, options: { tabSize: 8, insertSpaces: false },
  });
  assert.equal(applyLspEdits(text, edits), '*filter\n-A   INPUT -j ACCEPT\n-A INPUT -j DROP\nCOMMIT\n');
});

test('outline, folding, selection ranges, links, highlights, CodeLens, inlay hints and semantic tokens answer over stdio', async () => {
  const { uri, text } = client.open('examples/router.nft', 'nftables');
  const td = { textDocument: { uri } };
  const symbols = await client.request<{ name: string; children: { name: string; detail?: string }[] }[]>('textDocument/documentSymbol', td);
  const router = symbols.find((s) => s.name === 'router');
  assert.match(router?.children.find((c) => c.name === 'prerouting')?.detail ?? '', /hook prerouting priority dstnat \(-100\)/);
  const folds = await client.request<{ startLine: number }[]>('textDocument/foldingRange', td);
  assert.ok(folds.some((f) => f.startLine === positionOf(text, 'table inet router').line));
  const [selection] = await client.request<{ range: Edit['range']; parent?: unknown }[]>('textDocument/selectionRange', {
    ...td, positions: [positionOf(text, 'dport 22', 7)],
  });
  assert.ok(selection.parent, 'the selection grows');
  const links = await client.request<{ target: string }[]>('textDocument/documentLink', td);
  assert.deepEqual(links.map((l) => l.target.replace(/.*\/examples\//, '')), ['include/defines.nft', 'include/services.nft']);
  const highlights = await client.request<{ kind: number }[]>('textDocument/documentHighlight', { ...td, position: positionOf(text, '@bogons', 2) });
  assert.deepEqual(highlights.map((h) => h.kind).sort(), [2, 3], 'the declaration is written (3), the use read (2)');
  const lenses = await client.request<{ command: { title: string; command: string } }[]>('textDocument/codeLens', td);
  assert.ok(lenses.some((l) => l.command.title === '1 jump from map inbound_by_iface' && l.command.command === 'nfrules.showReferences'));
  const hints = await client.request<{ label: string }[]>('textDocument/inlayHint', { ...td, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } });
  assert.ok(hints.some((h) => h.label === '= -100'), JSON.stringify(hints));
  const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', td);
  assert.ok(tokens.data.length > 0 && tokens.data.length % 5 === 0);
});

test('workspace symbols include rule files of the workspace folder that are not open', async () => {
  const folders = await startClient(['examples']);
  try {
    const found = await folders.request<{ name: string; location: { uri: string } }[]>('workspace/symbol', { query: 'ssh_bl' });
    assert.ok(found.some((s) => s.name === 'ssh_blocklist' && s.location.uri.endsWith('examples/host-firewall.nft')), JSON.stringify(found));
    const rules = await folders.request<{ name: string; location: { uri: string } }[]>('workspace/symbol', { query: 'LOG_DROP' });
    assert.ok(rules.some((s) => s.location.uri.endsWith('examples/rules.v4')));
  } finally {
    await folders.stop();
  }
});
