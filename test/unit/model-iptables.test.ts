/**
 * Field-level lowering of iptables rules: each fixture rule is lowered and its matches and statements are printed in
 * a compact notation (`dport=22`, `saddr!=10.0.0.0-10.255.255.255`, `(fragment=0)` for an implicit condition,
 * `opaque(limit,stateful)`), then compared with what the kernel does for that rule.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IPT_TARGETS } from '../../server/src/catalog/iptables';
import { formatAddress } from '../../server/src/catalog/values';
import { checkFile } from '../../server/src/engine/check';
import { NO_FILES } from '../../server/src/engine/source';
import { TARGETS } from '../../server/src/model/iptables-targets';
import type { Effect, Match, Rule, Ruleset, Statement, ValueItem } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';

/** Lowers a file (its name decides the family when the text does not). */
async function lower(text: string, uri = 'file:///fixture.rules'): Promise<Ruleset> {
  await initParsers();
  const file = { uri, text, dialect: 'iptables' as const, tree: parse('iptables', text) };
  try {
    return checkFile(file, NO_FILES).ruleset;
  } finally {
    file.tree.delete();
  }
}

/** The first rule of a one-rule filter table in INPUT (or of the given table and chain). */
async function rule(args: string, table = 'filter', chain = 'INPUT', header = ''): Promise<Rule> {
  const ruleset = await lower(`${header}*${table}\n-A ${chain} ${args}\nCOMMIT\n`);
  const found = ruleset.tables[0].chains.find((c) => c.name === chain)?.rules[0];
  assert.ok(found, `no rule lowered for ${args}`);
  return found;
}

function value(item: ValueItem, field: string, family?: string): string {
  const address = (v: bigint): string => (field === 'saddr' || field === 'daddr' ? formatAddress(v, family === 'ip6' ? 'ipv6' : 'ipv4') : String(v));
  if (item.kind === 'range') return item.lo === item.hi ? address(item.lo) : `${address(item.lo)}-${address(item.hi)}`;
  if (item.kind === 'masked') return `${address(item.value)}/${address(item.mask)}`;
  if (item.kind === 'name') return `${item.name}${item.wildcard ? '+' : ''}`;
  return `@${item.name}`;
}

/** A match in the notation of these tests. */
function show(m: Match): string {
  if (m.kind === 'opaque') return `opaque(${m.module}${m.stateful ? ',stateful' : ''})`;
  if (m.kind === 'tuple') return `${m.negated ? '!' : ''}(${m.fields.join(',')})=${m.tuples.map((t) => `(${t.map((v, i) => value(v, m.fields[i])).join(',')})`).join('|')}`;
  const values = m.values.map((v) => value(v, m.field, m.family)).join(',');
  const text = `${m.field}${m.bitwise ? `&0x${m.bitwise.mask.toString(16)}` : ''}${m.negated ? '!=' : '='}${values}`;
  return m.implicit ? `(${text})` : text;
}

function effect(e: Effect): string {
  const hex = (v: bigint | undefined): string => (v === undefined ? '' : `0x${v.toString(16)}`);
  switch (e.kind) {
    case 'set-field': return `${e.field}:=${hex(e.value)}${e.mask === undefined ? '' : `/${hex(e.mask)}`}`;
    case 'copy-field': return `${e.field}:=${e.from}${e.mask === undefined ? '' : `/${hex(e.mask)}`}`;
    case 'unknown': return `unknown(${e.fields?.join(',') ?? '*'})`;
    case 'dnat': case 'snat': case 'tproxy':
      return `${e.kind}(${e.family ?? ''}${e.address === undefined ? '' : ` ${hex(e.address)}`}${'addressHi' in e && e.addressHi !== undefined ? `-${hex(e.addressHi)}` : ''}${e.port === undefined ? '' : ` :${e.port}`}${'portHi' in e && e.portHi !== undefined ? `-${e.portHi}` : ''})`;
    case 'masquerade': case 'redirect': return `${e.kind}(${e.port ?? ''}${e.portHi === undefined ? '' : `-${e.portHi}`})`;
    default: return e.kind;
  }
}

function statement(s: Statement): string {
  const v = s.verdict;
  const verdict = !v ? '' : v.kind === 'jump' || v.kind === 'goto' ? ` ${v.kind} ${v.target}` : v.kind === 'reject' ? ` reject${v.with ? ` ${v.with}` : ''}` : ` ${v.kind}`;
  return `${s.name}: ${effect(s.effect)}${verdict}`;
}

