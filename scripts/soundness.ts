/**
 * Soundness of the rule-logic claims, measured against the kernel (issue "static analysis", acceptance 4): for each
 * shadowed-rule and redundant-rule claim on the corpus files the real tools accept, a witness packet the flagged rule
 * matches is built from the claim, the file is loaded into throwaway namespaces with one extra rule that sends packets
 * into the flagged rule's chain, the packet is sent, and the kernel's own trace must show an earlier covering rule
 * deciding it and the flagged rule never matching. A trace in which the flagged rule matches is a wrong claim.
 * Claims whose witness the harness cannot send (an interface other than fw's, a conntrack state other than new, a
 * mark on a forwarded packet, an opaque match…) are counted as not checked, with the reason.
 *
 * usage: node out/scripts/soundness.js [--max-claims N] [--per-file N] [--verbose]
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { interfaceRange } from '../server/src/analysis/packet-space/from-model';
import type { Dim } from '../server/src/analysis/packet-space/region';
import { chainContexts } from '../server/src/analysis/chain-contexts';
import { ruleClaims, samplePacket, type Claim } from '../server/src/analysis/rule-logic/coverage';
import { interfaceName, witnessText } from '../server/src/analysis/rule-logic/witness-text';
import { formatAddress } from '../server/src/catalog/values/address';
import { checkFile } from '../server/src/engine/check';
import { NO_FILES } from '../server/src/engine/source';
import type { Chain, Dialect, Rule, Ruleset, Table } from '../server/src/model/types';
import { TCP_FLAG_BITS } from '../server/src/model/fields';
import { initParsers, parse } from '../server/src/syntax/parser';
import { kernelAvailable } from '../test/kernel/lib/available';
import type { Dialect as KernelDialect } from '../test/kernel/lib/load';
import type { PacketSpec } from '../test/kernel/lib/packet';
import { FW4, FW6, FW_CLIENT_IF, FW_SERVER_IF, SERVER4, SERVER6 } from '../test/kernel/lib/topology-addresses';
import { traceRuleset } from '../test/kernel/lib/trace';
import type { TraceResult } from '../test/kernel/lib/trace-result';
import { CORPUS, readManifest } from './lib/corpus';

/** Dimensions a witness may constrain and the harness can still produce. */
const SENDABLE = new Set<Dim>(['nfproto', 'l4proto', 'saddr', 'daddr', 'sport', 'dport', 'tcp.flags', 'icmp.type', 'icmp.code', 'icmpv6.type', 'icmpv6.code', 'iifname', 'oifname', 'ct.state', 'mark', 'length', 'fragment']);
const LETTERS: Record<string, string> = { fin: 'F', syn: 'S', rst: 'R', psh: 'P', ack: 'A', urg: 'U', ecn: 'E', cwr: 'C' };
const PROTOCOLS: Record<string, PacketSpec['protocol']> = { '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };
const CT_NEW = 8n;

interface Case {
  claim: Claim;
  packet: PacketSpec;
  description: string;
  /** fw's interface names the witness needs (the topology is built with them). */
  interfaces: { client?: string; server?: string };
}

interface Group {
  file: string;
  dialect: KernelDialect;
  text: string;
  table: Table;
  chain: Chain;
  base: Chain;
  cases: Case[];
  localAddresses: Set<string>;
  routes: Set<string>;
  interfaces: { client?: string; server?: string };
}

type Verdict = 'confirmed' | 'wrong' | 'unchecked';

/**
 * A base chain to drive a chain that no base chain reaches (its claims hold for any caller): the table's first
 * built-in or base chain at an input-side hook.
 */
function defaultBase(table: Table): Chain | undefined {
  const order = ['prerouting', 'input', 'forward'];
  return [...table.chains].filter((c) => c.base && order.includes(c.base.hook))
    .sort((a, b) => order.indexOf(a.base?.hook ?? '') - order.indexOf(b.base?.hook ?? ''))[0];
}

/** An interface name fw can be given (the harness's own names, `lo` and the peers' `eth0` are taken). */
function usableName(value: bigint): string | undefined {
  const name = interfaceName(value);
  return /^[A-Za-z0-9_.-]{1,15}$/.test(name) && name !== 'lo' && name !== 'eth0' ? name : undefined;
}

/** The packet the harness sends for a claim (and fw's interface names it needs), or the reason it cannot. */
function packetFor(claim: Claim, base: Chain): { spec: PacketSpec; interfaces: Case['interfaces'] } | string {
  const witness = claim.witness;
  if (!witness) return 'no witness';
  const hook = base.base?.hook;
  if (!hook || hook === 'ingress' || hook === 'egress') return `base chain at ${hook ?? 'no hook'}`;
  const network = hook === 'prerouting' || hook === 'input' || hook === 'forward';
  const packet = samplePacket(witness.box, {
    iifname: [interfaceRange(FW_CLIENT_IF, false)[0]],
    oifname: [interfaceRange(FW_SERVER_IF, false)[0]],
    'ct.state': [CT_NEW],
    'tcp.flags': [BigInt(TCP_FLAG_BITS.syn)],
    fragment: [0n],
  });
  for (const dim of packet.keys()) if (!SENDABLE.has(dim)) return `constrains ${dim}`;
  const family = packet.get('nfproto') === 10n ? 'ip6' : 'ip';
  const proto = packet.get('l4proto');
  const protocol: PacketSpec['protocol'] = proto === undefined ? 'udp' : PROTOCOLS[proto.toString()] ?? Number(proto);
  if (typeof protocol === 'number' && (packet.has('sport') || packet.has('dport'))) return `ports of protocol ${protocol}`;
  if ((family === 'ip6') !== (protocol === 'icmpv6') && (protocol === 'icmp' || protocol === 'icmpv6')) return 'icmp of the other family';
  const state = packet.get('ct.state');
  if (state !== undefined && state !== CT_NEW) return 'conntrack state other than new';
  if (packet.get('fragment') === 1n) return 'a fragment';
  const interfaces: Case['interfaces'] = {};
  const iif = packet.get('iifname');
  if (iif !== undefined) {
    if (!network) return 'an input interface on a packet fw sends';
    interfaces.client = usableName(iif);
    if (!interfaces.client) return 'an input interface name fw cannot take';
  }
  const oif = packet.get('oifname');
  if (oif !== undefined) {
    if (hook === 'prerouting' || hook === 'input') return 'an output interface before routing';
    interfaces.server = usableName(oif);
    if (!interfaces.server || interfaces.server === interfaces.client) return 'an output interface name fw cannot take';
  }
  const mark = packet.get('mark');
  if (mark !== undefined && (network || mark > 0xffffffffn)) return 'a mark on a packet from the network';
  const spec: PacketSpec = {
    family, protocol, origin: network ? 'network' : 'local',
    destination: hook === 'forward' || !network ? 'forward' : 'local',
  };
  const address = (dim: Dim): string | undefined => {
    const v = packet.get(dim);
    return v === undefined ? undefined : formatAddress(v, family === 'ip6' ? 'ipv6' : 'ipv4');
  };
  spec.saddr = address('saddr');
  spec.daddr = address('daddr');
  const number = (dim: Dim): number | undefined => (packet.has(dim) ? Number(packet.get(dim)) : undefined);
  if (protocol === 'tcp' || protocol === 'udp') {
    spec.sport = number('sport');
    spec.dport = number('dport');
    if (spec.sport === 0 || spec.dport === 0) return 'port 0';
  }
  if (protocol === 'tcp') {
    const flags = packet.get('tcp.flags') ?? BigInt(TCP_FLAG_BITS.syn);
    spec.tcpFlags = Object.entries(TCP_FLAG_BITS).filter(([, bit]) => (BigInt(bit) & flags) !== 0n).map(([name]) => LETTERS[name]).join('') || '';
    if (spec.tcpFlags === '') return 'a TCP segment without flags';
  }
  if (protocol === 'icmp' || protocol === 'icmpv6') {
    spec.icmpType = number(protocol === 'icmp' ? 'icmp.type' : 'icmpv6.type');
    spec.icmpCode = number(protocol === 'icmp' ? 'icmp.code' : 'icmpv6.code');
  }
  if (mark !== undefined) spec.mark = Number(mark);
  const length = number('length');
  if (length !== undefined) {
    if (length < 60 || length > 1400) return `length ${length}`;
    spec.length = length;
  }
  return { spec, interfaces };
}

/** How many kernel rules an iptables rule becomes: `-s a,b -d c,d` expands into one rule per address pair. */
function expansion(rule: Rule): number {
  if (rule.chain.table.origin !== 'iptables') return 1;
  const count = (re: RegExp): number => (re.exec(rule.text)?.[1].split(',').length ?? 1);
  return count(/(?:^|\s)(?:-s|--source|--src)\s+(\S+)/) * count(/(?:^|\s)(?:-d|--destination|--dst)\s+(\S+)/);
}

/** Kernel rule positions (0-based, as the trace reports them) of each model rule of a chain. */
function kernelPositions(chain: Chain): Map<Rule, number[]> {
  const out = new Map<Rule, number[]>();
  let next = 0;
  for (const rule of chain.rules) {
    const n = expansion(rule);
    out.set(rule, Array.from({ length: n }, (_, i) => next + i));
    next += n;
  }
  return out;
}

/** The file's text with a rule at the top of `base` that jumps into `chain` (nothing added when it is the base). */
function driven(group: Pick<Group, 'text' | 'table' | 'chain' | 'base'>): { text: string; also: { dialect: KernelDialect; text: string }[] } {
  const { text, table, chain, base } = group;
  if (chain === base) return { text, also: [] };
  if (table.origin === 'nftables') {
    return { text, also: [{ dialect: 'nftables', text: `insert rule ${table.family} ${quoted(table.name)} ${quoted(base.name)} jump ${quoted(chain.name)}\n` }] };
  }
  const lines = text.split('\n');
  let commit = table.location.range.end.line;
  while (commit > table.location.range.start.line && !/^COMMIT\s*$/.test(lines[commit] ?? '')) commit--;
  lines.splice(commit, 0, `-I ${base.name} 1 -j ${chain.name}`);
  return { text: lines.join('\n'), also: [] };
}

function quoted(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_\-/.]*$/.test(name) ? name : `"${name}"`;
}

