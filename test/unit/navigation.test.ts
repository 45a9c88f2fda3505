import assert from 'node:assert/strict';
import { test } from 'node:test';
import { definitionAt, highlightsAt, referencesAt } from '../../server/src/features/navigation';
import { workspace } from './workspace-fixture';

async function definitions(files: Record<string, string>): Promise<string[]> {
  const ws = await workspace(files);
  try {
    return ws.mark(definitionAt(ws.index, ws.cursor.uri, ws.cursor.position));
  } finally {
    ws.dispose();
  }
}

async function references(files: Record<string, string>, includeDeclaration = true): Promise<string[]> {
  const ws = await workspace(files);
  try {
    return ws.mark(referencesAt(ws.index, ws.cursor.uri, ws.cursor.position, includeDeclaration));
  } finally {
    ws.dispose();
  }
}

const NFT_CHAINS = `table inet t {
\tchain input {
\t\ttype filter hook input priority 0; policy drop;
\t\ttcp dport 22 jump ssh
\t\tudp dport 53 goto dns
\t\tiifname vmap { "eth0" : jump ssh, "eth1" : accept }
\t}
\tchain ssh {
\t\taccept comment "ssh"
\t}
\tchain dns {
\t\taccept
\t}
}
table ip other {
\tchain ssh {
\t}
}
`;

test('nft: definition of a jump target is its chain in the same table', async () => {
  const got = await definitions({ 'main.nft': NFT_CHAINS.replace('jump ssh\n', 'jump s┃sh\n') });
  assert.deepEqual(got, ['main.nft: chain [ssh] {']);
});

test('nft: references of a chain include jumps, gotos and verdict map entries, not the other table or a comment', async () => {
  const got = await references({ 'main.nft': NFT_CHAINS.replace('chain ssh {\n\t\taccept', 'chain s┃sh {\n\t\taccept') });
  assert.deepEqual(got, [
    'main.nft: tcp dport 22 jump [ssh]',
    'main.nft: iifname vmap { "eth0" : jump [ssh], "eth1" : accept }',
    'main.nft: chain [ssh] {',
  ]);
  const gotos = await references({ 'main.nft': NFT_CHAINS.replace('goto dns', 'goto d┃ns') }, false);
  assert.deepEqual(gotos, ['main.nft: udp dport 53 goto [dns]']);
});

test('nft: sets and maps by @name, across an included file', async () => {
  const files = {
    'main.nft': 'include "sets.nft"\ntable inet t {\n\tchain c {\n\t\tip saddr @bl┃ock drop\n\t\tip daddr @block drop\n\t}\n}\n',
    'sets.nft': 'table inet t {\n\tset block {\n\t\ttype ipv4_addr\n\t}\n}\n',
  };
  assert.deepEqual(await definitions(files), ['sets.nft: set [block] {']);
  assert.deepEqual(await references(files), [
    'main.nft: ip saddr @[block] drop',
    'main.nft: ip daddr @[block] drop',
    'sets.nft: set [block] {',
  ]);
});

test('nft: variables from a define in an included file (glob)', async () => {
  const files = {
    'main.nft': 'include "conf.d/*.nft"\ntable inet t {\n\tchain c {\n\t\ttcp dport $web_po┃rts accept\n\t}\n}\n',
    'conf.d/ports.nft': 'define web_ports = { 80, 443 }\n# web_ports is used in main.nft\n',
  };
  assert.deepEqual(await definitions(files), ['conf.d/ports.nft: define [web_ports] = { 80, 443 }']);
  assert.deepEqual(await references(files), ['conf.d/ports.nft: define [web_ports] = { 80, 443 }', 'main.nft: tcp dport $[web_ports] accept']);
});

test('nft: named objects, flowtables and command-style rules', async () => {
  const counters = await references({
    'main.nft': 'table ip t {\n\tcounter hits {\n\t}\n\tchain c {\n\t\tcounter name "h┃its"\n\t}\n}\n',
  });
  assert.deepEqual(counters, ['main.nft: counter [hits] {', 'main.nft: counter name "[hits]"']);
  const flows = await references({
    'main.nft': 'table inet t {\n\tflowtable f┃t {\n\t\thook ingress priority 0\n\t}\n\tchain c {\n\t\tflow add @ft\n\t}\n}\n',
  });
  assert.deepEqual(flows, ['main.nft: flowtable [ft] {', 'main.nft: flow add @[ft]']);
  const commands = await references({
    'main.nft': 'add table ip t\nadd chain ip t c┃\nadd rule ip t c accept\nadd rule ip t input jump c\n',
  });
  assert.deepEqual(commands, ['main.nft: add chain ip t [c]', 'main.nft: add rule ip t [c] accept', 'main.nft: add rule ip t input jump [c]']);
});

const IPT = `*filter
:INPUT DROP [0:0]
:SSH - [0:0]
-A INPUT -p tcp --dport 22 -j SSH
-A INPUT -m comment --comment "SSH" -j LOG
-A SSH -s 10.0.0.0/8 -j ACCEPT
-A SSH -j DROP
COMMIT
*nat
:SSH - [0:0]
-A SSH -j RETURN
COMMIT
`;

test('iptables: references of a chain are its declaration, its rules and the jumps, in its table only', async () => {
  const got = await references({ 'rules.v4': IPT.replace('-j SSH', '-j SS┃H') });
  assert.deepEqual(got, [
    'rules.v4: :[SSH] - [0:0]',
    'rules.v4: -A INPUT -p tcp --dport 22 -j [SSH]',
    'rules.v4: -A [SSH] -s 10.0.0.0/8 -j ACCEPT',
    'rules.v4: -A [SSH] -j DROP',
  ]);
  assert.deepEqual(await definitions({ 'rules.v4': IPT.replace('-A SSH -j DROP', '-A S┃SH -j DROP') }), ['rules.v4: :[SSH] - [0:0]']);
});

test('highlights are the occurrences in the current file, declarations written', async () => {
  const ws = await workspace({ 'main.nft': NFT_CHAINS.replace('goto dns', 'goto d┃ns') });
  try {
    const got = highlightsAt(ws.index, ws.cursor.uri, ws.cursor.position);
    assert.deepEqual(got.map((h) => h.kind).sort(), ['read', 'write']);
  } finally {
    ws.dispose();
  }
});

test('nothing is found on a keyword or a value', async () => {
  assert.deepEqual(await definitions({ 'main.nft': NFT_CHAINS.replace('tcp dport 22', 'tcp dp┃ort 22') }), []);
  assert.deepEqual(await references({ 'rules.v4': IPT.replace('-j LOG', '-j L┃OG') }), []);
});