async function matches(args: string, table?: string, chain?: string, header?: string): Promise<string[]> {
  return (await rule(args, table, chain, header)).matches.map(show);
}

async function statements(args: string, table?: string, chain?: string): Promise<string[]> {
  return (await rule(args, table, chain)).statements.map(statement);
}

test('addresses: prefixes, masks with holes, comma lists as a union, negation and family', async () => {
  assert.deepEqual(await matches('-s 10.0.0.0/8 ! -d 192.0.2.1'), ['saddr=10.0.0.0-10.255.255.255', 'daddr!=192.0.2.1']);
  assert.deepEqual(await matches('-s 198.51.100.0/255.255.0.255'), ['saddr=198.51.0.0/255.255.0.255']);
  assert.deepEqual(await matches('-d 192.0.2.1,198.51.100.0/24'), ['daddr=192.0.2.1,198.51.100.0-198.51.100.255']);
  const r = await rule('-s 10.0.0.1');
  assert.equal(r.matches[0].kind === 'field' && r.matches[0].family, 'ip');
  assert.deepEqual(await matches('-s 2001:db8::/32', 'filter', 'INPUT', '# Generated by ip6tables-save v1.8.9\n'), ['saddr=2001:db8::-2001:db8:ffff:ffff:ffff:ffff:ffff:ffff']);
  // A host name depends on the resolver at load time.
  assert.deepEqual(await matches('-s example.com'), ['opaque()']);
});

test('protocols by name and number; all matches everything; interfaces with + wildcards', async () => {
  assert.deepEqual(await matches('-p tcp'), ['l4proto=6']);
  assert.deepEqual(await matches('! -p 17'), ['l4proto!=17']);
  assert.deepEqual(await matches('-p TCP'), ['l4proto=6']);
  assert.deepEqual(await matches('-p all'), []);
  assert.deepEqual(await matches('-i eth+ ! -o wg0'), ['iifname=eth+', 'oifname!=wg0']);
  assert.deepEqual(await matches('-i +'), ['iifname=+']);
  assert.deepEqual(await matches('-f'), ['fragment=1']);
  assert.deepEqual(await matches('! -f'), ['fragment!=1']);
});

test('-p loads its match implicitly for the options that follow, as iptables does', async () => {
  assert.deepEqual(await matches('-p tcp --dport 22'), ['l4proto=6', '(fragment=0)', 'dport=22']);
  assert.deepEqual(await matches('-p udp -m udp ! --sport 1024:'), ['l4proto=17', '(fragment=0)', 'sport!=1024-65535']);
  assert.deepEqual(await matches('-p 6 --dpo 80'), ['l4proto=6', '(fragment=0)', 'dport=80']);
  assert.deepEqual(await matches('-p sctp --dport 5060:5061'), ['l4proto=132', '(fragment=0)', 'dport=5060-5061']);
  // Options after -j still go to the match that defines them.
  assert.deepEqual(await matches('-p tcp -j LOG --dport 22'), ['l4proto=6', '(fragment=0)', 'dport=22']);
  // With `! -p tcp` the tcp match reads another protocol's header: the option stays opaque.
  assert.deepEqual(await matches('! -p tcp -m tcp --dport 22'), ['l4proto!=6', 'opaque(tcp)']);
  // Without options, -m tcp adds nothing to -p tcp.
  assert.deepEqual(await matches('-p tcp -m tcp'), ['l4proto=6']);
});

test('an option both loaded modules define goes to the one loaded last', async () => {
  assert.deepEqual(await matches('-m mark --mark 1 -m connmark --mark 2'),
    ['mark=1', '(ct.state=2,4,8)', 'ct.mark=2']);
  assert.deepEqual(await matches('-m connmark -m mark --mark 0x10/0xf0'), ['opaque(connmark)', 'mark&0xf0=16']);
});

test('reversed ranges load and never match: an empty value list', async () => {
  assert.deepEqual(await matches('-p udp --dport 60000:29'), ['l4proto=17', '(fragment=0)', 'dport=']);
  assert.deepEqual(await matches('-m length ! --length 100:10'), ['length!=']);
  assert.deepEqual(await matches('-m iprange --src-range 10.0.0.9-10.0.0.1'), ['saddr=']);
  assert.deepEqual(await matches('-p tcp --dport 022'), ['l4proto=6', '(fragment=0)', 'dport=18']);
});

