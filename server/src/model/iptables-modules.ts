/**
 * Per-module lowering of iptables match options into FieldMatches. Each lowerer takes one module instance and
 * returns the field matches it can state exactly plus the options left for the instance's opaque match. A module
 * without a lowerer stays wholly opaque (even with no options: `-m socket` alone is a condition).
 */
import type { IpFamily } from '../catalog/iptables';
import { DSCP_CLASSES } from '../catalog/iptables/matches/ip-header';
import { CT_STATE_BITS, type Field } from './fields';
import { fieldMatch, implicitMatch, type MatchContext } from './iptables-field';
import { protocolMatch as protocolExtension, type ModuleUse, type OptionUse, type ResolvedRule } from './iptables-resolve';
import {
  addressRangeItems, ctStateItems, ctStatusMask, icmpTypeValue, intRangeItems, intValue, macValue, markValue, point,
  portListItems, portRangeItems, range, TRACKED_STATES,
} from './iptables-values';
import type { Match, TupleMatch, ValueItem } from './types';

/** What a module lowerer returns. */
export interface Lowered {
  matches: { at: number; match: Match }[];
  /** Options kept opaque. */
  rest: OptionUse[];
  /** The module is a condition of its own, so an opaque match is kept even when every option was lowered. */
  keepModule?: boolean;
}

type Lowerer = (instance: ModuleUse, rule: ResolvedRule, context: MatchContext) => Lowered;

const FULL_MARK = 0xffffffffn;

/** Collects field matches and leftovers for one instance. */
class Collector {
  readonly lowered: Lowered = { matches: [], rest: [] };
  constructor(readonly context: MatchContext) {}

  /** Adds a field match for an option, or keeps the option opaque when `values` is undefined. */
  field(use: OptionUse, field: Field, values: ValueItem[] | undefined, extra: Parameters<typeof fieldMatch>[4] = {}): boolean {
    if (!values) {
      this.lowered.rest.push(use);
      return false;
    }
    this.lowered.matches.push({ at: use.node.startIndex, match: fieldMatch(use, this.context, field, values, extra) });
    return true;
  }

  /** Adds an implicit condition in front of an option. */
  implicit(use: OptionUse, field: Field, values: ValueItem[]): void {
    this.lowered.matches.push({ at: use.node.startIndex - 0.5, match: implicitMatch(use, this.context, field, values) });
  }

  other(match: Match, use: OptionUse): void {
    this.lowered.matches.push({ at: use.node.startIndex, match });
  }

  keep(use: OptionUse): void {
    this.lowered.rest.push(use);
  }
}

/** True when `-p` names this instance's protocol positively, so header options read that protocol's header. */
function protocolIsOwn(instance: ModuleUse, rule: ResolvedRule): boolean {
  const p = rule.protocol;
  if (!p || p.negated || !instance.extension) return false;
  return protocolExtension(p.name, rule.family)?.name === instance.extension.name;
}

/** Protocols multiport accepts. */
const PORT_PROTOCOLS = new Set([6, 17, 136, 132, 33]);

/** Transport-header matches: ports and TCP flags (multiport: port lists), when `-p` names the protocol. */
function transport(instance: ModuleUse, rule: ResolvedRule, context: MatchContext): Lowered {
  const c = new Collector(context);
  const own = instance.extension?.name === 'multiport'
    ? rule.protocol !== undefined && !rule.protocol.negated && PORT_PROTOCOLS.has(rule.protocol.number ?? -1)
    : protocolIsOwn(instance, rule);
  let first: OptionUse | undefined;
  for (const use of instance.options) {
    const name = use.option?.name;
    const arg = use.args[0] ?? '';
    let done = false;
    if (!own) c.keep(use);
    else if (name === '--sport' || name === '--dport') done = c.field(use, name === '--sport' ? 'sport' : 'dport', portRangeItems(arg));
    else if (name === '--sports' || name === '--dports') done = c.field(use, name === '--sports' ? 'sport' : 'dport', portListItems(arg));
    else if (name === '--tcp-flags') done = tcpFlags(c, use, use.args[0], use.args[1]);
    else if (name === '--syn') done = tcpFlags(c, use, 'FIN,SYN,RST,ACK', 'SYN');
    else c.keep(use);
    if (done && !first) first = use;
  }
  // Non-first fragments carry no transport header: every header test fails on them.
  if (first) c.implicit(first, 'fragment', [point(0)]);
  return c.lowered;
}

