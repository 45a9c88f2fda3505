import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inlayHints } from '../../server/src/features/inlay-hints';
import { workspace } from './workspace-fixture';

async function hints(files: Record<string, string>): Promise<string[]> {
  const ws = await workspace(files);
  try {
    const lines = ws.root.text.split('\n');
    const all = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
    return inlayHints(ws.result, ws.root, all).map((h) => `${lines[h.position.line].slice(0, h.position.character).trim()} «${h.label}»`);
  } finally {
    ws.dispose();
  }
}

test('nft: named priorities show their number, numbers their standard name', async () => {
  const got = await hints({
    'main.nft': 'table ip t {\n\tchain a {\n\t\ttype nat hook prerouting priority dstnat; policy accept;\n\t}\n\tchain b {\n\t\ttype filter hook input priority filter + 5;\n\t}\n\tchain c {\n\t\ttype filter hook prerouting priority -150;\n\t}\n\tchain d {\n\t\ttype filter hook forward priority -140;\n\t}\n\tchain e {\n\t\ttype filter hook forward priority 1000;\n\t}\n}\n',
  });
  assert.deepEqual(got, [
    'type nat hook prerouting priority dstnat «= -100»',
    'type filter hook input priority filter + 5 «= 5»',
    'type filter hook prerouting priority -150 «= mangle»',
    'type filter hook forward priority -140 «= mangle + 10»',
  ]);
});

test('iptables: built-in chains show the hook and priority of their table', async () => {
  const got = await hints({ 'rules.v4': '*mangle\n:PREROUTING ACCEPT [0:0]\n:mine - [0:0]\nCOMMIT\n*nat\n:POSTROUTING ACCEPT [0:0]\nCOMMIT\n' });
  assert.deepEqual(got, [':PREROUTING «hook prerouting, priority -150»', ':POSTROUTING «hook postrouting, priority 100»']);
});
