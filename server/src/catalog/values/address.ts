/**
 * IPv4 and IPv6 addresses as bigints, prefixes and masks as inclusive [lo, hi] ranges. Accepts the textual forms
 * iptables accepts: IPv4 with one to four parts (missing trailing bytes are zero, "10.1" is 10.1.0.0) whose bytes may
 * be written in hex or octal; IPv6 with "::" compression and an embedded dotted IPv4 tail.
 */
import type { IpFamily } from '../iptables/types';
import { parseUnsigned } from './numbers';
import { fail, ok, type Parsed } from './result';

/** A set of addresses written as a prefix or mask. */
export interface AddressRange {
  lo: bigint;
  hi: bigint;
  /** Set when a dotted mask had holes: lo/hi then only bound the set, which is not contiguous. */
  nonContiguous?: boolean;
}

/** Width of an address in bits for a family. */
export function addressBits(family: IpFamily): number {
  return family === 'ipv4' ? 32 : 128;
}

/** Parses an IPv4 address into a 32-bit bigint. */
export function parseIpv4(text: string): Parsed<bigint> {
  const parts = text.split('.');
  if (parts.length > 4 || parts.some((p) => p === '')) return fail(`"${text}" is not an IPv4 address`);
  // A number until the end (32 bits fit exactly), one bigint at the end: bigint arithmetic per byte is slow.
  let value = 0;
  for (let i = 0; i < 4; i++) {
    const byte = i < parts.length ? parseUnsigned(parts[i], 0, 255) : ok(0);
    if (!byte.ok) return fail(`"${text}" is not an IPv4 address`);
    value = value * 256 + byte.value;
  }
  return ok(BigInt(value));
}

/** Parses an IPv6 address (any RFC 4291 textual form) into a 128-bit bigint. */
export function parseIpv6(text: string): Parsed<bigint> {
  const bad = fail<bigint>(`"${text}" is not an IPv6 address`);
  const halves = text.split('::');
  if (halves.length > 2) return bad;
  const head = halves[0] === '' ? [] : halves[0].split(':');
  const tail = halves.length === 2 ? (halves[1] === '' ? [] : halves[1].split(':')) : [];
  const groups: number[] = [];
  const last = halves.length === 2 ? tail : head;
  const embedded = last.length > 0 && last[last.length - 1].includes('.') ? last.pop() : undefined;
  for (const g of [...head, ...tail]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return bad;
  }
  const words = embedded === undefined ? 0 : 2;
  const given = head.length + tail.length + words;
  if (halves.length === 2 ? given > 7 : given !== 8) return bad;
  groups.push(...head.map((g) => parseInt(g, 16)));
  if (halves.length === 2) for (let i = given; i < 8; i++) groups.push(0);
  groups.push(...tail.map((g) => parseInt(g, 16)));
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  if (embedded !== undefined) {
    if (embedded.split('.').length !== 4) return bad;
    const v4 = parseIpv4(embedded);
    if (!v4.ok) return bad;
    value = (value << 32n) | v4.value;
  }
  return ok(value);
}

/** Parses an address of the given family. */
export function parseAddress(text: string, family: IpFamily): Parsed<bigint> {
  return family === 'ipv4' ? parseIpv4(text) : parseIpv6(text);
}

/** Formats a bigint address in the usual short form (dotted quad, or IPv6 with the longest zero run compressed). */
export function formatAddress(value: bigint, family: IpFamily): string {
  if (family === 'ipv4') return [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((value >> BigInt(112 - 16 * i)) & 0xffffn));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

/** Converts a prefix length into a mask bigint. */
export function prefixToMask(prefix: number, family: IpFamily): bigint {
  const bits = BigInt(addressBits(family));
  const all = (1n << bits) - 1n;
  return (all << (bits - BigInt(prefix))) & all;
}

/** Parses "addr", "addr/len" or "addr/mask" into the range of addresses it covers. */
export function parseAddressPrefix(text: string, family: IpFamily): Parsed<AddressRange> {
  const slash = text.indexOf('/');
  const addr = parseAddress(slash < 0 ? text : text.slice(0, slash), family);
  if (!addr.ok) return addr;
  const bits = addressBits(family);
  const all = (1n << BigInt(bits)) - 1n;
  if (slash < 0) return ok({ lo: addr.value, hi: addr.value });
  const maskText = text.slice(slash + 1);
  let mask: bigint;
  if (/^[0-9]+$/.test(maskText)) {
    const len = Number(maskText);
    if (len > bits) return fail(`prefix length /${maskText} exceeds ${bits}`);
    mask = prefixToMask(len, family);
  } else {
    const parsed = parseAddress(maskText, family);
    if (!parsed.ok) return fail(`"${maskText}" is neither a prefix length nor a mask`);
    mask = parsed.value;
  }
  const nonContiguous = !isContiguousMask(mask, bits);
  const lo = addr.value & mask;
  const hi = nonContiguous ? addr.value | (all & ~mask) : lo | (all & ~mask);
  return ok(nonContiguous ? { lo, hi, nonContiguous } : { lo, hi });
}

/** True when the mask is a run of ones followed by zeros only. */
export function isContiguousMask(mask: bigint, bits: number): boolean {
  const all = (1n << BigInt(bits)) - 1n;
  const inverted = all & ~mask;
  return (inverted & (inverted + 1n)) === 0n;
}

/** Parses "a-b" (an inclusive address range, as -m iprange takes it). */
export function parseAddressRange(text: string, family: IpFamily): Parsed<AddressRange> {
  const parts = text.split('-');
  if (parts.length > 2) return fail(`"${text}" is not an address range`);
  const lo = parseAddress(parts[0], family);
  if (!lo.ok) return lo;
  const hi = parts.length === 2 ? parseAddress(parts[1], family) : lo;
  if (!hi.ok) return hi;
  if (lo.value > hi.value) return fail(`address range ${text} is reversed`);
  return ok({ lo: lo.value, hi: hi.value });
}
