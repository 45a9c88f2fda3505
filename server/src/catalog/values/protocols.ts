/** IP protocol names and numbers (IANA assigned numbers), as `-p` and `meta l4proto` accept them. */
import { parseUnsigned } from './numbers';
import { fail, ok, type Parsed } from './result';

/** Protocol name → number; several names may share a number (icmpv6, ipv6-icmp, icmp6). */
export const PROTOCOL_NUMBERS: Readonly<Record<string, number>> = {
  all: 0, ip: 0, hopopt: 0, icmp: 1, igmp: 2, ggp: 3, ipencap: 4, st: 5, tcp: 6, egp: 8, igp: 9, pup: 12,
  udp: 17, hmp: 20, 'xns-idp': 22, rdp: 27, 'iso-tp4': 29, dccp: 33, xtp: 36, ddp: 37, 'idpr-cmtp': 38, ipv6: 41,
  'ipv6-route': 43, 'ipv6-frag': 44, idrp: 45, rsvp: 46, gre: 47, esp: 50, ah: 51, skip: 57, icmpv6: 58,
  'ipv6-icmp': 58, icmp6: 58, 'ipv6-nonxt': 59, 'ipv6-opts': 60, rspf: 73, vmtp: 81, eigrp: 88, ospf: 89,
  ospfigp: 89, 'ax.25': 93, ipip: 94, etherip: 97, encap: 98, pim: 103, ipcomp: 108, vrrp: 112, l2tp: 115,
  isis: 124, sctp: 132, fc: 133, 'mobility-header': 135, mh: 135, 'ipv6-mh': 135, udplite: 136,
  'mpls-in-ip': 137, manet: 138, hip: 139, shim6: 140, wesp: 141, rohc: 142, ethernet: 143,
};

/** Canonical name for each number, for hover text and messages. */
const CANONICAL: Readonly<Record<number, string>> = Object.fromEntries(
  Object.entries(PROTOCOL_NUMBERS).reverse().map(([name, n]) => [n, name]),
);
const PREFERRED: Readonly<Record<number, string>> = { 0: 'all', 58: 'ipv6-icmp', 135: 'mh', 89: 'ospf' };

/** Parses a protocol name (case-insensitive) or number 0-255. */
export function parseProtocol(text: string): Parsed<number> {
  if (/^[0-9]/.test(text)) {
    const n = parseUnsigned(text, 0, 255);
    return n.ok ? n : fail(`protocol number ${text} is out of range 0-255`);
  }
  const n = PROTOCOL_NUMBERS[text.toLowerCase()];
  return n === undefined ? fail(`unknown protocol "${text}"`) : ok(n);
}

/** Returns the usual name of a protocol number, if it has one. */
export function protocolName(n: number): string | undefined {
  return PREFERRED[n] ?? CANONICAL[n];
}

/** Protocols that carry 16-bit ports (what DNAT/SNAT/REDIRECT with ports and --sport/--dport need). */
export const PORT_PROTOCOLS: readonly string[] = ['tcp', 'udp', 'udplite', 'sctp', 'dccp'];
