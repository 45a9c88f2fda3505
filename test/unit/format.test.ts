import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatEdits, formatText } from '../../server/src/features/format';
import { applyEdits } from '../../server/src/features/ranges';
import type { Dialect } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';

/** Formats a text; also checks that formatting the result again changes nothing. */
async function format(dialect: Dialect, text: string): Promise<string> {
  await initParsers();
  const once = formatOnce(dialect, text);
  assert.equal(formatOnce(dialect, once), once, 'formatting is idempotent');
  return once;
}

function formatOnce(dialect: Dialect, text: string): string {
  const file = { uri: 'file:///f', text, dialect, tree: parse(dialect, text) };
  try {
    return formatText(file);
  } finally {
    file.tree.delete();
  }
}

test('nft: a one-line ruleset gets the layout nft list ruleset prints', async () => {
  const got = await format('nftables',
    'table inet t { set s { type ipv4_addr; flags interval , timeout; elements={10.0.0.0/8,192.168.0.0/16} }\n' +
    'chain c { type filter hook input priority filter - 10; policy drop; tcp dport {22,80} accept; ct state established , related accept; } }\n');
  assert.equal(got, `table inet t {
\tset s {
\t\ttype ipv4_addr
\t\tflags interval,timeout
\t\telements = { 10.0.0.0/8, 192.168.0.0/16 }
\t}

\tchain c {
\t\ttype filter hook input priority filter - 10; policy drop;
\t\ttcp dport { 22, 80 } accept
\t\tct state established,related accept
\t}
}
`);
});

test('nft: type and policy on one line, each with its ;, and maps spaced like nft prints them', async () => {
  const got = await format('nftables', 'table ip t {\n  chain c {\n    type nat hook prerouting priority dstnat\n    policy accept\n    dnat to tcp dport map { 80:10.0.0.1 , 443 :10.0.0.2 }\n  }\n  map m {\n    type inet_service:verdict\n    elements = { 22:jump c }\n  }\n}\n');
  assert.equal(got, 'table ip t {\n\tchain c {\n\t\ttype nat hook prerouting priority dstnat; policy accept;\n\t\tdnat to tcp dport map { 80 : 10.0.0.1, 443 : 10.0.0.2 }\n\t}\n\n\tmap m {\n\t\ttype inet_service : verdict\n\t\telements = { 22 : jump c }\n\t}\n}\n');
});

test('nft: comments stay where they were, on their own line or after the code', async () => {
  const got = await format('nftables', '#!/usr/sbin/nft -f\n# head\n\n\n\ntable ip t { # the table   \n  # own line\n      chain c {   # after a brace\n  accept ; # after a semicolon\n\n\n  # before the end\n  }\n  }\n');
  assert.equal(got, '#!/usr/sbin/nft -f\n# head\n\ntable ip t { # the table\n\t# own line\n\tchain c { # after a brace\n\t\taccept # after a semicolon\n\n\t\t# before the end\n\t}\n}\n');
});

test('nft: multi-line anonymous sets and line continuations keep their line breaks', async () => {
  const got = await format('nftables', 'define hosts = {\n    10.0.0.1,   # a\n  10.0.0.2,\n}\ntable ip t {\nchain c {\nip saddr { 10.0.0.1,\n 10.0.0.2 } \\\n      accept\n}\n}\n');
  assert.equal(got, 'define hosts = {\n\t10.0.0.1, # a\n\t10.0.0.2,\n}\ntable ip t {\n\tchain c {\n\t\tip saddr { 10.0.0.1,\n\t\t\t10.0.0.2 } \\\n\t\t\taccept\n\t}\n}\n');
});

test('nft: a command body written on one line stays on one line; over several lines it becomes a block', async () => {
  const got = await format('nftables', 'add table inet t\nadd chain inet t c {type filter hook input priority 0;policy accept;}\nadd chain inet t d {\ntype filter hook output priority 0\n}\nadd rule inet t c  tcp dport {22,80}  accept\n');
  assert.equal(got, 'add table inet t\nadd chain inet t c { type filter hook input priority 0; policy accept; }\nadd chain inet t d {\n\ttype filter hook output priority 0;\n}\nadd rule inet t c tcp dport { 22, 80 } accept\n');
});

