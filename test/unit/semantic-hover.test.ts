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

const NFT = (mark: string): string => `define lan = { 10.0.0.0/8, 192.168.0.0/16 }
table inet t {
  set blocked { type ipv4_addr; flags interval; elements = { 192.0.2.1, 198.51.100.0/24, 203.0.113.7 } }
  map ports { type inet_service : verdict; elements = { 22 : jump ssh, 80 : accept } }
  chain input {
    type filter hook input priority filter - 5; policy drop;
    ct state established,related accept
    ip saddr $lan tcp dport 22 jump ssh
    ip saddr @blocked drop
    meta l4proto 6 meta mark 0x10 icmp type 8 accept
    tcp dport vmap @ports
  }
  chain ssh {
    ip6 saddr 2001:db8::/32 accept
  }
}
`.replace(mark.replace('┃', ''), mark);

test('nft base chain: type, hook, numeric priority and where it runs, policy', async () => {
  const text = await hover('nftables', NFT('chain inp┃ut'));
  assert.match(text, /base chain `input`/);
  assert.match(text, /priority filter - 5 \(= -5\)/);
  assert.match(text, /policy drop/);
  assert.match(text, /after `mangle` \(-150\) and before `filter` \(0\)/);
});

test('nft regular chain: who jumps here, from the jump itself', async () => {
  const text = await hover('nftables', NFT('jump s┃sh'));
  assert.match(text, /regular chain `ssh`/);
  assert.match(text, /2 jumps or gotos lead here/);
  assert.match(text, /line 4 \(map `ports`\)/);
  assert.match(text, /line 8 \(chain `input`\): `ip saddr \$lan tcp dport 22 jump ssh`/);
});

test('nft set: type, flags, element count and preview, users', async () => {
  const text = await hover('nftables', NFT('@block┃ed'));
  assert.match(text, /set `blocked`/);
  assert.match(text, /type `ipv4_addr` · flags interval/);
  assert.match(text, /3 elements: `192\.0\.2\.1, 198\.51\.100\.0\/24, 203\.0\.113\.7`/);
  assert.match(text, /1 rule uses it/);
  assert.match(await hover('nftables', NFT('map po┃rts')), /map `ports`[\s\S]*inet_service : verdict/);
});

test('nft variable: value and where it is defined, from a use and from the define', async () => {
  const use = await hover('nftables', NFT('$la┃n'));
  assert.match(use, /`\$lan`\*\* — defined at line 1/);
  assert.match(use, /10\.0\.0\.0\/8, 192\.168\.0\.0\/16/);
  assert.match(use, /1 use:/);
  assert.match(await hover('nftables', NFT('define la┃n')), /defined at line 1/);
});

test('nft values: ports, protocols, marks, ICMP types, conntrack states, prefixes', async () => {
  assert.match(await hover('nftables', NFT('dport 2┃2')), /port 22: `ssh`/);
  assert.match(await hover('nftables', NFT('l4proto ┃6')), /IP protocol 6 \(`tcp`\)/);
  assert.match(await hover('nftables', NFT('mark 0x1┃0')), /mark 0x10 = 16/);
  assert.match(await hover('nftables', NFT('icmp type ┃8')), /ICMP type 8: `echo-request`/);
  assert.match(await hover('nftables', NFT('established,rel┃ated')), /conntrack state[\s\S]*expected by another/);
  assert.match(await hover('nftables', NFT('198.51.100.0/2┃4')), /198\.51\.100\.0 – 198\.51\.100\.255, 256 addresses \(documentation/);
  assert.match(await hover('nftables', NFT('2001:db8::┃/32')), /2\^96 addresses \(documentation\)/);
  assert.match(await hover('nftables', NFT('{ 2┃2 : jump')), /port 22: `ssh`/);
});

const IPT = (mark: string): string => `*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:SSH - [0:0]
-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A INPUT -p tcp -m tcp --dport 22 -j SSH
-A INPUT -s 10.0.0.0/255.0.0.0 -p 6 -m mark --mark 0x10/0xff -j ACCEPT
-A INPUT -p udp -m multiport --dports 53,1024:2048 -j ACCEPT
-A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT
-A SSH -j LOG --log-level 4
-A SSH -j ACCEPT
COMMIT
`.replace(mark.replace('┃', ''), mark);

test('iptables chains: built-in with hook, priority and policy; user chain with its callers', async () => {
  const builtin = await hover('iptables', IPT(':INP┃UT'));
  assert.match(builtin, /built-in chain `INPUT`[\s\S]*hook input · priority 0 · policy drop/);
  assert.match(await hover('iptables', IPT('-A INP┃UT -p tcp')), /built-in chain `INPUT`/);
  const user = await hover('iptables', IPT('-j SS┃H'));
  assert.match(user, /user chain `SSH`[\s\S]*2 rules[\s\S]*1 jump or goto leads here[\s\S]*line 7/);
});

test('iptables values: ports, port lists, protocols, marks with masks, ICMP types, states, log levels, masks', async () => {
  assert.match(await hover('iptables', IPT('--dport 2┃2')), /port 22: `ssh`/);
  assert.match(await hover('iptables', IPT('53,10┃24:2048')), /port 53: `domain`; ports 1024–2048 \(1025 ports\)/);
  assert.match(await hover('iptables', IPT('-p ┃6')), /IP protocol 6 \(`tcp`\)/);
  assert.match(await hover('iptables', IPT('0x1┃0/0xff')), /value 0x10 \(16\) under mask 0xff/);
  assert.match(await hover('iptables', IPT('--icmp-type ┃8')), /ICMP type 8: `echo-request`/);
  assert.match(await hover('iptables', IPT('RELATED,EST┃ABLISHED')), /conntrack states \(any of them\)[\s\S]*`established`/);
  assert.match(await hover('iptables', IPT('--log-level ┃4')), /syslog level `warn`/);
  assert.match(await hover('iptables', IPT('10.0.0.0/255.┃0.0.0')), /10\.0\.0\.0 – 10\.255\.255\.255, 16,777,216 addresses \(private network\)/);
});

test('a flagged rule keeps the diagnostic explanation before the semantic hover', async () => {
  const text = await hover('iptables', '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j MISS┃ING\nCOMMIT\n');
  assert.match(text, /`undefined-chain`/);
});
