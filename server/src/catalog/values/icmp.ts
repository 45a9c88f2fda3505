/** ICMP and ICMPv6 type names (iptables spellings plus the nft ones) ↔ type and optional code. */
import type { IpFamily } from '../iptables/types';
import { parseUnsigned } from './numbers';
import { fail, ok, type Parsed } from './result';

/** An ICMP type with an optional code (undefined: any code). */
export interface IcmpType {
  type: number;
  code?: number;
}

type Table = Readonly<Record<string, IcmpType>>;

/** ICMP (IPv4) names: types from RFC 792/950/1256, codes of destination-unreachable from RFC 1122/1812. */
export const ICMP_TYPES: Table = {
  'echo-reply': { type: 0 }, pong: { type: 0 },
  'destination-unreachable': { type: 3 },
  'network-unreachable': { type: 3, code: 0 }, 'host-unreachable': { type: 3, code: 1 },
  'protocol-unreachable': { type: 3, code: 2 }, 'port-unreachable': { type: 3, code: 3 },
  'fragmentation-needed': { type: 3, code: 4 }, 'source-route-failed': { type: 3, code: 5 },
  'network-unknown': { type: 3, code: 6 }, 'host-unknown': { type: 3, code: 7 },
  'network-prohibited': { type: 3, code: 9 }, 'host-prohibited': { type: 3, code: 10 },
  'TOS-network-unreachable': { type: 3, code: 11 }, 'TOS-host-unreachable': { type: 3, code: 12 },
  'communication-prohibited': { type: 3, code: 13 }, 'host-precedence-violation': { type: 3, code: 14 },
  'precedence-cutoff': { type: 3, code: 15 },
  'source-quench': { type: 4 },
  redirect: { type: 5 }, 'network-redirect': { type: 5, code: 0 }, 'host-redirect': { type: 5, code: 1 },
  'TOS-network-redirect': { type: 5, code: 2 }, 'TOS-host-redirect': { type: 5, code: 3 },
  'echo-request': { type: 8 }, ping: { type: 8 },
  'router-advertisement': { type: 9 }, 'router-solicitation': { type: 10 },
  'time-exceeded': { type: 11 }, 'ttl-exceeded': { type: 11 },
  'ttl-zero-during-transit': { type: 11, code: 0 }, 'ttl-zero-during-reassembly': { type: 11, code: 1 },
  'parameter-problem': { type: 12 }, 'ip-header-bad': { type: 12, code: 0 },
  'required-option-missing': { type: 12, code: 1 },
  'timestamp-request': { type: 13 }, 'timestamp-reply': { type: 14 },
  'info-request': { type: 15 }, 'info-reply': { type: 16 },
  'address-mask-request': { type: 17 }, 'address-mask-reply': { type: 18 },
};

/** ICMPv6 names: types and codes from RFC 4443 and RFC 4861. */
export const ICMPV6_TYPES: Table = {
  'destination-unreachable': { type: 1 },
  'no-route': { type: 1, code: 0 }, 'communication-prohibited': { type: 1, code: 1 },
  'beyond-scope': { type: 1, code: 2 }, 'address-unreachable': { type: 1, code: 3 },
  'port-unreachable': { type: 1, code: 4 }, 'failed-policy': { type: 1, code: 5 },
  'reject-route': { type: 1, code: 6 },
  'packet-too-big': { type: 2 },
  'time-exceeded': { type: 3 }, 'ttl-exceeded': { type: 3 },
  'ttl-zero-during-transit': { type: 3, code: 0 }, 'ttl-zero-during-reassembly': { type: 3, code: 1 },
  'parameter-problem': { type: 4 }, 'bad-header': { type: 4, code: 0 },
  'unknown-header-type': { type: 4, code: 1 }, 'unknown-option': { type: 4, code: 2 },
  'echo-request': { type: 128 }, ping: { type: 128 }, 'echo-reply': { type: 129 }, pong: { type: 129 },
  'mld-listener-query': { type: 130 }, 'mld-listener-report': { type: 131 }, 'mld-listener-done': { type: 132 },
  'mld-listener-reduction': { type: 132 },
  'router-solicitation': { type: 133 }, 'router-advertisement': { type: 134 },
  'neighbour-solicitation': { type: 135 }, 'neighbor-solicitation': { type: 135 },
  'neighbour-advertisement': { type: 136 }, 'neighbor-advertisement': { type: 136 },
  redirect: { type: 137 }, 'nd-redirect': { type: 137 }, 'router-renumbering': { type: 138 },
  'ind-neighbor-solicit': { type: 141 }, 'ind-neighbor-advert': { type: 142 }, 'mld2-listener-report': { type: 143 },
};

/** Parses an ICMP/ICMPv6 type as a name, "type" or "type/code"; "any" (IPv4 only in iptables) matches every type. */
export function parseIcmpType(text: string, family: IpFamily): Parsed<IcmpType | 'any'> {
  if (text === 'any') return ok('any');
  if (/^[0-9]/.test(text)) {
    const [t, c, extra] = text.split('/');
    if (extra !== undefined) return fail(`"${text}" is not type or type/code`);
    const type = parseUnsigned(t, 0, 255);
    if (!type.ok) return type;
    if (c === undefined) return ok({ type: type.value });
    const code = parseUnsigned(c, 0, 255);
    return code.ok ? ok({ type: type.value, code: code.value }) : code;
  }
  const table = family === 'ipv4' ? ICMP_TYPES : ICMPV6_TYPES;
  const found = table[text] ?? Object.entries(table).find(([k]) => k.toLowerCase() === text.toLowerCase())?.[1];
  const kind = family === 'ipv4' ? 'ICMP' : 'ICMPv6';
  return found ? ok(found) : fail(`unknown ${kind} type "${text}"`);
}

/** Finds the name iptables prints for a type/code pair. */
export function icmpTypeName(value: IcmpType, family: IpFamily): string | undefined {
  const table = family === 'ipv4' ? ICMP_TYPES : ICMPV6_TYPES;
  return Object.entries(table).find(([, v]) => v.type === value.type && v.code === value.code)?.[0];
}
