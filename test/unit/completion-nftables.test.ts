import assert from 'node:assert/strict';
import { test } from 'node:test';
import { completionAt, type CompletionEnv, type CompletionResult } from '../../server/src/features/completion';
import { fixture } from './fixture';

/** Completion at the `┃` of an nft fixture (checked first, as the server does). */
async function complete(source: string, env: CompletionEnv = {}): Promise<CompletionResult> {
  const { file, result, cursor } = await fixture('nftables', source);
  try {
    return completionAt(file, cursor, { result, ...env });
  } finally {
    file.tree.delete();
  }
}

async function labels(source: string, env: CompletionEnv = {}): Promise<string[]> {
  return (await complete(source, env)).items.map((i) => i.label);
}

function has(list: string[], ...wanted: string[]): void {
  for (const w of wanted) assert.ok(list.includes(w), `${w} missing from ${list.slice(0, 50).join(' ')}`);
}

function lacks(list: string[], ...unwanted: string[]): void {
  for (const w of unwanted) assert.ok(!list.includes(w), `${w} should not be offered`);
}

/** A table with a set, a regular chain and a base chain whose body holds `rule` (one line). */
function inChain(rule: string, family = 'inet', declaration = 'type filter hook input priority filter; policy drop;'): string {
  return `define lan = 192.0.2.0/24\ntable ${family} t {\n  set blocked { type ipv4_addr; flags interval; }\n  set ports { type inet_service; }\n`
    + `  flowtable ft { hook ingress priority filter; devices = { lo }; }\n  chain c {\n    ${declaration}\n    ${rule}\n  }\n  chain other {\n  }\n}\n`;
}

test('the top level offers table, directives, commands and a table skeleton', async () => {
  has(await labels('┃'), 'table', 'define', 'include', 'add', 'list', 'flush', 'host firewall');
  has(await labels('table ┃'), 'inet', 'ip', 'ip6', 'netdev', 'bridge', 'arp');
});

test('a table body offers chains, sets, maps, objects and flags', async () => {
  has(await labels('table inet t {\n  ┃\n}\n'), 'chain', 'set', 'map', 'flowtable', 'counter', 'quota', 'ct', 'flags', 'base chain');
  has(await labels('table inet t {\n  flags ┃\n}\n'), 'dormant', 'owner');
});

test('a chain body offers declarations and everything a rule may start with', async () => {
  const list = await labels(inChain('┃'));
  has(list, 'type', 'policy', 'tcp', 'ip', 'ip6', 'ct', 'meta', 'iifname', 'accept', 'drop', 'jump', 'counter', 'log', 'limit', 'allow loopback');
  lacks(list, 'masquerade', 'snat', 'dnat'); // a filter chain
});

test('chain types, hooks and priorities are the ones the family accepts', async () => {
  has(await labels('table inet t {\n  chain c {\n    type ┃\n  }\n}\n'), 'filter', 'nat', 'route');
  const bridge = await labels('table bridge t {\n  chain c {\n    type ┃\n  }\n}\n');
  has(bridge, 'filter');
  lacks(bridge, 'nat', 'route');
  const natHooks = await labels('table ip t {\n  chain c {\n    type nat hook ┃\n  }\n}\n');
  has(natHooks, 'prerouting', 'postrouting', 'input', 'output');
  lacks(natHooks, 'forward');
  const prio = await complete('table ip t {\n  chain c {\n    type nat hook postrouting priority ┃\n  }\n}\n');
  has(prio.items.map((i) => i.label), 'srcnat', 'filter', 'raw');
  lacks(prio.items.map((i) => i.label), 'dstnat');
  assert.equal(prio.items.find((i) => i.label === 'srcnat')?.detail, 'priority 100');
  const bridgePrio = await complete('table bridge t {\n  chain c {\n    type filter hook prerouting priority ┃\n  }\n}\n');
  assert.equal(bridgePrio.items.find((i) => i.label === 'dstnat')?.detail, 'priority -300');
  has(await labels('table netdev t {\n  chain c {\n    type filter hook ingress ┃\n  }\n}\n'), 'device', 'priority');
  has(await labels('table inet t {\n  chain c {\n    policy ┃\n  }\n}\n'), 'accept', 'drop');
});

