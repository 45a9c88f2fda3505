import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hoverAt } from '../../server/src/features/hover';
import { fixture } from './fixture';

async function hover(dialect: 'nftables' | 'iptables', source: string): Promise<string> {
  const { file, result, cursor } = await fixture(dialect, source);
  try {
    return hoverAt(result, file, cursor)?.contents ?? '';
  } finally {
    file.tree.delete();
  }
}

test('nft statement keyword is documented', async () => {
  const text = await hover('nftables', 'table inet t {\n  chain c {\n    tcp dport 22 li┃mit rate 10/minute accept\n  }\n}\n');
  assert.match(text, /\*\*limit\*\*/);
  assert.match(text, /Example/);
});

test('nft selector field shows its type', async () => {
  const text = await hover('nftables', 'table inet t {\n  chain c {\n    tcp dp┃ort 22 accept\n  }\n}\n');
  assert.match(text, /tcp dport/);
  assert.match(text, /inet_service/);
});

test('iptables option is found in the module loaded by -p', async () => {
  const text = await hover('iptables', '*filter\n-A INPUT -p tcp --dp┃ort 22 -j ACCEPT\nCOMMIT\n');
  assert.match(text, /--dport/);
  assert.match(text, /match `tcp`/);
});

test('iptables target name shows where the kernel allows it', async () => {
  const text = await hover('iptables', '*mangle\n-A PREROUTING -p tcp -j TPR┃OXY --on-port 1\nCOMMIT\n');
  assert.match(text, /TPROXY/);
  assert.match(text, /mangle/);
});

test('a syntax error explains itself on hover', async () => {
  const { file, result } = await fixture('nftables', 'table inet t {\n  chain c {\n    tcp dport 22 accept\n');
  const problem = result.problems.find((p) => p.code === 'syntax');
  assert.ok(problem, 'the fixture has a syntax error');
  const text = hoverAt(result, file, problem.location.range.start)?.contents ?? '';
  file.tree.delete();
  assert.match(text, /`syntax`/);
});
