import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentSymbols, type OutlineItem } from '../../server/src/features/symbols';
import { declarations, matchesQuery } from '../../server/src/features/workspace-symbols';
import { workspace } from './workspace-fixture';

/** The outline as indented `kind name — detail` lines. */
function render(items: OutlineItem[], depth = 0): string[] {
  return items.flatMap((item) => [
    `${'  '.repeat(depth)}${item.kind} ${item.name}${item.detail ? ` — ${item.detail}` : ''}`,
    ...render(item.children, depth + 1),
  ]);
}

async function outline(files: Record<string, string>): Promise<string[]> {
  const ws = await workspace(files);
  try {
    return render(documentSymbols(ws.result, ws.root));
  } finally {
    ws.dispose();
  }
}

test('nft outline: tables, chains with hook and numeric priority, rules, sets, maps, flowtables, objects, variables', async () => {
  const got = await outline({
    'main.nft': `define admins = { 10.0.0.1, 10.0.0.2 }
table inet filter {
\tset blocked {
\t\ttype ipv4_addr
\t\tflags interval
\t}
\tmap ports {
\t\ttype inet_service : verdict
\t}
\tflowtable ft {
\t\thook ingress priority 0
\t\tdevices = { lo }
\t}
\tcounter hits {
\t}
\tchain input {
\t\ttype filter hook input priority filter + 10; policy drop;
\t\tip saddr $admins accept comment "admins"
\t\tjump user
\t}
\tchain user {
\t}
}
`,
  });
  assert.deepEqual(got.filter((l) => !/^ {2}(set|map|flowtable|object) /.test(l)), [
    'variable $admins — { 10.0.0.1, 10.0.0.2 }',
    'table filter — inet',
    '  chain input — type filter hook input priority filter + 10 (10) policy drop 2 rules',
    '    rule ip saddr $admins accept comment "admins" — admins',
    '    rule jump user',
    '  chain user — 0 rules',
  ]);
  // Sets and the rest: from the model when it has them, else from the declarations as written.
  assert.match(got.find((l) => l.startsWith('  set blocked')) ?? '', /type ipv4_addr/);
  assert.match(got.find((l) => l.startsWith('  map ports')) ?? '', /inet_service : verdict/);
  assert.match(got.find((l) => l.startsWith('  flowtable ft')) ?? '', /hook ingress priority 0/);
  assert.equal(got.find((l) => l.startsWith('  object hits')), '  object hits — counter');
});

test('iptables outline: a chain gathers its rules, built-in chains show hook, priority and policy', async () => {
  const got = await outline({
    'rules.v4': '*filter\n:INPUT DROP [0:0]\n:ssh - [0:0]\n-A INPUT -p tcp --dport 22 -j ssh\n-A ssh -j ACCEPT\n-A INPUT -j DROP\nCOMMIT\n*nat\n:POSTROUTING ACCEPT [0:0]\nCOMMIT\n',
  });
  assert.deepEqual(got, [
    'table filter — *filter',
    '  chain INPUT — hook input priority 0 policy DROP 2 rules',
    '    rule -A INPUT -p tcp --dport 22 -j ssh',
    '    rule -A INPUT -j DROP',
    '  chain ssh — 1 rule',
    '    rule -A ssh -j ACCEPT',
    'table nat — *nat',
    '  chain POSTROUTING — hook postrouting priority 100 policy ACCEPT 0 rules',
  ]);
});

test('outline ranges contain their selection ranges', async () => {
  const ws = await workspace({ 'rules.v4': '*filter\n:INPUT DROP [0:0]\n:a - [0:0]\n-A INPUT -j a\n-A a -j ACCEPT\nCOMMIT\n' });
  try {
    const check = (items: OutlineItem[]): void => {
      for (const item of items) {
        assert.ok(item.range.start.line <= item.selectionRange.start.line && item.selectionRange.end.line <= item.range.end.line, item.name);
        check(item.children);
      }
    };
    check(documentSymbols(ws.result, ws.root));
  } finally {
    ws.dispose();
  }
});

test('workspace symbols: declarations of a model and its includes, by fuzzy query', async () => {
  const ws = await workspace({
    'main.nft': 'include "defs.nft"\ntable inet t {\n\tchain input {\n\t}\n\tset allowed_hosts {\n\t\ttype ipv4_addr\n\t}\n}\n',
    'defs.nft': 'define web_ports = { 80, 443 }\n',
  });
  try {
    const items = declarations({ ruleset: ws.result.ruleset, files: ws.sources });
    const names = items.map((i) => `${i.kind} ${i.name}${i.container ? ` in ${i.container}` : ''}`).sort();
    assert.deepEqual(names, ['chain input in inet t', 'set allowed_hosts in inet t', 'table t in inet', 'variable $web_ports']);
    assert.deepEqual(items.filter((i) => matchesQuery(i.name, 'alho')).map((i) => i.name), ['allowed_hosts']);
    assert.equal(items.find((i) => i.name === '$web_ports')?.location.uri, ws.uriOf('defs.nft'));
  } finally {
    ws.dispose();
  }
});

test('nft outline of a command-style file: tables from the commands, chains with the rules added to them', async () => {
  const got = await outline({
    'main.nft': 'add table inet t\nadd chain inet t input { type filter hook input priority 0; policy drop; }\nadd set inet t allow { type ipv4_addr; }\nadd rule inet t input ip saddr @allow accept\nadd chain inet t user\nadd rule inet t user accept\n',
  });
  assert.deepEqual(got, [
    'table t — inet',
    '  chain input — type filter hook input priority 0 policy drop 1 rule',
    '    rule ip saddr @allow accept',
    '  set allow — type ipv4_addr 0 elements',
    '  chain user — 1 rule',
    '    rule accept',
  ]);
});
