// Ground truth for the iptables field lowering: rules without a target are loaded into filter INPUT, packets are
// sent through a real kernel, and for every (rule, packet) pair the kernel's trace (did the rule match?) must equal
// what the lowered field matches say. Pairs the model cannot decide (an opaque match, a field the packet spec does
// not fix) are not compared; the test counts them.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseAddress } from '../../server/src/catalog/values';
import { checkFile } from '../../server/src/engine/check';
import { NO_FILES } from '../../server/src/engine/source';
import { CT_STATE_BITS, TCP_FLAG_BITS, type Field } from '../../server/src/model/fields';
import type { Match, ValueItem } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';
import { CLIENT4, CLIENT6, FW4, FW6, FW_CLIENT_IF, FW_SERVER_IF, SERVER4, kernelAvailable, traceRuleset, type PacketSpec } from './index';

const available = kernelAvailable();
const skip = available.ok ? false : `kernel harness unavailable: ${available.reason ?? ''}`;

const RULES = [
  '-p tcp --dport 22', '-p tcp ! --dport 20:30', '-p tcp --syn', '-p tcp ! --syn', '-p tcp --tcp-flags SYN,ACK SYN,ACK',
  '-p tcp --tcp-flags ALL NONE', '-p tcp -m multiport --dports 80,443,8000:8080', '-p tcp -m multiport ! --sports 40000:40003',
  '-p udp -m udp --sport 40000:40010', '-p udp --dport 60000:29', '-s 198.18.0.0/24', `! -s ${CLIENT4}`,
  '-s 198.0.0.2/255.0.0.255', `-d ${FW4}`, '-d 198.18.0.0/31', `-i ${FW_CLIENT_IF}`, '-i veth+', '! -i veth-s', '-i eth+',
  '-p icmp --icmp-type echo-request', '-p icmp ! --icmp-type 8/0', '-p icmp --icmp-type port-unreachable', '-p icmp ! --icmp-type 3/3',
  '-p icmp --icmp-type 3', '-m length --length 0:100', '-m length ! --length 0:100', '-m conntrack --ctstate NEW',
  '-m conntrack --ctstate ESTABLISHED,RELATED', '-m conntrack ! --ctstate INVALID', '-m conntrack --ctdir ORIGINAL',
  '-m conntrack --ctdir REPLY', '-m conntrack ! --ctstatus ASSURED', '-m conntrack --ctstatus SEEN_REPLY', '-m state --state NEW',
  '-m connmark --mark 0', '-m connmark ! --mark 0x1/0x1', '-m mark --mark 0', '-m mark ! --mark 0x1/0x1', '-m ttl --ttl-eq 64',
  '-m ttl --ttl-lt 10', '-m ttl ! --ttl-eq 64', '-m dscp --dscp 0', '-m dscp ! --dscp-class EF', '-m iprange --src-range 198.18.0.1-198.18.0.5',
  '-m iprange ! --dst-range 198.18.0.1-198.18.0.5', '-m pkttype --pkt-type unicast', '-m pkttype --pkt-type broadcast', '-p 17', '! -p udp',
  '-p tcp -m tcp --sport 40000 --dport 22:25', '-f', '! -f', '-p tcp -m comment --comment "x y"',
];

/** Packets from the client to fw; each a new flow (distinct source ports) so its conntrack state is NEW. */
const PACKETS: PacketSpec[] = [
  { family: 'ip', protocol: 'tcp', dport: 22, sport: 40001, origin: 'network' },
  { family: 'ip', protocol: 'tcp', dport: 443, sport: 40002, origin: 'network', length: 90 },
  { family: 'ip', protocol: 'tcp', dport: 8080, sport: 41000, origin: 'network', length: 400 },
  { family: 'ip', protocol: 'tcp', dport: 25, sport: 40003, tcpFlags: 'SA', origin: 'network' },
  { family: 'ip', protocol: 'tcp', dport: 25, sport: 40004, tcpFlags: '', origin: 'network' },
  { family: 'ip', protocol: 'udp', dport: 53, sport: 40005, origin: 'network', length: 60 },
  { family: 'ip', protocol: 'udp', dport: 123, sport: 50000, origin: 'network', length: 200 },
  { family: 'ip', protocol: 'icmp', icmpType: 8, icmpCode: 0, origin: 'network', length: 84 },
  { family: 'ip', protocol: 'icmp', icmpType: 13, icmpCode: 0, origin: 'network', length: 40 },
];

/** What is known of a packet at fw INPUT, in the model's fields. */
type Facts = Partial<Record<Exclude<Field, 'iifname' | 'oifname'>, bigint>> & { iifname?: string; oifname?: string };

