/**
 * The packet a trace is about, written as JSON (`{"family":"ip","protocol":"tcp","dport":22}`) or in a short form
 * read like a packet capture line:
 *
 *   tcp 198.51.100.7:40000 > 192.0.2.1:22 iif eth0 flags S new
 *   udp [2001:db8::7]:5353 > [2001:db8::1]:53 forward oif eth1 mark 0x10
 *   icmp 192.0.2.9 > 192.0.2.1 type echo-request origin local
 *
 * Both are checked the same way; a bad spec gives one clear message (`PacketSpecError`), never a guess.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { parseIcmpType } from '../catalog/values/icmp';
import type { ConntrackState, PacketSpec } from './types';

/** A packet spec that cannot be used, with the reason. */
export class PacketSpecError extends Error {}

const PROTOCOLS = ['tcp', 'udp', 'icmp', 'icmpv6'] as const;
const CT_STATES: readonly ConntrackState[] = ['new', 'established', 'related', 'invalid', 'untracked'];
const KEYS = ['family', 'iif', 'oif', 'saddr', 'daddr', 'protocol', 'sport', 'dport', 'tcpFlags', 'icmpType', 'icmpCode',
  'ctState', 'mark', 'ctMark', 'length', 'origin', 'destination'];
const IFNAME = /^[^\s/"']{1,15}$/;

/** Parses a spec in either form: JSON when it starts with `{`, else the short form. */
export function parsePacketSpec(text: string): PacketSpec {
  const trimmed = text.trim();
  if (trimmed === '') throw new PacketSpecError('the packet is empty');
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return parseShortForm(trimmed);
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    throw new PacketSpecError(`the packet is not valid JSON: ${(error as Error).message}`);
  }
  return validatePacketSpec(value);
}