/** `--tcp-flags MASK COMP`: `(flags & MASK) == COMP`. */
function tcpFlags(c: Collector, use: OptionUse, maskText: string | undefined, compText: string | undefined): boolean {
  const mask = maskText === undefined ? undefined : flagBits(maskText);
  const comp = compText === undefined ? undefined : flagBits(compText);
  if (mask === undefined || comp === undefined) return c.field(use, 'tcp.flags', undefined);
  return c.field(use, 'tcp.flags', [point(comp)], { bitwise: { mask: BigInt(mask) } });
}

const TCP_FLAGS: Record<string, number> = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10, URG: 0x20, ALL: 0x3f, NONE: 0 };

function flagBits(text: string): number | undefined {
  let bits = 0;
  for (const word of text.split(',')) {
    const bit = TCP_FLAGS[word.toUpperCase()];
    if (bit === undefined) return undefined;
    bits |= bit;
  }
  return bits;
}

/** `--icmp-type` / `--icmpv6-type`: type, and code when given; a negated type/code pair is one tuple. */
function icmp(instance: ModuleUse, rule: ResolvedRule, context: MatchContext): Lowered {
  const c = new Collector(context);
  const v6 = instance.extension?.name === 'icmp6';
  const [typeField, codeField]: Field[] = v6 ? ['icmpv6.type', 'icmpv6.code'] : ['icmp.type', 'icmp.code'];
  for (const use of instance.options) {
    const spec = protocolIsOwn(instance, rule) && use.args[0] !== undefined ? icmpTypeValue(use.args[0], context.family) : undefined;
    // `any` is kept opaque: the nf_tables translation of it also matches fragments, the x_tables match does not.
    if (spec === undefined || spec === 'any') c.keep(use);
    else if (spec.code === undefined) c.field(use, typeField, [point(spec.type)]);
    else if (!use.negated) {
      c.field(use, typeField, [point(spec.type)]);
      c.field(use, codeField, [point(spec.code)]);
    } else c.other(icmpTuple(use, context, [typeField, codeField], spec.type, spec.code), use);
  }
  const first = instance.options.find((o) => !c.lowered.rest.includes(o));
  if (first) c.implicit(first, 'fragment', [point(0)]);
  return c.lowered;
}

function icmpTuple(use: OptionUse, context: MatchContext, fields: Field[], type: number, code: number): TupleMatch {
  const match = fieldMatch(use, context, fields[0], []);
  return {
    kind: 'tuple', fields, negated: true, tuples: [[point(type), point(code)]], location: match.location, text: match.text,
    module: match.module,
  };
}

/**
 * conntrack: `--ctstate` is exact (SNAT/DNAT are status bits); `--ctstatus`/`--ctdir` are exact where the packet is
 * sure to have a connection. The kernel's rule: a packet without one (invalid, untracked) gets only the `--ctstate`
 * verdict, or no match when the instance has no `--ctstate`.
 */
function conntrack(instance: ModuleUse, _rule: ResolvedRule, context: MatchContext): Lowered {
  const c = new Collector(context);
  const state = instance.options.find((o) => o.option?.name === '--ctstate');
  const tracked = state === undefined ? 'require' : ctState(c, state);
  const others = instance.options.filter((o) => o !== state);
  let implicitDone = false;
  for (const use of others) {
    const name = use.option?.name;
    if (tracked === 'unknown' || (name !== '--ctstatus' && name !== '--ctdir')) {
      c.keep(use);
      continue;
    }
    const values = name === '--ctdir' ? ctDirection(use.args[0]) : undefined;
    const mask = name === '--ctstatus' ? ctStatusMask((use.args[0] ?? '').split(',')) : undefined;
    if (values === undefined && (mask === undefined || mask === 0n)) {
      c.keep(use);
      continue;
    }
    if (tracked === 'require' && !implicitDone) {
      c.implicit(use, 'ct.state', TRACKED_STATES);
      implicitDone = true;
    }
    if (values) c.field(use, 'ct.direction', values);
    else if (mask) c.field(use, 'ct.status', [range(1, mask)], { bitwise: { mask } });
  }
  return c.lowered;
}