test('tcp flags are bitwise tests; --syn is FIN,SYN,RST,ACK SYN', async () => {
  assert.deepEqual(await matches('-p tcp --tcp-flags SYN,ACK SYN'), ['l4proto=6', '(fragment=0)', 'tcp.flags&0x12=2']);
  assert.deepEqual(await matches('-p tcp ! --syn'), ['l4proto=6', '(fragment=0)', 'tcp.flags&0x17!=2']);
  assert.deepEqual(await matches('-p tcp --tcp-flags ALL NONE'), ['l4proto=6', '(fragment=0)', 'tcp.flags&0x3f=0']);
  assert.deepEqual(await matches('-p tcp --tcp-option 8'), ['l4proto=6', 'opaque(tcp)']);
});

test('multiport lists and ranges; --ports stays opaque', async () => {
  assert.deepEqual(await matches('-p tcp -m multiport --dports 80,443,8000:8080'), ['l4proto=6', '(fragment=0)', 'dport=80,443,8000-8080']);
  assert.deepEqual(await matches('-p udp -m multiport ! --sports 67,68'), ['l4proto=17', '(fragment=0)', 'sport!=67,68']);
  assert.deepEqual(await matches('-p tcp -m multiport --ports 137:139'), ['l4proto=6', 'opaque(multiport)']);
});

test('ICMP and ICMPv6 types with codes; a negated type/code pair is one tuple', async () => {
  assert.deepEqual(await matches('-p icmp --icmp-type echo-request'), ['l4proto=1', '(fragment=0)', 'icmp.type=8']);
  assert.deepEqual(await matches('-p icmp --icmp-type 3/4'), ['l4proto=1', '(fragment=0)', 'icmp.type=3', 'icmp.code=4']);
  assert.deepEqual(await matches('-p icmp ! --icmp-type port-unreachable'), ['l4proto=1', '(fragment=0)', '!(icmp.type,icmp.code)=(3,3)']);
  assert.deepEqual(await matches('-p icmp ! --icmp-type 8'), ['l4proto=1', '(fragment=0)', 'icmp.type!=8']);
  assert.deepEqual(await matches('-p icmp --icmp-type any'), ['l4proto=1', 'opaque(icmp)']);
  const v6 = '# Generated by ip6tables-save\n';
  assert.deepEqual(await matches('-p ipv6-icmp --icmpv6-type neighbour-solicitation', 'filter', 'INPUT', v6), ['l4proto=58', '(fragment=0)', 'icmpv6.type=135']);
  assert.deepEqual(await matches('-p icmpv6 -m icmp6 --icmpv6-type 1/4', 'filter', 'INPUT', v6), ['l4proto=58', '(fragment=0)', 'icmpv6.type=1', 'icmpv6.code=4']);
});

test('conntrack: states (one per packet), SNAT/DNAT status bits, status and direction only with a connection', async () => {
  assert.deepEqual(await matches('-m conntrack --ctstate RELATED,ESTABLISHED'), ['ct.state=2,4']);
  assert.deepEqual(await matches('-m conntrack ! --ctstate INVALID'), ['ct.state!=1']);
  assert.deepEqual(await matches('-m state --state NEW'), ['ct.state=8']);
  assert.deepEqual(await matches('-m conntrack --ctstate DNAT'), ['(ct.state=2,4,8)', 'ct.status&0x20=1-32']);
  // NEW,DNAT is "new, or destination-NATed": an OR of two fields.
  assert.deepEqual(await matches('-m conntrack --ctstate NEW,DNAT'), ['opaque(conntrack)']);
  assert.deepEqual(await matches('-m conntrack ! --ctstatus ASSURED'), ['(ct.state=2,4,8)', 'ct.status&0x4!=1-4']);
  assert.deepEqual(await matches('-m conntrack --ctstate NEW --ctdir ORIGINAL'), ['ct.state=8', 'ct.direction=0']);
  // A packet without a connection (INVALID) gets the --ctstate verdict only: --ctdir cannot be stated exactly.
  assert.deepEqual(await matches('-m conntrack --ctstate INVALID,NEW --ctdir REPLY'), ['opaque(conntrack)', 'ct.state=1,8']);
  assert.deepEqual(await matches('-m conntrack --ctorigdst 10.0.0.1'), ['opaque(conntrack)']);
});

