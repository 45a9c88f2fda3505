import assert from 'node:assert/strict';
import { test } from 'node:test';
import { prepareRename, renameAt } from '../../server/src/features/rename';
import { checkRename } from '../../server/src/features/rename-check';
import { applyEdits } from '../../server/src/features/ranges';
import { workspace } from './workspace-fixture';

/** Renames the name under the cursor; returns the new text of every file (by path), or the refusal message. */
async function rename(files: Record<string, string>, newName: string): Promise<Record<string, string> | string> {
  const ws = await workspace(files);
  try {
    const result = renameAt(ws.index, ws.cursor.uri, ws.cursor.position, newName, ws.root.dialect, ws.sources);
    if (!result.ok) return result.message;
    const refusal = checkRename([{ file: ws.root, result: ws.result }], ws.sources, result.edits, ws.host);
    if (refusal) return refusal.message;
    const out: Record<string, string> = {};
    for (const [relative, file] of ws.files) out[relative] = applyEdits(file.text, result.edits.filter((e) => e.uri === file.uri));
    return out;
  } finally {
    ws.dispose();
  }
}

test('nft: a chain is renamed at its declaration and every jump, never in comments or strings', async () => {
  const got = await rename({
    'main.nft': `table inet t {
\t# ssh gets its own chain; "ssh" below is a comment text
\tchain input {
\t\ttcp dport 22 jump ssh comment "to ssh"
\t\tiifname vmap { "lo" : accept, "eth0" : goto ssh }
\t}
\tchain s┃sh {
\t\tlog prefix "ssh " accept
\t}
}
`,
  }, 'admin');
  assert.deepEqual(got, {
    'main.nft': `table inet t {
\t# ssh gets its own chain; "ssh" below is a comment text
\tchain input {
\t\ttcp dport 22 jump admin comment "to ssh"
\t\tiifname vmap { "lo" : accept, "eth0" : goto admin }
\t}
\tchain admin {
\t\tlog prefix "ssh " accept
\t}
}
`,
  });
});

test('nft: a variable is renamed in the included file that defines it and where it is used', async () => {
  const got = await rename({
    'main.nft': 'include "vars.nft"\ntable inet t {\n\tchain c {\n\t\tip saddr $adm┃ins accept\n\t}\n}\n',
    'vars.nft': 'define admins = { 10.0.0.1, 10.0.0.2 }\n',
  }, 'operators');
  assert.deepEqual(got, {
    'main.nft': 'include "vars.nft"\ntable inet t {\n\tchain c {\n\t\tip saddr $operators accept\n\t}\n}\n',
    'vars.nft': 'define operators = { 10.0.0.1, 10.0.0.2 }\n',
  });
});

test('nft: a set keeps its @ and a quoted name keeps its quotes', async () => {
  const got = await rename({
    'main.nft': 'table ip t {\n\tset "bl┃ock" {\n\t\ttype ipv4_addr\n\t}\n\tchain c {\n\t\tip saddr @block drop\n\t}\n}\n',
  }, 'deny');
  assert.deepEqual(got, { 'main.nft': 'table ip t {\n\tset "deny" {\n\t\ttype ipv4_addr\n\t}\n\tchain c {\n\t\tip saddr @deny drop\n\t}\n}\n' });
});

test('nft: refuses a keyword, a bad name and a name already taken in the table', async () => {
  const files = { 'main.nft': 'table ip t {\n\tchain a┃ {\n\t}\n\tchain b {\n\t\tjump a\n\t}\n}\ntable ip u {\n\tchain c {\n\t}\n}\n' };
  assert.match(await rename(files, 'counter') as string, /not a valid chain name: nft reads 'counter' as a keyword/);
  assert.match(await rename(files, '1st') as string, /not a valid chain name/);
  assert.match(await rename(files, 'b') as string, /cannot be renamed to 'b': a chain named 'b' already exists in table ip t/);
  // A chain of another table does not take the name.
  assert.equal(typeof await rename(files, 'c'), 'object');
});

test('nft: sets and maps share one namespace', async () => {
  const files = { 'main.nft': 'table ip t {\n\tset s┃ {\n\t\ttype ipv4_addr\n\t}\n\tmap m {\n\t\ttype ipv4_addr : verdict\n\t}\n}\n' };
  assert.match(await rename(files, 'm') as string, /a set or map named 'm' already exists/);
});

const IPT = '*filter\n:INPUT ACCEPT [0:0]\n:web - [0:0]\n-A INPUT -p tcp --dport 80 -j w┃eb\n-A web -j ACCEPT\n-A INPUT -m comment --comment "web" -j ACCEPT\nCOMMIT\n';

test('iptables: a user chain is renamed in its declaration, its rules and the jumps', async () => {
  assert.deepEqual(await rename({ 'rules.v4': IPT }, 'http'), {
    'rules.v4': '*filter\n:INPUT ACCEPT [0:0]\n:http - [0:0]\n-A INPUT -p tcp --dport 80 -j http\n-A http -j ACCEPT\n-A INPUT -m comment --comment "web" -j ACCEPT\nCOMMIT\n',
  });
});

test('iptables: refuses target names, verdicts, long names and built-in chains', async () => {
  assert.match(await rename({ 'rules.v4': IPT }, 'LOG') as string, /would load the LOG target/);
  assert.match(await rename({ 'rules.v4': IPT }, 'DROP') as string, /standard verdict/);
  assert.match(await rename({ 'rules.v4': IPT }, 'x'.repeat(29)) as string, /at most 28 characters/);
  assert.match(await rename({ 'rules.v4': IPT }, '-x') as string, /cannot start with '-'/);
  assert.match(await rename({ 'rules.v4': IPT }, 'OUTPUT') as string, /already exists|cannot be renamed/);
  const ws = await workspace({ 'rules.v4': IPT.replace(':INPUT', ':INP┃UT') });
  try {
    const prepared = prepareRename(ws.index, ws.cursor.uri, ws.cursor.position, 'iptables');
    assert.equal(prepared.ok, false);
    assert.match(prepared.ok ? '' : prepared.message, /built-in chain of table filter/);
  } finally {
    ws.dispose();
  }
});

test('prepareRename gives the name alone, and refuses where there is no name', async () => {
  const ws = await workspace({ 'main.nft': 'table ip t {\n\tchain c {\n\t\tip saddr @bl┃ock drop\n\t}\n}\n' });
  try {
    const prepared = prepareRename(ws.index, ws.cursor.uri, ws.cursor.position, 'nftables');
    assert.ok(prepared.ok);
    assert.deepEqual(ws.mark([{ uri: ws.cursor.uri, range: prepared.range }]), ['main.nft: ip saddr @[block] drop']);
    const none = prepareRename(ws.index, ws.cursor.uri, { line: 0, character: 1 }, 'nftables');
    assert.equal(none.ok, false);
  } finally {
    ws.dispose();
  }
});

test('the re-check refuses edits that would break the file', async () => {
  const ws = await workspace({ 'main.nft': 'table ip t {\n\tchain c {\n\t\tjump d\n\t}\n\tchain d {\n\t}\n}\n' });
  try {
    // Renaming only the declaration (as an incomplete index would) leaves `jump d` undefined.
    const declaration = ws.index.all().find((s) => s.declaration && s.name === 'd');
    assert.ok(declaration);
    const refusal = checkRename([{ file: ws.root, result: ws.result }], ws.sources,
      [{ uri: ws.root.uri, range: declaration.location.range, newText: 'e' }], ws.host);
    assert.match(refusal?.message ?? '', /would introduce a problem/);
  } finally {
    ws.dispose();
  }
});