test('nft: a table with a syntax error is kept exactly as written, the rest is formatted', async () => {
  const broken = 'table ip bad {\n  chain c {\n      tcp dport 22 acceptt drop\n  }\n}\n';
  const got = await format('nftables', `${broken}table ip good {\n  chain c {\n      accept\n  }\n}\n`);
  assert.equal(got, `${broken}table ip good {\n\tchain c {\n\t\taccept\n\t}\n}\n`);
});

test('nft: what sits next to a part kept as written stays on its line (a line end would end an nft statement)', async () => {
  const got = await format('nftables', 'table ip a {\n  chain c {\n  accept\n  }\n} }\ntable   ip b {\n}\n');
  assert.equal(got, 'table ip a {\n\tchain c {\n\t\taccept\n\t}\n} }\ntable ip b {\n}\n');
});

test('iptables: single spaces, no trailing blanks, LF line ends, strings and comments untouched', async () => {
  const got = await format('iptables', '\r\n# dump   \r\n*filter\r\n:INPUT   ACCEPT [0:0]\r\n\r\n\r\n-A INPUT  -p tcp\t--dport 22 -m comment --comment "two  spaces" -j ACCEPT   \r\n  -A INPUT -j DROP\r\nCOMMIT\r\n');
  assert.equal(got, '# dump\n*filter\n:INPUT ACCEPT [0:0]\n\n-A INPUT -p tcp --dport 22 -m comment --comment "two  spaces" -j ACCEPT\n-A INPUT -j DROP\nCOMMIT\n');
});

test('iptables: a line with a syntax error is kept as written', async () => {
  const got = await format('iptables', '*filter\n-A   INPUT -j ACCEPT\n-A INPUT  "unterminated\n-A  INPUT -j DROP\nCOMMIT\n');
  assert.equal(got, '*filter\n-A INPUT -j ACCEPT\n-A INPUT  "unterminated\n-A INPUT -j DROP\nCOMMIT\n');
});

test('range formatting changes only the lines in the range', async () => {
  await initParsers();
  const text = '*filter\n-A   INPUT -j ACCEPT\n-A   INPUT -j DROP\nCOMMIT\n';
  const file = { uri: 'file:///f', text, dialect: 'iptables' as const, tree: parse('iptables', text) };
  try {
    const { edits } = formatEdits(file, { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
    assert.equal(applyEdits(text, edits), '*filter\n-A   INPUT -j ACCEPT\n-A INPUT -j DROP\nCOMMIT\n');
    const whole = formatEdits(file);
    assert.equal(applyEdits(text, whole.edits), '*filter\n-A INPUT -j ACCEPT\n-A INPUT -j DROP\nCOMMIT\n');
  } finally {
    file.tree.delete();
  }
});

test('a formatted file gives no edits', async () => {
  await initParsers();
  const text = 'table inet t {\n\tchain c {\n\t\taccept\n\t}\n}\n';
  const file = { uri: 'file:///f', text, dialect: 'nftables' as const, tree: parse('nftables', text) };
  try {
    assert.deepEqual(formatEdits(file), { edits: [] });
  } finally {
    file.tree.delete();
  }
});

test('range formatting after document formatting (the layout kept per tree) gives the edits of a fresh tree', async () => {
  await initParsers();
  const text = 'table inet t {\n  chain c {\n      type filter hook input priority 0;policy drop\n  tcp dport {22,80} accept\n }\n    set s { type ipv4_addr;elements={ 10.0.0.1,10.0.0.2 } }\n}\n';
  const ranges = [
    { start: { line: 0, character: 0 }, end: { line: 1, character: 3 } },
    { start: { line: 3, character: 2 }, end: { line: 3, character: 9 } },
    { start: { line: 5, character: 0 }, end: { line: 6, character: 1 } },
  ];
  const shared = { uri: 'file:///f', text, dialect: 'nftables' as const, tree: parse('nftables', text) };
  try {
    assert.ok(formatEdits(shared).edits.length > 0);
    for (const range of ranges) {
      const fresh = { ...shared, tree: parse('nftables', text) };
      try {
        assert.deepEqual(formatEdits(shared, range), formatEdits(fresh, range));
      } finally {
        fresh.tree.delete();
      }
    }
    assert.equal(applyEdits(text, formatEdits(shared).edits), formatText(shared));
  } finally {
    shared.tree.delete();
  }
});
