/**
 * Seeded random rulesets for the traversal differential: several base chains per hook across tables, user chains
 * reached by jump and goto (never in a loop), return, common matches with negation, marks and ct marks, NAT,
 * notrack, reject, verdict maps and sets (nft). Every ruleset is one the kernel loads; packets come with it.
 */
import type { PacketSpec } from './packet';
import { CLIENT4, CLIENT6, FW4, FW6, FW_SERVER_SIDE4, FW_SERVER_SIDE6, SERVER4, SERVER6 } from './topology-addresses';
import type { IrAction, IrChain, IrHook, IrMatch, IrRule, IrRuleset, IrTable } from './trace-ruleset-ir';

/** A packet of a generated case; `reply` is the index of the packet it answers (same batch). */
export interface DiffPacket {
  spec: PacketSpec;
  reply?: number;
  /** Per-line assumptions for undecidable matches (`file index:1-based line` → matches). */
  assume?: Record<string, boolean>;
}

/** One ruleset (one or more files loaded in order) and the packets sent through it. */
export interface DiffCase {
  name: string;
  files: IrRuleset[] | { dialect: 'nftables' | 'iptables' | 'ip6tables'; text: string }[];
  packets: DiffPacket[];
  localAddresses?: string[];
  /** Addresses the simulator treats as local that fw gets by routes in `fwCommands` (AnyIP), not on lo. */
  routedLocal?: string[];
  fwCommands?: string[][];
  listeners?: { address: string; port: number; transparent?: boolean }[];
}

/** mulberry32: small, fast, good enough for test generation, and the same sequence on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  weighted<T>(options: readonly [T, number][]): T {
    const total = options.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of options) if ((r -= w) < 0) return value;
    return options[options.length - 1][0];
  }
}

const PORTS = [22, 53, 80, 443, 8080];
const HOOKS: IrHook[] = ['prerouting', 'input', 'forward', 'output', 'postrouting'];
const NETS = {
  ip: ['198.18.0.0/24', '198.18.1.0/24', CLIENT4, SERVER4, FW4, '198.18.0.0/15'],
  ip6: ['fd00:18::/64', 'fd00:18:1::/64', CLIENT6, SERVER6, FW6, 'fd00:18::/32'],
};
const CT_STATES = ['new', 'established', 'related', 'invalid', 'untracked'];

/** Where a rule sits: what it may match and do. */
interface Context {
  dialect: 'nftables' | 'iptables';
  family: 'ip' | 'ip6' | 'inet';
  table: string;
  /** Undefined for user chains (reachable from several hooks). */
  hook?: IrHook;
  nat: boolean;
  priority: number;
  /** User chains this chain may jump or go to. */
  targets: string[];
  user: boolean;
}

/** A generated case for `dialect`; `mixed` loads an iptables file and an nft file together. */
export function generateCase(seed: number, dialect: 'nftables' | 'iptables' | 'mixed'): DiffCase {
  const d = new Dice(random(seed));
  const family = d.pick(['ip', 'ip6'] as const);
  const files: IrRuleset[] = [];
  if (dialect !== 'nftables') files.push(iptablesRuleset(d, family));
  if (dialect !== 'iptables') files.push(nftRuleset(d, dialect === 'mixed' ? family : undefined));
  const families = new Set(files.flatMap((f) => (f.dialect === 'iptables' ? [f.family] : f.tables.flatMap((t) => (t.family === 'inet' ? ['ip', 'ip6'] : [t.family])))));
  const hasNat = files.some((f) => f.tables.some((t) => t.chains.some((c) => c.base?.type === 'nat')));
  return { name: `${dialect} #${seed}`, files, packets: packets(d, [...families] as ('ip' | 'ip6')[], !hasNat) };
}

function nftRuleset(d: Dice, only?: 'ip' | 'ip6'): IrRuleset {
  const tables: IrTable[] = [];
  const count = d.int(1, 2);
  for (let i = 0; i < count; i++) {
    const family = only ?? d.weighted([['inet', 3], ['ip', 1], ['ip6', 1]] as const);
    tables.push(nftTable(d, family, `n${i}`));
  }
  return { dialect: 'nftables', family: only ?? 'ip', tables };
}