test('marks: value/mask tests; the connection mark needs a connection', async () => {
  assert.deepEqual(await matches('-m mark --mark 0x1'), ['mark=1']);
  assert.deepEqual(await matches('-m mark ! --mark 0x10/0xf0'), ['mark&0xf0!=16']);
  assert.deepEqual(await matches('-m connmark --mark 0x2/0x2'), ['(ct.state=2,4,8)', 'ct.mark&0x2=2']);
});

test('iprange, pkttype, mac, length, ttl/hl, dscp, owner', async () => {
  assert.deepEqual(await matches('-m iprange --src-range 192.0.2.10-192.0.2.20 ! --dst-range 10.0.0.1-10.0.0.9'),
    ['saddr=192.0.2.10-192.0.2.20', 'daddr!=10.0.0.1-10.0.0.9']);
  assert.deepEqual(await matches('-m pkttype --pkt-type broadcast'), ['pkttype=1']);
  assert.deepEqual(await matches('-m mac --mac-source 00:11:22:33:44:55'), ['ether.saddr=73588229205']);
  // A negated MAC test also fails on devices without an Ethernet header (x_tables); opaque.
  assert.deepEqual(await matches('-m mac ! --mac-source 00:11:22:33:44:55'), ['opaque(mac)']);
  assert.deepEqual(await matches('-m length --length 0:64'), ['length=0-64']);
  assert.deepEqual(await matches('-m ttl --ttl-lt 5'), ['ttl=0-4']);
  assert.deepEqual(await matches('-m ttl ! --ttl-eq 64'), ['ttl!=64']);
  assert.deepEqual(await matches('-m hl --hl-gt 254', 'filter', 'INPUT', '# Generated by ip6tables-save\n'), ['ttl=255']);
  assert.deepEqual(await matches('-m dscp --dscp-class EF'), ['dscp=46']);
  assert.deepEqual(await matches('-m dscp ! --dscp 0x0a'), ['dscp!=10']);
  assert.deepEqual(await matches('-m owner --uid-owner 1000-1999 --gid-owner 100', 'filter', 'OUTPUT'), ['skuid=1000-1999', 'skgid=100']);
  // Every option negated: the kernel also matches packets that have no socket.
  assert.deepEqual(await matches('-m owner ! --uid-owner 0', 'filter', 'OUTPUT'), ['opaque(owner)']);
  assert.deepEqual(await matches('-m owner --uid-owner www-data', 'filter', 'OUTPUT'), ['opaque(owner)']);
});

test('undecidable modules stay opaque with their stateful flag; comments go to the rule', async () => {
  assert.deepEqual(await matches('-m limit --limit 5/min --limit-burst 10'), ['opaque(limit,stateful)']);
  assert.deepEqual(await matches('-m recent --rcheck --seconds 60 --name ssh'), ['opaque(recent,stateful)']);
  assert.deepEqual(await matches('-m addrtype --dst-type LOCAL'), ['opaque(addrtype)']);
  assert.deepEqual(await matches('-m socket'), ['opaque(socket,stateful)']);
  assert.deepEqual(await matches('-m nosuchmodule --x 1'), ['opaque(nosuchmodule,stateful)']);
  const r = await rule('-p tcp --dport 22 -m comment --comment "ssh from \\"anywhere\\"" -j ACCEPT');
  assert.equal(r.comment, 'ssh from "anywhere"');
  assert.deepEqual(r.matches.map(show), ['l4proto=6', '(fragment=0)', 'dport=22']);
  const opaque = (await rule('-m limit --limit 1/s -s 10.0.0.1 --limit-burst 3')).matches.find((m) => m.kind === 'opaque');
  assert.equal(opaque?.text, '-m limit --limit 1/s --limit-burst 3');
});

test('every match carries its module', async () => {
  const r = await rule('-s 10.0.0.1 -p tcp --dport 22 -m conntrack --ctstate NEW -m limit --limit 1/s');
  assert.deepEqual(r.matches.map((m) => m.module), ['', '', 'tcp', 'tcp', 'conntrack', 'limit']);
});

