/**
 * Option arguments of iptables rules turned into model value lists. Each reader returns undefined when the text is
 * not exactly representable (host names, user names, malformed values): the caller then keeps the option opaque.
 */
import type { IpFamily } from '../catalog/iptables';
import {
  addressBits, CT_STATUS_BITS, parseAddress, parseAddressPrefix, parseCtStates, parseIcmpType,
  parseInterfaceName, parseMac, parseMark, parsePortList, parsePortRange, parseUnsigned,
  type IcmpType,
} from '../catalog/values';
import { CT_STATE_BITS } from './fields';
import type { ValueItem } from './types';

/** A single value as a one-element range. */
export function point(value: bigint | number): ValueItem {
  const v = BigInt(value);
  return { kind: 'range', lo: v, hi: v };
}

/** An inclusive range of integers. */
export function range(lo: bigint | number, hi: bigint | number): ValueItem {
  return { kind: 'range', lo: BigInt(lo), hi: BigInt(hi) };
}

/**
 * `-s`/`-d` values: a comma list of addresses, prefixes or masks (their union). A mask with holes is a masked item,
 * since iptables compares `(addr & mask) == (value & mask)`.
 */
export function addressItems(text: string, family: IpFamily): ValueItem[] | undefined {
  const items: ValueItem[] = [];
  const all = (1n << BigInt(addressBits(family))) - 1n;
  for (const part of text.split(',')) {
    const parsed = parseAddressPrefix(part, family);
    if (!parsed.ok) return undefined;
    const { lo, hi, nonContiguous } = parsed.value;
    items.push(nonContiguous ? { kind: 'masked', value: lo, mask: all & ~(hi ^ lo) } : range(lo, hi));
  }
  return items;
}

/** `--src-range a-b` (one address is a range of one; a reversed range, which xt_iprange accepts, never matches). */
export function addressRangeItems(text: string, family: IpFamily): ValueItem[] | undefined {
  const parts = text.split('-');
  const lo = parts.length <= 2 ? addressValue(parts[0], family) : undefined;
  const hi = parts.length === 2 ? addressValue(parts[1], family) : lo;
  if (lo === undefined || hi === undefined) return undefined;
  return lo <= hi ? [range(lo, hi)] : [];
}

/** One address (TPROXY --on-ip, NAT ranges). */
export function addressValue(text: string, family: IpFamily): bigint | undefined {
  const parsed = parseAddress(text, family);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * `--sport 1024:` and friends: one port or an inclusive range (service names resolved from the built-in table).
 * iptables loads a reversed range (`60000:29`), which never matches: an empty list.
 */
export function portRangeItems(text: string): ValueItem[] | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) {
    const single = parsePortRange(text);
    return single.ok ? [range(single.value[0], single.value[1])] : undefined;
  }
  const lo = colon === 0 ? 0 : portOf(text.slice(0, colon));
  const hi = colon === text.length - 1 ? 65535 : portOf(text.slice(colon + 1));
  if (lo === undefined || hi === undefined) return undefined;
  return lo <= hi ? [range(lo, hi)] : [];
}

function portOf(text: string): number | undefined {
  const parsed = parsePortRange(text);
  return parsed.ok && !text.includes(':') ? parsed.value[0] : undefined;
}

/** multiport lists: ports and ranges, their union. */
export function portListItems(text: string): ValueItem[] | undefined {
  const parsed = parsePortList(text);
  return parsed.ok ? parsed.value.map(([lo, hi]) => range(lo, hi)) : undefined;
}

/** `n` or `n:m` within [min, max] (reversed: never matches, as for ports). */
export function intRangeItems(text: string, min: number, max: number): ValueItem[] | undefined {
  const [a, b, extra] = text.split(':');
  if (extra !== undefined) return undefined;
  const lo = a === '' ? min : intValue(a, min, max);
  const hi = b === undefined ? lo : b === '' ? max : intValue(b, min, max);
  if (lo === undefined || hi === undefined) return undefined;
  return lo <= hi ? [range(lo, hi)] : [];
}

/** A single unsigned integer within [min, max]. */
export function intValue(text: string, min: number, max: number): number | undefined {
  const parsed = parseUnsigned(text, min, max);
  return parsed.ok ? parsed.value : undefined;
}

/** An interface name, `eth+` as a prefix wildcard (`+` alone: any name). */
export function interfaceItems(text: string): ValueItem[] | undefined {
  const parsed = parseInterfaceName(text);
  return parsed.ok ? [{ kind: 'name', name: parsed.value.name, wildcard: parsed.value.wildcard }] : undefined;
}

/** `value[/mask]` of a 32-bit mark. */
export function markValue(text: string): { value: bigint; mask: bigint } | undefined {
  const parsed = parseMark(text);
  return parsed.ok ? { value: BigInt(parsed.value.value), mask: BigInt(parsed.value.mask) } : undefined;
}

/** A MAC address as a 48-bit integer. */
export function macValue(text: string): bigint | undefined {
  const parsed = parseMac(text);
  return parsed.ok ? parsed.value : undefined;
}

/** The conntrack states of `--ctstate`/`--state`, one value per state (a packet is in exactly one). */
export function ctStateItems(text: string): { states: ValueItem[]; nat: string[] } | undefined {
  const parsed = parseCtStates(text);
  if (!parsed.ok) return undefined;
  const states = Object.values(CT_STATE_BITS).filter((bit) => (parsed.value.bits & bit) !== 0).map((bit) => point(bit));
  return { states, nat: parsed.value.nat };
}

/** The states in which a packet has a conntrack entry: the others (invalid, untracked) have none. */
export const TRACKED_STATES: ValueItem[] = [point(CT_STATE_BITS.established), point(CT_STATE_BITS.related), point(CT_STATE_BITS.new)];

/** `--ctstatus` names (and the virtual SNAT/DNAT states) as a status bit mask; undefined for unknown names and NONE. */
export function ctStatusMask(names: string[]): bigint | undefined {
  let mask = 0n;
  for (const name of names) {
    const bit = CT_STATUS_BITS[name.toLowerCase().replace('_', '-')];
    if (bit === undefined) return undefined;
    mask |= BigInt(bit);
  }
  return mask;
}

/** An ICMP or ICMPv6 type spec: type with an optional code; 'any' for every type. */
export function icmpTypeValue(text: string, family: IpFamily): IcmpType | 'any' | undefined {
  const parsed = parseIcmpType(text, family);
  return parsed.ok ? parsed.value : undefined;
}