function nftTable(d: Dice, family: IrTable['family'], name: string): IrTable {
  const users = Array.from({ length: d.int(0, 3) }, (_, i) => `u${i}`);
  const table: IrTable = { family, name, chains: [] };
  if (family !== 'ip6' && d.chance(0.3)) table.sets = [{ name: 'nets', family: 'ip', nets: [d.pick(['198.18.0.0/24', CLIENT4]), '203.0.113.0/24'] }];
  for (let i = 0, n = d.int(1, 3); i < n; i++) {
    const hook = d.pick(HOOKS);
    const nat = hook !== 'forward' && d.chance(0.25);
    const priority = nat ? d.pick([-100, -50, 0, 50]) : d.pick(hook === 'prerouting' || hook === 'output' ? [-300, -150, -10, 0, 10, 150] : [-150, -10, 0, 10, 150]);
    const ctx: Context = { dialect: 'nftables', family, table: name, hook, nat, priority, targets: nat ? [] : users, user: false };
    table.chains.push({
      name: `b${i}`, base: { hook, priority, type: nat ? 'nat' : 'filter', policy: !nat && d.chance(0.3) ? 'drop' : 'accept' },
      rules: rules(d, ctx, table),
    });
  }
  users.forEach((u, i) => {
    const ctx: Context = { dialect: 'nftables', family, table: name, nat: false, priority: 0, targets: users.slice(i + 1), user: true };
    table.chains.push({ name: u, rules: rules(d, ctx, table) });
  });
  return table;
}

const IPT_TABLES: Record<string, IrHook[]> = {
  raw: ['prerouting', 'output'], mangle: ['prerouting', 'input', 'forward', 'output', 'postrouting'],
  nat: ['prerouting', 'input', 'output', 'postrouting'], filter: ['input', 'forward', 'output'],
};
const IPT_PRIORITY: Record<string, number> = { raw: -300, mangle: -150, nat: -100, filter: 0 };

function iptablesRuleset(d: Dice, family: 'ip' | 'ip6'): IrRuleset {
  const tables: IrTable[] = [];
  for (const name of ['raw', 'mangle', 'nat', 'filter']) {
    if (!d.chance(name === 'filter' ? 0.9 : 0.45)) continue;
    const users = name === 'filter' || name === 'mangle' ? Array.from({ length: d.int(0, 3) }, (_, i) => `U${i}`) : [];
    const table: IrTable = { family, name, chains: [] };
    for (const hook of IPT_TABLES[name]) {
      if (!d.chance(0.6)) continue;
      const nat = name === 'nat';
      const ctx: Context = { dialect: 'iptables', family, table: name, hook, nat, priority: IPT_PRIORITY[name], targets: users, user: false };
      table.chains.push({ name: hook.toUpperCase(), base: { hook, priority: IPT_PRIORITY[name], type: nat ? 'nat' : 'filter', policy: name === 'filter' && d.chance(0.3) ? 'drop' : 'accept' }, rules: rules(d, ctx, table) });
    }
    users.forEach((u, i) => {
      const ctx: Context = { dialect: 'iptables', family, table: name, nat: false, priority: 0, targets: users.slice(i + 1), user: true };
      table.chains.push({ name: u, rules: rules(d, ctx, table) });
    });
    tables.push(table);
  }
  return { dialect: 'iptables', family, tables };
}

function rules(d: Dice, ctx: Context, table: IrTable): IrRule[] {
  return Array.from({ length: d.int(ctx.user ? 1 : 0, 5) }, () => rule(d, ctx, table));
}

function rule(d: Dice, ctx: Context, table: IrTable): IrRule {
  const family = ctx.family === 'inet' ? d.pick(['ip', 'ip6'] as const) : ctx.family;
  const matches: IrMatch[] = [];
  const proto = d.weighted([[undefined, 3], ['tcp', 3], ['udp', 2], ['icmp', 1]] as const);
  if (proto) matches.push({ k: 'proto', proto });
  for (let i = 0, n = d.int(0, 2); i < n; i++) {
    const m = match(d, ctx, family, proto, table);
    // One match of a kind per rule: iptables refuses a second -s, -i, --dport…
    if (m && !matches.some((x) => x.k === m.k)) matches.push(m);
  }
  const action = ruleAction(d, ctx, family, proto);
  // A translation with a port needs a transport protocol in the rule (both tools refuse it otherwise).
  if (action.k === 'dnat' && proto !== 'tcp' && proto !== 'udp') delete action.port;
  const drop = (k: IrMatch['k']): void => { const i = matches.findIndex((m) => m.k === k); if (i >= 0) matches.splice(i, 1); };
  if ((action.k === 'dnat' || action.k === 'snat') && ctx.family === 'inet') {
    drop('saddr');
    matches.unshift({ k: 'saddr', net: NETS[family][5] });
  }
  if (action.k === 'dnat' && ctx.hook === 'prerouting') {
    drop('iif');
    matches.unshift({ k: 'iif', name: 'veth-c' });
  }
  if (action.k === 'snat' && ctx.hook === 'postrouting') {
    drop('oif');
    matches.unshift({ k: 'oif', name: 'veth-s' });
  }
  return { matches, action };
}