function facts(p: PacketSpec): Facts {
  const protocol = p.protocol === 'tcp' ? 6n : p.protocol === 'udp' ? 17n : 1n;
  const f: Facts = {
    saddr: (parseAddress(CLIENT4, 'ipv4') as { value: bigint }).value, daddr: (parseAddress(FW4, 'ipv4') as { value: bigint }).value,
    l4proto: protocol, iifname: FW_CLIENT_IF, fragment: 0n, ttl: 64n, dscp: 0n, pkttype: 0n, mark: 0n, 'ct.mark': 0n,
    'ct.direction': 0n, 'ct.status': 0n,
  };
  if (p.length !== undefined) f.length = BigInt(p.length);
  if (protocol !== 1n) {
    f.sport = BigInt(p.sport ?? 40000);
    f.dport = BigInt(p.dport ?? 80);
  }
  if (protocol === 6n) {
    const flags = p.tcpFlags ?? 'S';
    f['tcp.flags'] = [...flags].reduce((acc, c) => acc | BigInt(TCP_FLAG_BITS[({ F: 'fin', S: 'syn', R: 'rst', P: 'psh', A: 'ack', U: 'urg' } as Record<string, string>)[c]] ?? 0), 0n);
  }
  if (protocol === 1n) {
    f['icmp.type'] = BigInt(p.icmpType ?? 8);
    f['icmp.code'] = BigInt(p.icmpCode ?? 0);
  }
  // A SYN, a UDP datagram or an ICMP query starts a new connection; other TCP segments are left undecided.
  const known = protocol !== 6n || (p.tcpFlags ?? 'S') === 'S';
  if (known) f['ct.state'] = BigInt(CT_STATE_BITS.new);
  else delete f['ct.status'];
  return f;
}

function contains(item: ValueItem, value: bigint | string, mask?: bigint): boolean {
  if (item.kind === 'name') return typeof value === 'string' && (item.wildcard ? value.startsWith(item.name) : value === item.name);
  if (typeof value === 'string' || item.kind === 'set') return false;
  const v = mask === undefined ? value : value & mask;
  return item.kind === 'range' ? item.lo <= v && v <= item.hi : (v & item.mask) === (item.value & item.mask);
}

/** true/false when the facts decide the match, undefined otherwise. */
function holds(m: Match, f: Facts): boolean | undefined {
  if (m.kind === 'opaque') return undefined;
  if (m.kind === 'tuple') {
    const values = m.fields.map((field) => (field === 'iifname' || field === 'oifname' ? undefined : f[field]));
    if (values.some((v) => v === undefined)) return undefined;
    const hit = m.tuples.some((t) => t.every((item, i) => contains(item, values[i] as bigint)));
    return hit !== m.negated;
  }
  const value = m.field === 'iifname' ? f.iifname : m.field === 'oifname' ? f.oifname : f[m.field];
  if (value === undefined) return undefined;
  const hit = m.values.some((item) => contains(item, value, m.bitwise?.mask));
  return hit !== m.negated;
}

interface Tally {
  compared: number;
  matches: number;
  undecided: number;
  wrong: string[];
}

/** Loads `rules` into one chain, sends the packets, and compares each (rule, packet) pair with the model. */
async function compare(dialect: 'iptables' | 'ip6tables', chain: string, ruleTexts: string[], packets: PacketSpec[], factsOf: (p: PacketSpec, i: number) => Facts): Promise<Tally> {
  await initParsers();
  const header = dialect === 'ip6tables' ? '# Generated by ip6tables-save\n' : '';
  const text = `${header}*filter\n${ruleTexts.map((r) => `-A ${chain} ${r}`).join('\n')}\nCOMMIT\n`;
  const file = { uri: 'file:///lowering.rules', text, dialect: 'iptables' as const, tree: parse('iptables', text) };
  const { ruleset } = checkFile(file, NO_FILES);
  file.tree.delete();
  const rules = ruleset.tables[0].chains.find((c) => c.name === chain)?.rules ?? [];
  assert.equal(rules.length, ruleTexts.length);
  const results = await traceRuleset({ dialect, text, packets });
  const tally: Tally = { compared: 0, matches: 0, undecided: 0, wrong: [] };
  results.forEach((result, p) => {
    const matched = new Set(result.events.filter((e) => e.kind === 'rule' && e.table === 'filter' && e.chain === chain).map((e) => e.ruleIndex));
    const f = factsOf(packets[p], p);
    rules.forEach((rule, r) => {
      const answers = rule.matches.map((m) => holds(m, f));
      const model = answers.includes(false) ? false : answers.includes(undefined) ? undefined : true;
      if (model === undefined) {
        tally.undecided++;
        return;
      }
      tally.compared++;
      if (model) tally.matches++;
      if (model !== matched.has(r)) tally.wrong.push(`packet ${p} (${JSON.stringify(packets[p])}) rule '${ruleTexts[r]}': model ${model}, kernel ${matched.has(r)}`);
    });
  });
  console.log(`${dialect} ${chain}: ${tally.compared} (rule, packet) pairs compared with the kernel (${tally.matches} matching), ${tally.undecided} undecided by the model, ${tally.wrong.length} wrong`);
  return tally;
}