test('MARK and CONNMARK: masked sets, bitwise operations, copies between the two marks', async () => {
  assert.deepEqual(await statements('-j MARK --set-mark 0x2'), ['MARK: mark:=0x2']);
  assert.deepEqual(await statements('-j MARK --set-mark 0x2/0xff'), ['MARK: mark:=0x2/0xff']);
  assert.deepEqual(await statements('-j MARK --set-xmark 0x1/0xffffffff'), ['MARK: mark:=0x1']);
  assert.deepEqual(await statements('-j MARK --set-xmark 0x10/0x1'), ['MARK: unknown(mark)']);
  assert.deepEqual(await statements('-j MARK --and-mark 0xff'), ['MARK: mark:=0x0/0xffffff00']);
  assert.deepEqual(await statements('-j MARK --or-mark 0x4'), ['MARK: mark:=0x4/0x4']);
  assert.deepEqual(await statements('-j MARK --xor-mark 0x4'), ['MARK: unknown(mark)']);
  assert.deepEqual(await statements('-j CONNMARK --set-mark 0x1'), ['CONNMARK: ct.mark:=0x1']);
  assert.deepEqual(await statements('-j CONNMARK --save-mark'), ['CONNMARK: ct.mark:=mark']);
  assert.deepEqual(await statements('-j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff'), ['CONNMARK: mark:=ct.mark/0xff']);
  assert.deepEqual(await statements('-j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xf'), ['CONNMARK: unknown(mark)']);
});

test('NAT targets accept with their translation; TPROXY sets its mark then diverts', async () => {
  assert.deepEqual(await statements('-p tcp -j DNAT --to-destination 10.0.0.1-10.0.0.5:80-90', 'nat', 'PREROUTING'),
    ['DNAT: dnat(ip 0xa000001-0xa000005 :80-90) accept']);
  assert.deepEqual(await statements('-j SNAT --to 203.0.113.1', 'nat', 'POSTROUTING'), ['SNAT: snat(ip 0xcb007101) accept']);
  assert.deepEqual(await statements('-j MASQUERADE', 'nat', 'POSTROUTING'), ['MASQUERADE: masquerade() accept']);
  assert.deepEqual(await statements('-p tcp -j REDIRECT --to-ports 3128', 'nat', 'PREROUTING'), ['REDIRECT: redirect(3128) accept']);
  assert.deepEqual(await statements('-j NETMAP --to 10.1.0.0/24', 'nat', 'PREROUTING'), ['NETMAP: unknown(daddr) accept']);
  assert.deepEqual(await statements('-p tcp -j TPROXY --on-port 3128 --on-ip 127.0.0.1 --tproxy-mark 0x1/0x1', 'mangle', 'PREROUTING'),
    ['TPROXY: mark:=0x1/0x1', 'TPROXY: tproxy(ip 0x7f000001 :3128) accept']);
  const v6 = await lower('*nat\n-A PREROUTING -p tcp -j DNAT --to-destination [2001:db8::1]:8080\nCOMMIT\n', 'file:///etc/iptables/rules.v6');
  assert.deepEqual(v6.tables[0].chains[0].rules[0].statements.map(statement), ['DNAT: dnat(ip6 0x20010db8000000000000000000000001 :8080) accept']);
});

test('verdicts, rejects, queues, notrack and header rewrites', async () => {
  assert.deepEqual(await statements('-j REJECT --reject-with tcp-reset'), ['REJECT: none reject tcp-reset']);
  assert.deepEqual(await statements('-j NFQUEUE --queue-num 3'), ['NFQUEUE: none queue']);
  assert.deepEqual(await statements('-j QUEUE'), ['QUEUE: none queue']);
  assert.deepEqual(await statements('-j RETURN'), ['RETURN: none return']);
  assert.deepEqual(await statements('-j LOG --log-prefix "in: "'), ['LOG: none']);
  assert.deepEqual(await statements('-j NOTRACK', 'raw', 'PREROUTING'), ['NOTRACK: notrack']);
  assert.deepEqual(await statements('-j CT --notrack', 'raw', 'PREROUTING'), ['CT: notrack']);
  assert.deepEqual(await statements('-p tcp -j CT --helper ftp', 'raw', 'PREROUTING'), ['CT: none']);
  assert.deepEqual(await statements('-j DSCP --set-dscp-class EF', 'mangle', 'POSTROUTING'), ['DSCP: dscp:=0x2e']);
  assert.deepEqual(await statements('-j TTL --ttl-set 64', 'mangle', 'PREROUTING'), ['TTL: ttl:=0x40']);
  assert.deepEqual(await statements('-j TTL --ttl-dec 1', 'mangle', 'PREROUTING'), ['TTL: unknown(ttl)']);
  assert.deepEqual(await statements('-j TOS --set-tos 0x10', 'mangle', 'OUTPUT'), ['TOS: unknown(dscp)']);
  assert.deepEqual(await statements('-p tcp -j TCPMSS --clamp-mss-to-pmtu', 'mangle', 'FORWARD'), ['TCPMSS: unknown()']);
  assert.deepEqual(await statements('-p tcp -j SYNPROXY --mss 1460'), ['SYNPROXY: unknown()']);
  assert.deepEqual(await statements('-j ACCEPTED'), ['ACCEPTED: unknown(*)']);
});

