/**
 * Quick fixes: each fix applied to its fixture must remove the diagnostic it targets and leave a file that parses
 * without syntax errors (`fixResult` in fixture.ts checks both).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixResult } from './fixture';

test('missing-commit: COMMIT is added at the end of the unclosed table', async () => {
  const text = await fixResult('iptables', '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j ACCEPT\n', 'missing-commit', /Add COMMIT/);
  assert.equal(text, '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j ACCEPT\nCOMMIT\n');
});

test('missing-commit: a table followed by another table gets COMMIT before the next header', async () => {
  const text = await fixResult('iptables', '*nat\n-A PREROUTING -j ACCEPT\n*filter\n-A INPUT -j ACCEPT\nCOMMIT\n', 'missing-commit', /Add COMMIT/);
  assert.equal(text, '*nat\n-A PREROUTING -j ACCEPT\nCOMMIT\n*filter\n-A INPUT -j ACCEPT\nCOMMIT\n');
});

test('missing-commit: a file without a final newline', async () => {
  const text = await fixResult('iptables', '*filter\n-A INPUT -j ACCEPT', 'missing-commit', /Add COMMIT/);
  assert.equal(text, '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n');
});

test('delete rule: an iptables rule line goes away whole', async () => {
  const text = await fixResult('iptables', '*filter\n-A INPUT -j LOG\n-A INPUT -j ACCEPT\n-A INPUT -p tcp -j DROP\nCOMMIT\n', 'unreachable-rule', /Delete the unreachable rule/);
  assert.equal(text, '*filter\n-A INPUT -j LOG\n-A INPUT -j ACCEPT\nCOMMIT\n');
});

test('delete rule: an nft rule on its own line, and an inline rule with its separator', async () => {
  const lines = await fixResult('nftables', 'table ip t {\n  chain c {\n    drop\n    accept\n  }\n}\n', 'unreachable-rule', /Delete/);
  assert.equal(lines, 'table ip t {\n  chain c {\n    drop\n  }\n}\n');
  const inline = await fixResult('nftables', 'table ip t {\n  chain c {\n    type filter hook input priority 0; drop; accept\n  }\n}\n', 'unreachable-rule', /Delete/);
  assert.equal(inline, 'table ip t {\n  chain c {\n    type filter hook input priority 0; drop\n  }\n}\n');
});

test('delete rule: a redundant duplicate', async () => {
  const text = await fixResult('iptables', '*filter\n-A INPUT -s 192.0.2.1 -j DROP\n-A INPUT -s 192.0.2.1 -j DROP\nCOMMIT\n', 'redundant-rule', /Delete the redundant rule/);
  assert.equal(text, '*filter\n-A INPUT -s 192.0.2.1 -j DROP\nCOMMIT\n');
});

test('move TPROXY: iptables filter INPUT → a new mangle table, and into an existing mangle table', async () => {
  const created = await fixResult('iptables', '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 80 -j TPROXY --on-port 3128\nCOMMIT\n', 'wrong-table', /Move the TPROXY rule/);
  assert.equal(created, '*filter\n:INPUT ACCEPT [0:0]\nCOMMIT\n*mangle\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -p tcp --dport 80 -j TPROXY --on-port 3128\nCOMMIT\n');
  const moved = await fixResult('iptables', '*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 80 -j TPROXY --on-port 3128\nCOMMIT\n', 'wrong-hook', /Move the TPROXY rule/);
  assert.equal(moved, '*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n-A PREROUTING -p tcp --dport 80 -j TPROXY --on-port 3128\nCOMMIT\n');
});

test('move tproxy: nft input chain → a new prerouting chain in the same table', async () => {
  const text = await fixResult('nftables', 'table ip t {\n\tchain input {\n\t\ttype filter hook input priority 0;\n\t\tmeta l4proto tcp tproxy to :3128\n\t}\n}\n', 'wrong-hook', /prerouting chain/);
  assert.equal(text, 'table ip t {\n\tchain input {\n\t\ttype filter hook input priority 0;\n\t}\n\tchain tproxy_prerouting {\n\t\ttype filter hook prerouting priority mangle; policy accept;\n\t\tmeta l4proto tcp tproxy to :3128\n\t}\n}\n');
});