/** Judges one traced packet against its claim. */
function judge(c: Case, group: Group, result: TraceResult): { verdict: Verdict; why: string } {
  const positions = kernelPositions(group.chain);
  const inChain = result.events.filter((e) => e.kind === 'rule' && e.table === group.table.name && e.chain === group.chain.name);
  const flagged = positions.get(c.claim.rule) ?? [];
  const hitFlagged = inChain.find((e) => e.ruleIndex !== undefined && flagged.includes(e.ruleIndex));
  if (hitFlagged) return { verdict: 'wrong', why: `the flagged rule matched (kernel rule ${hitFlagged.ruleIndex}, ${hitFlagged.verdict})` };
  const covering = new Set(c.claim.coverers.flatMap((r) => positions.get(r) ?? []));
  const decided = inChain.find((e) => e.ruleIndex !== undefined && covering.has(e.ruleIndex) && e.verdict !== 'continue');
  if (decided) return { verdict: 'confirmed', why: `kernel rule ${decided.ruleIndex} decided it (${decided.verdict})` };
  if (inChain.length === 0 && !result.events.some((e) => e.chain === group.chain.name)) return { verdict: 'unchecked', why: 'the packet did not reach the chain' };
  return { verdict: 'unchecked', why: `no covering rule matched: ${result.events.map((e) => `${e.chain}#${e.ruleIndex ?? e.kind} ${e.verdict ?? ''}`).join(', ')}` };
}

/** Claims of one corpus file, grouped by chain, with their packets (or reasons to skip). */
function groupsOf(file: string, dialect: Dialect, text: string, perFile: number, skipped: Map<string, number>): Group[] {
  const tree = parse(dialect, text);
  let ruleset: Ruleset;
  try {
    ruleset = checkFile({ uri: `file://${file}`, text, dialect, tree }, NO_FILES).ruleset;
  } finally {
    tree.delete();
  }
  if (ruleset.includes.length > 0) return [];
  const groups = new Map<string, Group>();
  let taken = 0;
  for (const claim of ruleClaims(ruleset)) {
    if (claim.kind === 'unreachable' || taken >= perFile) continue;
    const chain = claim.rule.chain;
    const table = chain.table;
    const base = chain.base ? chain : chainContexts(table).get(chain)?.[0]?.base ?? defaultBase(table);
    if (!base) {
      skipped.set('chain no base chain reaches', (skipped.get('chain no base chain reaches') ?? 0) + 1);
      continue;
    }
    const sendable = packetFor(claim, base);
    if (typeof sendable === 'string') {
      skipped.set(sendable, (skipped.get(sendable) ?? 0) + 1);
      continue;
    }
    const { spec: packet, interfaces } = sendable;
    taken++;
    const key = `${table.family} ${table.name} ${chain.name} ${interfaces.client ?? ''} ${interfaces.server ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      const kernelDialect: KernelDialect = dialect === 'nftables' ? 'nftables' : table.family === 'ip6' ? 'ip6tables' : 'iptables';
      group = { file, dialect: kernelDialect, text, table, chain, base, cases: [], localAddresses: new Set(), routes: new Set(), interfaces };
      groups.set(key, group);
    }
    if (packet.origin === 'network' && packet.destination === 'local' && packet.daddr && packet.daddr !== FW4 && packet.daddr !== FW6) group.localAddresses.add(packet.daddr);
    if (packet.destination === 'forward' && packet.daddr && packet.daddr !== SERVER4 && packet.daddr !== SERVER6) group.routes.add(packet.daddr);
    group.cases.push({ claim, packet, interfaces, description: claim.witness ? witnessText(claim.witness.packet) : '' });
  }
  return [...groups.values()];
}

async function runGroup(group: Group): Promise<TraceResult[] | string> {
  const { text, also } = driven(group);
  const fwCommands = [...group.routes].map((daddr) => {
    const v6 = daddr.includes(':');
    return ['ip', ...(v6 ? ['-6'] : []), 'route', 'replace', `${daddr}/${v6 ? 128 : 32}`, 'via', v6 ? SERVER6 : SERVER4];
  });
  try {
    return await traceRuleset({
      dialect: group.dialect, text, also, packets: group.cases.map((c) => c.packet),
      localAddresses: [...group.localAddresses], fwCommands, interfaces: group.interfaces,
    });
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  }
}

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const available = kernelAvailable();
  if (!available.ok) {
    console.log(`soundness: skipped — the kernel harness is unavailable here (${available.reason}); it needs root and network namespaces`);
    return;
  }
  const maxClaims = option('--max-claims', 300);
  const perFile = option('--per-file', 20);
  const verbose = process.argv.includes('--verbose');
  await initParsers();
  const skipped = new Map<string, number>();
  const tally: Record<Verdict, number> = { confirmed: 0, wrong: 0, unchecked: 0 };
  const byKind: Record<string, Record<Verdict, number>> = {};
  const wrong: string[] = [];
  const unchecked = new Map<string, number>();
  let claims = 0;
  let loads = 0;
  const rows = readManifest().filter((r) => r.tool_verdict === 'ok' && (r.format === 'nft' || r.format.startsWith('ipt')));
  for (const row of rows) {
    if (tally.confirmed + tally.wrong >= maxClaims) break;
    const file = path.join(CORPUS, row.local_path);
    const dialect: Dialect = row.format === 'nft' ? 'nftables' : 'iptables';
    for (const group of groupsOf(file, dialect, readFileSync(file, 'utf8'), perFile, skipped)) {
      const results = await runGroup(group);
      loads++;
      group.cases.forEach((c, i) => {
        claims++;
        const kind = c.claim.kind;
        byKind[kind] ??= { confirmed: 0, wrong: 0, unchecked: 0 };
        const outcome = typeof results === 'string' ? { verdict: 'unchecked' as Verdict, why: `load failed: ${results}` } : judge(c, group, results[i]);
        tally[outcome.verdict]++;
        byKind[kind][outcome.verdict]++;
        const line = `${row.local_path}:${c.claim.rule.location.range.start.line + 1} ${kind} [${c.description}] ${outcome.why}`;
        if (outcome.verdict === 'wrong') wrong.push(line);
        if (outcome.verdict === 'unchecked') unchecked.set(outcome.why.replace(/:.*$/, ''), (unchecked.get(outcome.why.replace(/:.*$/, '')) ?? 0) + 1);
        if (verbose) console.log(`${outcome.verdict.padEnd(9)} ${line}`);
      });
    }
  }
  console.log(`soundness of shadowed/redundant claims against the kernel's trace (${loads} ruleset loads)`);
  console.log(`  claims traced: ${claims}; confirmed by the kernel: ${tally.confirmed}; wrong: ${tally.wrong}; not checked: ${tally.unchecked}`);
  for (const [kind, t] of Object.entries(byKind)) console.log(`  ${kind}: ${t.confirmed} confirmed, ${t.wrong} wrong, ${t.unchecked} not checked`);
  for (const [why, n] of [...unchecked].sort((a, b) => b[1] - a[1])) console.log(`    not checked (${n}): ${why}`);
  for (const [why, n] of [...skipped].sort((a, b) => b[1] - a[1])) console.log(`  claim not sendable (${n}): ${why}`);
  for (const line of wrong) console.log(`  WRONG ${line}`);
  if (tally.wrong > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
