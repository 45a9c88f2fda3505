/**
 * The packet as the simulator follows it through the hooks: header fields, metadata (marks, interfaces), its
 * connection (conntrack state, ct mark, NAT bindings) and the socket TPROXY handed it to. Fields the user did not
 * give take documented defaults; the first time a rule reads one, the trace lists it as an assumption.
 */
import { isIPv4 } from 'node:net';
import { parseIpv4, parseIpv6, formatAddress } from '../catalog/values/address';
import type { Field } from '../model/fields';
import { CT_STATE_BITS, TCP_FLAG_BITS } from '../model/fields';
import { formatPacketSpec } from './packet-spec';
import type { ConntrackState, PacketSpec } from './types';

/** A value the simulator cannot know (the address masquerade picks, a MAC address); `why` says so. */
export interface UnknownValue {
  unknown: string;
}

export type FieldValue = bigint | string | UnknownValue;

/** ct status bits as the kernel numbers them (IPS_*). */
export const CT_STATUS = { expected: 0x1n, seenReply: 0x2n, assured: 0x4n, confirmed: 0x8n, srcNat: 0x10n, dstNat: 0x20n };

const LETTER_FLAGS: Record<string, number> = {
  F: TCP_FLAG_BITS.fin, S: TCP_FLAG_BITS.syn, R: TCP_FLAG_BITS.rst, P: TCP_FLAG_BITS.psh, A: TCP_FLAG_BITS.ack,
  U: TCP_FLAG_BITS.urg, E: TCP_FLAG_BITS.ecn, C: TCP_FLAG_BITS.cwr,
};
const PROTOCOL_NUMBERS: Record<string, number> = { icmp: 1, tcp: 6, udp: 17, icmpv6: 58 };
/** Protocols with 16-bit ports at the start of their header: tcp, udp, dccp, sctp, udplite. */
const PORT_PROTOCOLS = new Set([6, 17, 33, 132, 136]);

/** Default addresses (documentation ranges) for a packet that does not name its own. */
const DEFAULT_ADDRESSES = {
  ip: { remote: '198.51.100.7', host: '192.0.2.1', far: '203.0.113.9' },
  ip6: { remote: '2001:db8:100::7', host: '2001:db8::1', far: '2001:db8:203::9' },
};

/** The socket TPROXY assigned the packet to. */
export interface AssignedSocket {
  address?: string;
  port?: number;
}

/** Mutable packet state; `clone()` is cheap enough to snapshot at each hook. */
export class PacketState {
  readonly family: 'ip' | 'ip6';
  readonly spec: PacketSpec;
  /** Header and metadata fields; an absent key means the packet has no such field (no ports on ICMP). */
  readonly values = new Map<Field, FieldValue>();
  /** Fields holding a default the user did not give. */
  readonly defaulted = new Set<Field>();
  /** Before the conntrack hook (priority -200) the packet has no connection yet. */
  ctAttached = false;
  /** A notrack statement ran before conntrack: the packet stays untracked. */
  notrack = false;
  natDone = { dst: false, src: false };
  socket?: AssignedSocket;
  /** Set once DNAT, REDIRECT or TPROXY changed where the packet goes. */
  rerouted?: 'local' | 'address';

  constructor(spec: PacketSpec, localAddresses: readonly string[]) {
    this.spec = spec;
    this.family = spec.family;
    this.fill(spec, localAddresses);
  }

  /** The conntrack state the packet was given (new when the user did not say). */
  get ctState(): ConntrackState {
    return this.spec.ctState ?? 'new';
  }

  /** True when the packet has a conntrack entry the ct selectors can read. */
  get tracked(): boolean {
    return this.ctAttached && !this.notrack && this.ctState !== 'untracked' && this.ctState !== 'invalid';
  }

  /** Reads a field as a rule sees it at this point; undefined when the packet has no such field. */
  get(field: Field): FieldValue | undefined {
    if (field === 'ct.state') {
      if (this.notrack || (this.ctAttached && this.ctState === 'untracked')) return BigInt(CT_STATE_BITS.untracked);
      // Before conntrack (raw, priority < -200) the kernel reports a packet without a connection as invalid.
      return BigInt(CT_STATE_BITS[this.ctAttached ? this.ctState : 'invalid']);
    }
    if (field.startsWith('ct.') && !this.tracked) return undefined;
    return this.values.get(field);
  }

  /** Sets a field the ruleset changed; the value is no longer a default. */
  set(field: Field, value: FieldValue): void {
    this.values.set(field, value);
    this.defaulted.delete(field);
  }

  /** Input and output device names at the current hook ('' when there is none). */
  setInterfaces(iif: string | UnknownValue, oif: string | UnknownValue, defaulted: { iif: boolean; oif: boolean }): void {
    this.values.set('iifname', iif);
    this.values.set('oifname', oif);
    for (const [field, flag] of [['iifname', defaulted.iif], ['oifname', defaulted.oif]] as const) {
      if (flag) this.defaulted.add(field);
      else this.defaulted.delete(field);
    }
  }

  /** A copy with the same values (hooks snapshot the packet they saw). */
  clone(): PacketState {
    const copy = Object.create(PacketState.prototype) as PacketState;
    Object.assign(copy, this, {
      values: new Map(this.values), defaulted: new Set(this.defaulted), natDone: { ...this.natDone },
      socket: this.socket && { ...this.socket },
    });
    return copy;
  }