test('fields after a protocol or expression keyword, with their types', async () => {
  const tcp = await complete(inChain('tcp ┃'));
  has(tcp.items.map((i) => i.label), 'dport', 'sport', 'flags', 'option');
  assert.match(tcp.items.find((i) => i.label === 'dport')?.detail ?? '', /inet_service/);
  has(await labels(inChain('ct ┃')), 'state', 'mark', 'status', 'original', 'reply', 'count');
  has(await labels(inChain('ct original ┃')), 'saddr', 'proto-dst', 'ip');
  has(await labels(inChain('meta ┃')), 'l4proto', 'mark', 'iifname', 'nfproto');
  has(await labels(inChain('tcp option ┃')), 'maxseg', 'sack-perm');
  has(await labels(inChain('fib daddr ┃')), 'type', 'oif', '.');
});

test('values of typed selectors', async () => {
  const state = await complete(inChain('ct state ┃'));
  has(state.items.map((i) => i.label), 'new', 'established', 'related', 'invalid', 'untracked');
  assert.match(state.items.find((i) => i.label === 'related')?.documentation ?? '', /expected/);
  has(await labels(inChain('ct state established,┃')), 'related', 'new');
  has(await labels(inChain('meta l4proto ┃')), 'tcp', 'udp', 'ipv6-icmp', 'sctp');
  has(await labels(inChain('icmp type ┃')), 'echo-request', 'destination-unreachable');
  has(await labels(inChain('icmpv6 type ┃')), 'nd-neighbor-solicit', 'echo-request');
  has(await labels(inChain('tcp flags ┃')), 'syn', 'ack', 'rst', '&', '==');
  has(await labels(inChain('ct state { established, ┃ }')), 'related');
  has(await labels(inChain('iifname ┃'), { interfaces: ['eth0'] }), '"eth0"', '"lo"');
});

test('sets and variables whose type fits', async () => {
  const ip = await labels(inChain('ip saddr ┃'));
  has(ip, '@blocked', '$lan');
  lacks(ip, '@ports');
  const port = await labels(inChain('tcp dport ┃'));
  has(port, '@ports', 'ssh');
  lacks(port, '@blocked');
  has(await labels(inChain('flow add ┃')), '@ft');
  has(await labels(inChain('add ┃')), '@blocked', '@ports');
});

test('jump and goto offer regular chains, never base chains', async () => {
  const list = await labels(inChain('tcp dport 22 jump ┃'));
  has(list, 'other');
  lacks(list, 'c');
  has(await labels(inChain('tcp dport vmap { 22 : ┃ }')), 'accept', 'drop', 'jump');
  has(await labels(inChain('tcp dport vmap { 22 : jump ┃ }')), 'other');
});

test('statement options and their values', async () => {
  has(await labels(inChain('log ┃')), 'prefix', 'level', 'group', 'flags', 'accept');
  has(await labels(inChain('log level ┃')), 'warn', 'info', 'audit');
  has(await labels(inChain('log flags tcp ┃')), 'sequence', 'options');
  has(await labels(inChain('reject with ┃')), 'icmp', 'icmpv6', 'icmpx', 'tcp');
  has(await labels(inChain('reject with tcp ┃')), 'reset');
  has(await labels(inChain('reject with icmpx ┃')), 'admin-prohibited', 'port-unreachable');
  has(await labels(inChain('limit ┃')), 'rate', 'name');
  has(await labels(inChain('limit rate 10/┃')), 'second', 'minute');
  has(await labels(inChain('limit rate 10/second ┃')), 'burst', 'accept');
  has(await labels(inChain('counter ┃')), 'name', 'packets', 'drop');
  has(await labels(inChain('queue ┃')), 'num', 'bypass', 'fanout');
  has(await labels(inChain('meta mark set ┃')), 'ct', 'meta', '$lan');
  has(await labels(inChain('ct mark set meta mark ┃')), '|', 'accept');
});

test('NAT statements only in nat chains, with their flags', async () => {
  const nat = inChain.bind(null);
  const list = await labels(nat('oifname "wan" ┃', 'ip', 'type nat hook postrouting priority srcnat;'));
  has(list, 'masquerade', 'snat');
  lacks(list, 'dnat', 'redirect'); // prerouting/output only
  has(await labels(nat('masquerade ┃', 'ip', 'type nat hook postrouting priority srcnat;')), 'random', 'persistent', 'fully-random', 'to');
  has(await labels(nat('snat ┃', 'inet', 'type nat hook postrouting priority srcnat;')), 'ip', 'ip6', 'to', 'prefix');
});

