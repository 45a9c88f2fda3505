import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectionRanges } from '../../server/src/features/selection-ranges';
import { textAt, workspace } from './workspace-fixture';

test('selection grows from the word to the match, the rule, the chain, the table and the file', async () => {
  const ws = await workspace({ 'main.nft': 'table inet t {\n\tchain c {\n\t\ttcp dport { 22, 8┃0 } accept\n\t}\n}\n' });
  try {
    const [ranges] = selectionRanges(ws.root, [ws.cursor.position]);
    const texts = ranges.map((r) => textAt(ws.root, r).split('\n')[0]);
    assert.deepEqual(texts.slice(0, 4), ['80', '{ 22, 80 }', 'tcp dport { 22, 80 }', 'tcp dport { 22, 80 } accept']);
    assert.ok(texts.includes('chain c {'));
    assert.equal(texts[texts.length - 1], 'table inet t {');
    for (let i = 1; i < ranges.length; i++) assert.notDeepEqual(ranges[i], ranges[i - 1]);
  } finally {
    ws.dispose();
  }
});

test('iptables: from an argument to its option, the rule and the table', async () => {
  const ws = await workspace({ 'rules.v4': '*filter\n-A INPUT -p tcp --dport 2┃2 -j ACCEPT\nCOMMIT\n' });
  try {
    const [ranges] = selectionRanges(ws.root, [ws.cursor.position]);
    const texts = ranges.map((r) => textAt(ws.root, r).split('\n')[0]);
    assert.deepEqual(texts.slice(0, 3), ['22', '--dport 22', '-A INPUT -p tcp --dport 22 -j ACCEPT']);
  } finally {
    ws.dispose();
  }
});