/** Lowers `--ctstate`; says whether the states it admits all have a connection ('sure') or not ('unknown'). */
function ctState(c: Collector, use: OptionUse): 'sure' | 'unknown' {
  const parsed = use.args[0] === undefined ? undefined : ctStateItems(use.args[0]);
  if (!parsed) {
    c.keep(use);
    return 'unknown';
  }
  const { states, nat } = parsed;
  if (nat.length === 0) {
    c.field(use, 'ct.state', states);
    const admitted = use.negated ? complementStates(states) : states;
    return admitted.every((v) => TRACKED_STATES.some((t) => t.kind === 'range' && v.kind === 'range' && t.lo === v.lo)) ? 'sure' : 'unknown';
  }
  const mask = ctStatusMask(nat);
  if (states.length > 0 || use.negated || !mask) {
    c.keep(use);
    return 'unknown';
  }
  c.implicit(use, 'ct.state', TRACKED_STATES);
  c.field(use, 'ct.status', [range(1, mask)], { bitwise: { mask } });
  return 'sure';
}

function complementStates(states: ValueItem[]): ValueItem[] {
  return Object.values(CT_STATE_BITS).map((b) => point(b)).filter((p) => !states.some((s) => s.kind === 'range' && p.kind === 'range' && s.lo === p.lo));
}

function ctDirection(text: string | undefined): ValueItem[] | undefined {
  const upper = (text ?? '').toUpperCase();
  return upper === 'ORIGINAL' ? [point(0)] : upper === 'REPLY' ? [point(1)] : undefined;
}

/** state --state: the state bits, exact (a packet without a connection is invalid or untracked). */
function state(instance: ModuleUse, _rule: ResolvedRule, context: MatchContext): Lowered {
  const c = new Collector(context);
  for (const use of instance.options) {
    const parsed = use.args[0] === undefined ? undefined : ctStateItems(use.args[0]);
    c.field(use, 'ct.state', parsed && parsed.nat.length === 0 ? parsed.states : undefined);
  }
  return c.lowered;
}

/** mark and connmark `--mark value[/mask]`: `(mark & mask) == value`; the ctmark exists only with a connection. */
function mark(instance: ModuleUse, _rule: ResolvedRule, context: MatchContext): Lowered {
  const c = new Collector(context);
  const ct = instance.extension?.name === 'connmark';
  for (const use of instance.options) {
    const m = use.option?.name === '--mark' && use.args[0] !== undefined ? markValue(use.args[0]) : undefined;
    if (!m) {
      c.keep(use);
      continue;
    }
    if (ct) c.implicit(use, 'ct.state', TRACKED_STATES);
    c.field(use, ct ? 'ct.mark' : 'mark', [point(m.value)], m.mask === FULL_MARK ? {} : { bitwise: { mask: m.mask } });
  }
  return c.lowered;
}

/** Lowers each option with a reader of its first argument (undefined: opaque). */
function simple(readers: Record<string, [Field, (arg: string, family: IpFamily, use: OptionUse) => ValueItem[] | undefined]>): Lowerer {
  return (instance, _rule, context) => {
    const c = new Collector(context);
    for (const use of instance.options) {
      const reader = use.option ? readers[use.option.name] : undefined;
      const values = reader && use.args[0] !== undefined ? reader[1](use.args[0], context.family, use) : undefined;
      if (!reader) c.keep(use);
      else c.field(use, reader[0], values, reader[0] === 'saddr' || reader[0] === 'daddr' ? { family: context.family === 'ipv4' ? 'ip' : 'ip6' } : {});
    }
    return c.lowered;
  };
}