test('set and map bodies: types, flags, policies and element values', async () => {
  const body = (line: string): string => `table inet t {\n  set s {\n    type ipv4_addr . inet_service\n    ${line}\n  }\n}\n`;
  has(await labels(body('┃')), 'type', 'typeof', 'flags', 'elements', 'timeout', 'size', 'auto-merge', 'counter');
  has(await labels('table inet t {\n  set s {\n    type ┃\n  }\n}\n'), 'ipv4_addr', 'inet_service', 'ether_addr', 'mark');
  has(await labels('table inet t {\n  map m {\n    type ipv4_addr : ┃\n  }\n}\n'), 'verdict', 'mark', 'counter');
  has(await labels(body('flags interval, ┃')), 'timeout', 'dynamic');
  has(await labels(body('policy ┃')), 'performance', 'memory');
  has(await labels(body('elements = { 192.0.2.1 . ┃')), 'ssh', 'http');
  has(await labels(body('elements = { 192.0.2.1 . 22 ┃')), 'timeout', 'comment', 'counter');
  has(await labels('table inet t {\n  set s {\n    typeof ip saddr . tcp ┃\n  }\n}\n'), 'dport');
});

test('named objects: properties and their values', async () => {
  has(await labels('table inet t {\n  ct helper h {\n    ┃\n  }\n}\n'), 'type', 'protocol', 'l3proto');
  has(await labels('table inet t {\n  ct helper h {\n    type ┃\n  }\n}\n'), '"ftp"', '"sip"');
  has(await labels('table inet t {\n  quota q {\n    over 10 ┃\n  }\n}\n'), 'mbytes', 'kbytes');
  has(await labels('table inet t {\n  synproxy s {\n    mss 1460 ┃\n  }\n}\n'), 'wscale', 'timestamp', 'sack-perm');
});

test('command forms: kinds, families, tables, chains, then the rule', async () => {
  const source = (line: string): string => `table inet t {\n  chain c {\n  }\n  set s { type ipv4_addr; }\n}\n${line}\n`;
  has(await labels(source('add ┃')), 'rule', 'chain', 'set', 'element', 'table');
  has(await labels(source('list ┃')), 'ruleset', 'tables', 'chains', 'sets');
  has(await labels(source('add rule ┃')), 'inet', 'ip', 't');
  has(await labels(source('add rule inet ┃')), 't');
  has(await labels(source('add rule inet t ┃')), 'c');
  has(await labels(source('add rule inet t c ┃')), 'tcp', 'accept', 'position', 'handle');
  has(await labels(source('add rule inet t c tcp ┃')), 'dport');
  has(await labels(source('delete set inet t ┃')), 's');
});

test('an incomplete line among complete rules still completes', async () => {
  const source = 'table inet t {\n  chain c {\n    type filter hook input priority 0;\n    tcp dport 22 accept\n    ct st┃\n    udp dport 53 accept\n  }\n}\n';
  const result = await complete(source);
  has(result.items.map((i) => i.label), 'state', 'status');
  assert.equal(result.range.end.character - result.range.start.character, 2);
});

test('unclosed blocks at the end of the file still complete', async () => {
  has(await labels('table inet t {\n  chain c {\n    type filter hook input priority 0;\n    tcp ┃'), 'dport');
  has(await labels('table inet t {\n  chain c {\n    type nat hook ┃'), 'postrouting');
});

test('every item carries documentation', async () => {
  const sources = [inChain('┃'), inChain('tcp ┃'), inChain('ct state ┃'), inChain('tcp dport ┃'), inChain('meta l4proto ┃'), inChain('iifname ┃'),
    inChain('jump ┃'), inChain('ip saddr ┃'), 'table inet t {\n  ┃\n}\n', '┃', 'table inet t {\n  set s {\n    type ┃\n  }\n}\n'];
  for (const source of sources) {
    const result = await complete(source);
    const bare = result.items.filter((i) => !i.documentation);
    assert.deepEqual(bare.map((i) => i.label), [], source);
  }
});

test('a regular chain is completed for the base chains that reach it', async () => {
  const source = 'table ip t {\n  chain post {\n    type nat hook postrouting priority srcnat;\n    oifname "eth0" jump out\n  }\n  chain out {\n    ┃\n  }\n}\n';
  const list = await labels(source);
  has(list, 'masquerade', 'snat');
  lacks(list, 'dnat', 'redirect', 'reject'); // reject is refused at postrouting, dnat needs prerouting/output
});

test('a quoted name replaces the quotes typed around it', async () => {
  const result = await complete(inChain('iifname "et┃"'), { interfaces: ['eth0'] });
  assert.ok(result.items.some((i) => i.label === '"eth0"'));
  assert.equal(result.range.end.character - result.range.start.character, '"et"'.length);
});