/** Checks a JSON value against the packet spec: known keys, right types, addresses of the packet's family. */
export function validatePacketSpec(value: unknown): PacketSpec {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new PacketSpecError('the packet must be a JSON object');
  const raw = value as Record<string, unknown>;
  const unknown = Object.keys(raw).filter((k) => !KEYS.includes(k));
  if (unknown.length > 0) throw new PacketSpecError(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${KEYS.join(', ')})`);
  const spec: PacketSpec = { family: familyOf(raw), protocol: protocolOf(raw.protocol) };
  for (const key of ['iif', 'oif'] as const) if (raw[key] !== undefined) spec[key] = interfaceOf(key, raw[key]);
  for (const key of ['saddr', 'daddr'] as const) if (raw[key] !== undefined) spec[key] = addressOf(key, raw[key], spec.family);
  for (const key of ['sport', 'dport'] as const) if (raw[key] !== undefined) spec[key] = integerOf(key, raw[key], 0, 65535);
  if (raw.tcpFlags !== undefined) spec.tcpFlags = flagsOf(raw.tcpFlags);
  if (raw.icmpType !== undefined) spec.icmpType = integerOf('icmpType', raw.icmpType, 0, 255);
  if (raw.icmpCode !== undefined) spec.icmpCode = integerOf('icmpCode', raw.icmpCode, 0, 255);
  if (raw.ctState !== undefined) spec.ctState = oneOf('ctState', raw.ctState, CT_STATES);
  if (raw.mark !== undefined) spec.mark = integerOf('mark', raw.mark, 0, 0xffffffff);
  if (raw.ctMark !== undefined) spec.ctMark = integerOf('ctMark', raw.ctMark, 0, 0xffffffff);
  if (raw.length !== undefined) spec.length = integerOf('length', raw.length, spec.family === 'ip' ? 20 : 40, 65535);
  if (raw.origin !== undefined) spec.origin = oneOf('origin', raw.origin, ['network', 'local'] as const);
  if (raw.destination !== undefined) spec.destination = oneOf('destination', raw.destination, ['local', 'forward'] as const);
  checkConsistency(spec);
  return spec;
}

function familyOf(raw: Record<string, unknown>): 'ip' | 'ip6' {
  if (raw.family !== undefined) return oneOf('family', raw.family, ['ip', 'ip6'] as const);
  const address = [raw.saddr, raw.daddr].find((a) => typeof a === 'string') as string | undefined;
  if (address !== undefined && isIPv6(address)) return 'ip6';
  return raw.protocol === 'icmpv6' ? 'ip6' : 'ip';
}

function protocolOf(value: unknown): PacketSpec['protocol'] {
  if (value === undefined) return 'tcp';
  if (typeof value === 'number') return integerOf('protocol', value, 0, 255);
  if (typeof value === 'string' && (PROTOCOLS as readonly string[]).includes(value)) return value as PacketSpec['protocol'];
  throw new PacketSpecError(`"protocol" must be tcp, udp, icmp, icmpv6 or a number 0-255, not ${JSON.stringify(value)}`);
}

function interfaceOf(key: string, value: unknown): string {
  if (typeof value === 'string' && IFNAME.test(value)) return value;
  throw new PacketSpecError(`"${key}" must be an interface name of 1 to 15 characters, not ${JSON.stringify(value)}`);
}

function addressOf(key: string, value: unknown, family: 'ip' | 'ip6'): string {
  if (typeof value !== 'string') throw new PacketSpecError(`"${key}" must be an address string`);
  if (family === 'ip' ? isIPv4(value) : isIPv6(value)) return value;
  const other = family === 'ip' ? isIPv6(value) : isIPv4(value);
  throw new PacketSpecError(other
    ? `"${key}" ${value} is not an ${family === 'ip' ? 'IPv4' : 'IPv6'} address, but the packet is ${family === 'ip' ? 'IPv4' : 'IPv6'} (family "${family}")`
    : `"${key}" ${JSON.stringify(value)} is not an IP address`);
}

function integerOf(key: string, value: unknown, min: number, max: number): number {
  const n = typeof value === 'string' && /^(0x[0-9a-f]+|[0-9]+)$/i.test(value) ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max) return n;
  throw new PacketSpecError(`"${key}" must be an integer from ${min} to ${max}, not ${JSON.stringify(value)}`);
}

function flagsOf(value: unknown): string {
  if (typeof value === 'string' && /^[FSRPAUEC]+$/.test(value)) return value;
  throw new PacketSpecError(`"tcpFlags" must be flag letters F S R P A U E C (e.g. "S", "SA", "FA"), not ${JSON.stringify(value)}`);
}

function oneOf<T extends string>(key: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new PacketSpecError(`"${key}" must be ${allowed.map((a) => `"${a}"`).join(' or ')}, not ${JSON.stringify(value)}`);
}

function checkConsistency(spec: PacketSpec): void {
  const ports = spec.protocol === 'tcp' || spec.protocol === 'udp' || typeof spec.protocol === 'number';
  if (!ports && (spec.sport !== undefined || spec.dport !== undefined)) throw new PacketSpecError(`${spec.protocol} packets have no ports`);
  if (spec.tcpFlags !== undefined && spec.protocol !== 'tcp') throw new PacketSpecError('"tcpFlags" needs protocol tcp');
  const icmp = spec.protocol === 'icmp' || spec.protocol === 'icmpv6';
  if (!icmp && (spec.icmpType !== undefined || spec.icmpCode !== undefined)) throw new PacketSpecError('"icmpType" and "icmpCode" need protocol icmp or icmpv6');
  if (spec.protocol === 'icmp' && spec.family === 'ip6') throw new PacketSpecError('an IPv6 packet carries icmpv6, not icmp');
  if (spec.protocol === 'icmpv6' && spec.family === 'ip') throw new PacketSpecError('an IPv4 packet carries icmp, not icmpv6');
}

/** Parses the short form; see the file comment for examples. */
export function parseShortForm(text: string): PacketSpec {
  const raw: Record<string, unknown> = {};
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = (): string => {
      const v = words[++i];
      if (v === undefined) throw new PacketSpecError(`"${word}" needs a value`);
      return v;
    };
    if ((PROTOCOLS as readonly string[]).includes(word)) raw.protocol = word;
    else if (word === 'proto') raw.protocol = Number.isNaN(Number(next())) ? words[i] : Number(words[i]);
    else if (word === 'ip' || word === 'ip6') raw.family = word;
    else if (word === '>' || word === '->') {
      Object.assign(raw, endpoint(next(), 'd'));
    } else if (/^[[0-9a-fA-F:.*]/.test(word) && words[i + 1] !== undefined && /^-?>$/.test(words[i + 1])) {
      Object.assign(raw, endpoint(word, 's'));
    } else if (word === 'iif' || word === 'oif') raw[word] = next();
    else if (word === 'flags') raw.tcpFlags = next();
    else if (/^[FSRPAUEC]+$/.test(word)) raw.tcpFlags = word;
    else if ((CT_STATES as readonly string[]).includes(word)) raw.ctState = word;
    else if (word === 'mark') raw.mark = next();
    else if (word === 'ctmark') raw.ctMark = next();
    else if (word === 'len' || word === 'length') raw.length = Number(next());
    else if (word === 'type') raw.icmpType = next();
    else if (word === 'code') raw.icmpCode = Number(next());
    else if (word === 'forward') raw.destination = 'forward';
    else if (word === 'dest' || word === 'destination') raw.destination = next();
    else if (word === 'origin') raw.origin = next();
    else throw new PacketSpecError(`"${word}" is not part of a packet (try: tcp 198.51.100.7:40000 > 192.0.2.1:22 iif eth0 flags S new)`);
  }
  if (typeof raw.icmpType === 'string') raw.icmpType = icmpTypeNumber(raw);
  return validatePacketSpec(raw);
}

/** `192.0.2.1:22`, `192.0.2.1`, `[2001:db8::1]:22`, `2001:db8::1` → address and port fields. */
function endpoint(text: string, side: 's' | 'd'): Record<string, unknown> {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const v4 = /^([0-9.]+|\*)(?::(\d+))?$/.exec(text);
  const [address, port] = bracketed ? [bracketed[1], bracketed[2]] : v4 ? [v4[1], v4[2]] : [text, undefined];
  // `*` stands for an address the packet does not fix (the default is used).
  const out: Record<string, unknown> = address === '*' ? {} : { [`${side}addr`]: address };
  if (port !== undefined) out[`${side}port`] = Number(port);
  return out;
}

function icmpTypeNumber(raw: Record<string, unknown>): number {
  const text = String(raw.icmpType);
  const v6 = raw.protocol === 'icmpv6';
  const parsed = parseIcmpType(text, v6 ? 'ipv6' : 'ipv4');
  if (!parsed.ok || parsed.value === 'any') throw new PacketSpecError(parsed.ok ? '"type any" is not one packet' : parsed.error);
  if (parsed.value.code !== undefined && raw.icmpCode === undefined) raw.icmpCode = parsed.value.code;
  return parsed.value.type;
}

/** The short form of a spec (what the form shows and what `parseShortForm` reads back). */
export function formatPacketSpec(spec: PacketSpec): string {
  const parts: string[] = [typeof spec.protocol === 'number' ? `proto ${spec.protocol}` : spec.protocol];
  if (spec.saddr === undefined && spec.daddr === undefined) parts.unshift(spec.family);
  const end = (address: string | undefined, port: number | undefined): string => {
    const shown = address === undefined ? '*' : spec.family === 'ip6' && port !== undefined ? `[${address}]` : address;
    return port === undefined ? shown : `${shown}:${port}`;
  };
  if (spec.saddr !== undefined || spec.sport !== undefined || spec.daddr !== undefined || spec.dport !== undefined) {
    parts.push(end(spec.saddr, spec.sport), '>', end(spec.daddr, spec.dport));
  }
  if (spec.iif !== undefined) parts.push('iif', spec.iif);
  if (spec.oif !== undefined) parts.push('oif', spec.oif);
  if (spec.tcpFlags !== undefined) parts.push('flags', spec.tcpFlags);
  if (spec.icmpType !== undefined) parts.push('type', String(spec.icmpType));
  if (spec.icmpCode !== undefined) parts.push('code', String(spec.icmpCode));
  if (spec.ctState !== undefined) parts.push(spec.ctState);
  if (spec.mark !== undefined) parts.push('mark', `0x${spec.mark.toString(16)}`);
  if (spec.ctMark !== undefined) parts.push('ctmark', `0x${spec.ctMark.toString(16)}`);
  if (spec.length !== undefined) parts.push('len', String(spec.length));
  if (spec.origin !== undefined) parts.push('origin', spec.origin);
  if (spec.destination !== undefined) parts.push(spec.destination === 'forward' ? 'forward' : 'dest local');
  return parts.join(' ');
}