  /** The packet in short form as it is now (addresses and ports after NAT). */
  describe(): string {
    const spec: PacketSpec = { ...this.spec };
    const address = (field: Field): string | undefined => {
      const v = this.values.get(field);
      return typeof v === 'bigint' ? formatAddress(v, this.family === 'ip' ? 'ipv4' : 'ipv6') : undefined;
    };
    const port = (field: Field): number | undefined => {
      const v = this.values.get(field);
      return typeof v === 'bigint' ? Number(v) : undefined;
    };
    Object.assign(spec, { saddr: address('saddr'), daddr: address('daddr'), sport: port('sport'), dport: port('dport') });
    const mark = this.values.get('mark');
    if (typeof mark === 'bigint' && mark !== 0n) spec.mark = Number(mark);
    else delete spec.mark;
    let text = formatPacketSpec(dropUndefined(spec));
    if (typeof this.values.get('saddr') === 'object') text += ' (source address chosen by masquerade)';
    if (typeof this.values.get('daddr') === 'object') text += ' (destination address from a NAT map)';
    return text;
  }

  private fill(spec: PacketSpec, localAddresses: readonly string[]): void {
    const d = DEFAULT_ADDRESSES[spec.family];
    const local = spec.origin === 'local';
    const ownAddress = localAddresses.map((a) => a.split('/')[0]).find((a) => isIPv4(a) === (spec.family === 'ip')) ?? d.host;
    const toHost = spec.destination === 'local' || (!local && spec.destination !== 'forward');
    this.init('saddr', spec.saddr ?? (local ? ownAddress : d.remote), spec.saddr === undefined, address);
    this.init('daddr', spec.daddr ?? (toHost ? ownAddress : d.far), spec.daddr === undefined, address);
    const protocol = typeof spec.protocol === 'number' ? spec.protocol : PROTOCOL_NUMBERS[spec.protocol];
    this.values.set('l4proto', BigInt(protocol));
    this.values.set('nfproto', spec.family === 'ip' ? 2n : 10n);
    this.values.set('ethertype', spec.family === 'ip' ? 0x0800n : 0x86ddn);
    if (PORT_PROTOCOLS.has(protocol)) {
      this.init('sport', spec.sport ?? 40000, spec.sport === undefined, BigInt);
      this.init('dport', spec.dport ?? 80, spec.dport === undefined, BigInt);
    }
    if (protocol === 6) {
      const flags = spec.tcpFlags ?? (this.ctState === 'new' ? 'S' : 'A');
      this.init('tcp.flags', flags, spec.tcpFlags === undefined, (f) => BigInt([...f].reduce((bits, c) => bits | LETTER_FLAGS[c], 0)));
    }
    const icmp = protocol === 1 ? 'icmp' : protocol === 58 ? 'icmpv6' : undefined;
    if (icmp) {
      this.init(`${icmp}.type`, spec.icmpType ?? (icmp === 'icmp' ? 8 : 128), spec.icmpType === undefined, BigInt);
      this.init(`${icmp}.code`, spec.icmpCode ?? 0, spec.icmpCode === undefined, BigInt);
    }
    this.init('mark', spec.mark ?? 0, spec.mark === undefined, BigInt);
    this.init('ct.mark', spec.ctMark ?? 0, spec.ctMark === undefined && this.ctState !== 'new', BigInt);
    this.initStatus();
    this.init('length', spec.length ?? defaultLength(spec.family, protocol), spec.length === undefined, BigInt);
    for (const [field, value] of [['fragment', 0n], ['pkttype', 0n], ['dscp', 0n]] as const) this.values.set(field, value);
    this.init('ttl', 64, true, BigInt);
    if (!local) this.values.set('ether.saddr', { unknown: 'the packet spec has no MAC address' });
    else for (const field of ['skuid', 'skgid'] as const) this.values.set(field, { unknown: 'the packet spec has no socket owner' });
  }

  private initStatus(): void {
    const state = this.ctState;
    if (state === 'established') {
      this.init('ct.status', CT_STATUS.seenReply | CT_STATUS.assured | CT_STATUS.confirmed, true, (v) => v);
      this.init('ct.direction', 0n, true, (v) => v);
    } else {
      this.values.set('ct.status', state === 'related' ? CT_STATUS.expected : 0n);
      this.values.set('ct.direction', 0n);
    }
  }

  private init<T>(field: Field, value: T, defaulted: boolean, convert: (v: T) => FieldValue): void {
    this.values.set(field, convert(value));
    if (defaulted) this.defaulted.add(field);
  }
}

/** Parses an address of either family into its integer value. */
export function address(text: string): bigint {
  const parsed = isIPv4(text) ? parseIpv4(text) : parseIpv6(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

/** Header bytes of the packet without payload: IPv4 20 / IPv6 40 plus the transport header. */
function defaultLength(family: 'ip' | 'ip6', protocol: number): number {
  const transport = protocol === 6 ? 20 : protocol === 17 || protocol === 1 || protocol === 58 ? 8 : 0;
  return (family === 'ip' ? 20 : 40) + transport;
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