const PACKET_TYPES: Record<string, number> = { unicast: 0, host: 0, broadcast: 1, multicast: 2, otherhost: 3 };

/** `--ttl-eq/-lt/-gt`, `--hl-eq/-lt/-gt`. */
function hopLimit(op: 'eq' | 'lt' | 'gt'): (arg: string) => ValueItem[] | undefined {
  return (arg) => {
    const v = intValue(arg, 0, 255);
    if (v === undefined) return undefined;
    if (op === 'eq') return [point(v)];
    if (op === 'lt') return v === 0 ? [] : [range(0, v - 1)];
    return v === 255 ? [] : [range(v + 1, 255)];
  };
}

/**
 * owner: numeric uids/gids and ranges. A packet without a local socket fails every skuid/skgid field match (as nft's
 * `meta skuid` does); xt_owner agrees unless every option of the instance is negated, when it matches such packets,
 * so that case stays opaque.
 */
function owner(instance: ModuleUse, _rule: ResolvedRule, context: MatchContext): Lowered {
  const c = new Collector(context);
  const allNegated = instance.options.every((o) => o.negated);
  const suppl = instance.options.some((o) => o.option?.name === '--suppl-groups');
  for (const use of instance.options) {
    const name = use.option?.name;
    const ids = /^([0-9]+)(?:-([0-9]+))?$/.exec(use.args[0] ?? '');
    const usable = !allNegated && ids && (name === '--uid-owner' || (name === '--gid-owner' && !suppl));
    if (!usable) c.keep(use);
    else c.field(use, name === '--uid-owner' ? 'skuid' : 'skgid', [range(BigInt(ids[1]), BigInt(ids[2] ?? ids[1]))]);
  }
  return c.lowered;
}

/** mac: a negated test also fails on devices without an Ethernet header, so only the positive form is exact. */
function mac(instance: ModuleUse, _rule: ResolvedRule, context: MatchContext): Lowered {
  const c = new Collector(context);
  for (const use of instance.options) {
    const value = !use.negated && use.args[0] !== undefined ? macValue(use.args[0]) : undefined;
    c.field(use, 'ether.saddr', value === undefined ? undefined : [point(value)]);
  }
  return c.lowered;
}

const LOWERERS: Record<string, Lowerer> = {
  tcp: transport, udp: transport, sctp: transport, dccp: transport, multiport: transport,
  icmp, icmp6: icmp, conntrack, state, mark, connmark: mark, owner, mac,
  iprange: simple({ '--src-range': ['saddr', addressRangeItems], '--dst-range': ['daddr', addressRangeItems] }),
  pkttype: simple({ '--pkt-type': ['pkttype', (a) => (PACKET_TYPES[a.toLowerCase()] === undefined ? undefined : [point(PACKET_TYPES[a.toLowerCase()])])] }),
  length: simple({ '--length': ['length', (a) => intRangeItems(a, 0, 65535)] }),
  ttl: simple({ '--ttl-eq': ['ttl', hopLimit('eq')], '--ttl-lt': ['ttl', hopLimit('lt')], '--ttl-gt': ['ttl', hopLimit('gt')] }),
  hl: simple({ '--hl-eq': ['ttl', hopLimit('eq')], '--hl-lt': ['ttl', hopLimit('lt')], '--hl-gt': ['ttl', hopLimit('gt')] }),
  dscp: simple({
    '--dscp': ['dscp', (a) => { const v = intValue(a, 0, 63); return v === undefined ? undefined : [point(v)]; }],
    '--dscp-class': ['dscp', (a) => { const v = DSCP_CLASSES[a.toUpperCase()]; return v === undefined ? undefined : [point(v)]; }],
  }),
};

/** Lowers one match module instance; modules without a lowerer stay opaque as a whole. */
export function lowerModule(instance: ModuleUse, rule: ResolvedRule, context: MatchContext): Lowered {
  const name = instance.extension?.aliasOf ?? instance.extension?.name ?? '';
  const lowerer = LOWERERS[name];
  if (!lowerer) return { matches: [], rest: instance.options, keepModule: true };
  return lowerer(instance, rule, context);
}