function match(d: Dice, ctx: Context, family: 'ip' | 'ip6', proto: 'tcp' | 'udp' | 'icmp' | undefined, table: IrTable): IrMatch | undefined {
  const neg = d.chance(0.2);
  const kinds: [string, number][] = [['addr', 3], ['iface', 2], ['ct', 3], ['mark', 1]];
  if (proto === 'tcp' || proto === 'udp') kinds.push(['port', 5]);
  if (proto === 'tcp') kinds.push(['syn', 1]);
  if (proto === 'icmp') kinds.push(['icmptype', 2]);
  if (ctx.dialect === 'nftables' && family === 'ip' && ctx.family !== 'ip6') {
    if (table.sets?.length) kinds.push(['set', 2]);
    if (proto === 'tcp' || proto === 'udp') kinds.push(['pair', 1]);
  }
  switch (d.weighted(kinds)) {
    case 'port': {
      const p = proto as 'tcp' | 'udp';
      const k = d.chance(0.8) ? 'dport' : 'sport';
      if (k === 'sport') return { k, proto: p, ports: [40000, 40020], range: true, neg };
      return d.chance(0.25) ? { k, proto: p, ports: [20, 100], range: true, neg } : { k, proto: p, ports: d.chance(0.3) ? [d.pick(PORTS), d.pick(PORTS)].filter((v, i, a) => a.indexOf(v) === i) : [d.pick(PORTS)], neg };
    }
    case 'addr': return { k: d.pick(['saddr', 'daddr'] as const), net: d.pick(NETS[family]), neg };
    case 'iface': {
      // nft reads either name at any hook (an absent device is the empty name); iptables refuses -i/-o where the
      // device cannot exist.
      const nft = ctx.dialect === 'nftables';
      const canIn = nft || (!ctx.user && (ctx.hook === 'prerouting' || ctx.hook === 'input' || ctx.hook === 'forward'));
      const canOut = nft || (!ctx.user && (ctx.hook === 'output' || ctx.hook === 'postrouting' || ctx.hook === 'forward'));
      if (!canIn && !canOut) return undefined;
      const k = canIn && (!canOut || d.chance(0.5)) ? 'iif' : 'oif';
      return d.chance(0.25) ? { k, name: 'veth', wildcard: true, neg } : { k, name: d.pick(['veth-c', 'veth-s', 'lo']), neg };
    }
    case 'ct': {
      const states = CT_STATES.filter(() => d.chance(0.35));
      return { k: 'ctstate', states: states.length ? states : [d.pick(CT_STATES)], neg: d.chance(0.1) };
    }
    case 'mark': return d.chance(0.7) ? { k: 'mark', value: d.pick([1, 2, 0x10]), neg } : { k: 'ctmark', value: d.pick([1, 2]) };
    case 'syn': return { k: 'syn' };
    case 'icmptype': return { k: 'icmptype', type: d.pick(['echo-request', 'echo-reply'] as const) };
    case 'set': return { k: 'saddr-set', set: 'nets' };
    case 'pair': return { k: 'addr-port', proto: proto as 'tcp' | 'udp', pairs: [[CLIENT4, d.pick(PORTS)], [SERVER4, d.pick(PORTS)]] };
  }
  return undefined;
}