test('user chains: jumps and gotos reference the chain; statement args by canonical option name', async () => {
  const ruleset = await lower('*filter\n:LAN - [0:0]\n-A INPUT -j LAN\n-A INPUT -g LAN\n-A INPUT -j MISSING\n-A INPUT -j LOG --log-prefix "a b" --log-lev 4\nCOMMIT\n');
  const rules = ruleset.tables[0].chains.find((c) => c.name === 'INPUT')?.rules ?? [];
  assert.deepEqual(rules.map((r) => r.statements.map(statement)[0]), ['LAN: none jump LAN', 'LAN: none goto LAN', 'MISSING: none jump MISSING', 'LOG: none']);
  assert.deepEqual(rules[3].statements[0].args, { '--log-prefix': 'a b', '--log-level': '4' });
  assert.equal(rules[3].statements[0].text, '-j LOG --log-prefix "a b" --log-lev 4');
  assert.deepEqual(ruleset.references.map((r) => r.name), ['LAN', 'LAN', 'MISSING']);
});

test('family: header, file name, then the rules decide; -4/-6 lines are for the other tool', async () => {
  const family = async (text: string, uri?: string): Promise<string> => (await lower(text, uri)).tables[0].family;
  assert.equal(await family('*filter\n-A INPUT -s 10.0.0.1 -j ACCEPT\nCOMMIT\n'), 'ip');
  assert.equal(await family('*filter\n-A INPUT -s fe80::/10 -j ACCEPT\nCOMMIT\n'), 'ip6');
  assert.equal(await family('*filter\n-A INPUT -p ipv6-icmp -j ACCEPT\nCOMMIT\n'), 'ip6');
  assert.equal(await family('*filter\n-A INPUT -m hl --hl-eq 255 -j ACCEPT\nCOMMIT\n'), 'ip6');
  assert.equal(await family('*filter\n-A INPUT -j ACCEPT\nCOMMIT\n', 'file:///etc/iptables/rules.v6'), 'ip6');
  assert.equal(await family('*filter\n-A INPUT -j ACCEPT\nCOMMIT\n', 'file:///etc/iptables/rules.v4'), 'ip');
  assert.equal(await family('# Generated by ip6tables-save v1.8.9\n*filter\nCOMMIT\n'), 'ip6');
  const dual = await lower('*filter\n-4 -A INPUT -s 10.0.0.1 -j ACCEPT\n-6 -A INPUT -s ::1 -j ACCEPT\nCOMMIT\n', 'file:///etc/iptables/rules.v6');
  assert.deepEqual(dual.tables[0].chains[0].rules.map((r) => r.text), ['-6 -A INPUT -s ::1 -j ACCEPT']);
});

test('chain declarations as iptables-nft-restore takes them', async () => {
  const ruleset = await lower('*filter\n:INPUT ACCEPT [0:0]\n:U - [0:0]\n-A U -j ACCEPT\n-A INPUT -j DROP\n:INPUT DROP [0:0]\n:U - [0:0]\n:V DROP [0:0]\n-A U -j RETURN\nCOMMIT\n');
  const chains = ruleset.tables[0].chains;
  assert.deepEqual(chains.map((c) => c.name), ['INPUT', 'U', 'V']);
  const input = chains[0];
  // A built-in chain declared again keeps its rules and takes the new policy; a user chain declared again is emptied.
  assert.equal(input.policy, 'drop');
  assert.equal(input.rules.length, 1);
  assert.deepEqual(chains[1].rules.map((r) => r.text), ['-A U -j RETURN']);
  // A policy on a user chain is dropped.
  assert.equal(chains[2].policy, undefined);
});

test('every catalog target has a lowering', () => {
  assert.deepEqual(IPT_TARGETS.map((t) => t.name).filter((n) => !(n in TARGETS)), []);
});