const FORWARD_RULES = [
  `-o ${FW_SERVER_IF}`, '! -o veth-c', '-o veth+', `-i ${FW_CLIENT_IF} -o ${FW_SERVER_IF}`, '-m conntrack --ctstate NEW', '-m conntrack --ctstate ESTABLISHED',
  '-m state --state ESTABLISHED,RELATED', '-m conntrack --ctdir ORIGINAL', '-m conntrack --ctdir REPLY', '-m conntrack --ctstate ESTABLISHED --ctdir REPLY',
  '-m connmark ! --mark 7', `-d ${SERVER4}`, `-s ${SERVER4} -p udp --sport 5000`, '-p udp -m multiport --ports 5000', '-p udp --dport 5000',
];
const FORWARD_PACKETS: PacketSpec[] = [
  { family: 'ip', protocol: 'udp', sport: 40100, dport: 5000, origin: 'network', destination: 'forward' },
  { family: 'ip', protocol: 'udp', sport: 5000, dport: 40100, origin: 'network', destination: 'forward', via: 'server' },
  { family: 'ip', protocol: 'tcp', sport: 40101, dport: 22, origin: 'network', destination: 'forward' },
];

const IPV6_RULES = [
  '-s fd00:18::/64', '! -s fd00:18::2', '-d fd00:18::1/128', '-s fd00:18::/ffff:ffff::', '-p ipv6-icmp --icmpv6-type echo-request',
  '-p ipv6-icmp ! --icmpv6-type 128/0', '-p icmpv6 -m icmp6 --icmpv6-type destination-unreachable', '-m hl --hl-eq 64', '-m hl --hl-gt 100',
  '-p tcp --dport 22', '-p tcp --syn', '-m iprange --src-range fd00:18::1-fd00:18::3', '-m length --length 0:100', '-p 58', '-m conntrack --ctstate NEW',
];
const IPV6_PACKETS: PacketSpec[] = [
  { family: 'ip6', protocol: 'icmpv6', icmpType: 128, icmpCode: 0, origin: 'network', length: 104 },
  { family: 'ip6', protocol: 'tcp', dport: 22, sport: 40200, origin: 'network' },
  { family: 'ip6', protocol: 'udp', dport: 53, sport: 40201, origin: 'network', length: 90 },
];

describe('kernel truth: iptables field lowering', { skip }, () => {
  it('filter INPUT: every decided (rule, packet) pair agrees with the kernel trace', async () => {
    const tally = await compare('iptables', 'INPUT', RULES, PACKETS, facts);
    assert.deepEqual(tally.wrong, []);
    assert.ok(tally.compared > 300 && tally.matches > 100, `only ${tally.compared} pairs compared, ${tally.matches} matching`);
  });

  it('filter FORWARD: output interfaces, conntrack state and direction of a flow and its reply', async () => {
    const tally = await compare('iptables', 'FORWARD', FORWARD_RULES, FORWARD_PACKETS, (p, i) => {
      const f = facts(p);
      f.daddr = (parseAddress(i === 1 ? CLIENT4 : SERVER4, 'ipv4') as { value: bigint }).value;
      f.oifname = i === 1 ? FW_CLIENT_IF : FW_SERVER_IF;
      if (i === 1) {
        f.saddr = (parseAddress(SERVER4, 'ipv4') as { value: bigint }).value;
        f.iifname = FW_SERVER_IF;
        f['ct.state'] = BigInt(CT_STATE_BITS.established);
        f['ct.direction'] = 1n;
        delete f['ct.status'];
      }
      return f;
    });
    assert.deepEqual(tally.wrong, []);
    assert.ok(tally.compared >= 40, `only ${tally.compared} pairs compared`);
  });

  it('ip6tables INPUT: IPv6 prefixes and masks, ICMPv6 types, hop limit', async () => {
    const tally = await compare('ip6tables', 'INPUT', IPV6_RULES, IPV6_PACKETS, (p) => {
      const f = facts(p);
      f.saddr = (parseAddress(CLIENT6, 'ipv6') as { value: bigint }).value;
      f.daddr = (parseAddress(FW6, 'ipv6') as { value: bigint }).value;
      f.l4proto = p.protocol === 'icmpv6' ? 58n : f.l4proto;
      if (p.protocol === 'icmpv6') {
        delete f.sport;
        delete f.dport;
        f['icmpv6.type'] = BigInt(p.icmpType ?? 128);
        f['icmpv6.code'] = BigInt(p.icmpCode ?? 0);
      }
      return f;
    });
    assert.deepEqual(tally.wrong, []);
    assert.ok(tally.compared >= 35, `only ${tally.compared} pairs compared`);
  });
});