function ruleAction(d: Dice, ctx: Context, family: 'ip' | 'ip6', proto: 'tcp' | 'udp' | 'icmp' | undefined): IrAction {
  if (ctx.nat) return natAction(d, ctx, family);
  const filterHook = ctx.hook === 'input' || ctx.hook === 'forward' || ctx.hook === 'output';
  const options: [IrAction['k'], number][] = [['accept', 20], ['drop', 12], ['continue', 15]];
  if (ctx.targets.length) options.push(['jump', 18], ['goto', 7]);
  if (ctx.user) options.push(['return', 10]);
  else options.push(['return', 2]);
  const marks = ctx.dialect === 'nftables' || ctx.table === 'mangle';
  if (marks) options.push(['mark', 8], ['ctmark', 4]);
  if (!ctx.user && filterHook && (ctx.dialect === 'nftables' || ctx.table === 'filter')) options.push(['reject', 5]);
  const early = !ctx.user && (ctx.hook === 'prerouting' || ctx.hook === 'output') && ctx.priority < -200;
  if (early && (ctx.dialect === 'nftables' || ctx.table === 'raw')) options.push(['notrack', 4]);
  if (ctx.dialect === 'iptables') options.push(['log', 3]);
  if (ctx.dialect === 'nftables' && !ctx.user && proto !== 'icmp') options.push(['vmap', 4]);
  const k = d.weighted(options);
  switch (k) {
    case 'jump': case 'goto': return { k, chain: d.pick(ctx.targets) };
    case 'mark': case 'ctmark': return { k, value: d.pick([1, 2, 0x10]) };
    case 'vmap': {
      const entries: [number, 'accept' | 'drop' | { jump: string }][] = [[d.pick(PORTS), 'accept'], [d.pick(PORTS), ctx.targets.length && d.chance(0.5) ? { jump: d.pick(ctx.targets) } : 'drop']];
      return { k, proto: proto === 'tcp' || proto === 'udp' ? proto : d.pick(['tcp', 'udp'] as const), entries: entries.filter(([p], i) => entries.findIndex(([q]) => q === p) === i) };
    }
    default: return { k } as IrAction;
  }
}

function natAction(d: Dice, ctx: Context, family: 'ip' | 'ip6'): IrAction {
  const v6 = family === 'ip6';
  if (d.chance(0.4)) return { k: d.pick(['accept', 'continue'] as const) };
  if (ctx.hook === 'prerouting' || ctx.hook === 'output') {
    const local = ctx.hook === 'output' ? (v6 ? FW6 : FW4) : v6 ? FW_SERVER_SIDE6 : FW_SERVER_SIDE4;
    return d.chance(0.5) ? { k: 'dnat', address: v6 ? SERVER6 : SERVER4, port: 8080 } : { k: 'dnat', address: local, port: 2222 };
  }
  return { k: 'snat', address: ctx.hook === 'input' ? (v6 ? 'fd00:18::77' : '198.18.0.77') : v6 ? 'fd00:18:1::99' : '198.18.1.99' };
}

/** Eight packets: from the client to fw and through it, from fw out and to itself, from the server; a reply pair. */
function packets(d: Dice, families: ('ip' | 'ip6')[], withReply: boolean): DiffPacket[] {
  const out: DiffPacket[] = [];
  const count = withReply ? 6 : 8;
  for (let i = 0; i < count; i++) {
    const family = d.pick(families);
    const protocol = d.weighted([['tcp', 5], ['udp', 3], [family === 'ip' ? 'icmp' : 'icmpv6', 2]] as const);
    const where = d.weighted([['in', 3], ['fwd', 3], ['out', 2], ['self', 1], ['back', 1]] as const);
    const spec: PacketSpec = {
      family, protocol, origin: where === 'out' || where === 'self' ? 'local' : 'network',
      destination: where === 'in' || where === 'self' ? 'local' : 'forward',
    };
    if (where === 'back') spec.via = 'server';
    if (protocol === 'tcp' || protocol === 'udp') {
      spec.sport = 40000 + out.length;
      spec.dport = d.pick(PORTS);
    }
    if (protocol === 'tcp') spec.tcpFlags = d.weighted([['S', 14], ['A', 3], ['SA', 2], ['R', 1]] as const);
    if (spec.origin === 'local' && d.chance(0.3)) spec.mark = d.pick([1, 2, 0x10]);
    out.push({ spec });
  }
  if (withReply) {
    const family = d.pick(families);
    const sport = 41000 + Math.floor(d.next() * 1000);
    out.push({ spec: { family, protocol: 'udp', origin: 'network', destination: 'forward', sport, dport: 53 } });
    out.push({ spec: { family, protocol: 'udp', origin: 'network', destination: 'forward', via: 'server', sport: 53, dport: sport }, reply: out.length - 1 });
  }
  return out;
}

/** The chains of a ruleset that are base chains (for reports). */
export function baseChainCount(files: IrRuleset[]): number {
  return files.reduce((n, f) => n + f.tables.reduce((m, t) => m + t.chains.filter((c: IrChain) => c.base).length, 0), 0);
}
