/**
 * All selectors in one list, and the expression keywords that start them (protocol names, meta, ct …).
 */
import { CT_SELECTORS } from './ct-selectors';
import { EXTHDR_SELECTORS } from './exthdr-selectors';
import { META_SELECTORS } from './meta-selectors';
import { MISC_SELECTORS } from './misc-selectors';
import { PAYLOAD_SELECTORS } from './payload-selectors';
import type { Documented, NftSelector } from './types';

/** Every selector. */
export const SELECTORS: NftSelector[] = [
  ...PAYLOAD_SELECTORS, ...EXTHDR_SELECTORS, ...META_SELECTORS, ...CT_SELECTORS, ...MISC_SELECTORS,
];

/** The leading word of each selector family: a protocol header or an expression kind. */
export const EXPRESSION_HEADS: Record<string, Documented> = {
  ether: { doc: 'Ethernet header fields (bridge, netdev, and link-layer hooks of other families).', example: 'ether saddr 02:00:00:00:00:01' },
  vlan: { doc: '802.1Q VLAN tag fields.', example: 'vlan id 100' },
  arp: { doc: 'ARP header fields; also the ARP family name.', example: 'arp operation request' },
  ip: { doc: 'IPv4 header fields; also the IPv4 family name.', example: 'ip saddr 192.0.2.0/24' },
  ip6: { doc: 'IPv6 header fields; also the IPv6 family name.', example: 'ip6 daddr 2001:db8::1' },
  icmp: { doc: 'ICMP (IPv4) header fields; implies `meta l4proto icmp`.', example: 'icmp type echo-request' },
  icmpv6: { doc: 'ICMPv6 header fields; implies `meta l4proto ipv6-icmp`.', example: 'icmpv6 type nd-neighbor-solicit' },
  igmp: { doc: 'IGMP header fields.', example: 'igmp type membership-query' },
  tcp: { doc: 'TCP header fields and options; implies `meta l4proto tcp`.', example: 'tcp dport 443' },
  udp: { doc: 'UDP header fields; implies `meta l4proto udp`.', example: 'udp dport 53' },
  udplite: { doc: 'UDP-Lite header fields.', example: 'udplite dport 5000' },
  sctp: { doc: 'SCTP header fields and chunks.', example: 'sctp dport 3868' },
  dccp: { doc: 'DCCP header fields.', example: 'dccp dport 5004' },
  ah: { doc: 'IPsec authentication header fields.', example: 'ah spi 0x100' },
  esp: { doc: 'IPsec encapsulating security payload header fields.', example: 'esp spi 0x100' },
  comp: { doc: 'IP compression header fields.', example: 'comp cpi 1' },
  th: { doc: 'Ports of any transport header (tcp, udp, udplite, sctp, dccp), without a protocol dependency.', example: 'meta l4proto { tcp, udp } th dport 53' },
  gre: { doc: 'GRE header fields, and the inner packet behind it.', example: 'gre protocol ip' },
  gretap: { doc: 'GRE tap tunnel: matches the Ethernet frame carried inside.', example: 'gretap ether saddr 02:00:00:00:00:01' },
  geneve: { doc: 'Geneve tunnel header, and the inner packet behind it.', example: 'geneve vni 10' },
  vxlan: { doc: 'VXLAN tunnel header, and the inner packet behind it (`vxlan ip saddr …`).', example: 'vxlan vni 100' },
  hbh: { doc: 'IPv6 hop-by-hop options header.', example: 'hbh nexthdr tcp' },
  rt: { doc: 'IPv6 routing header fields, or (before a route key) the routing expression: classid, nexthop, mtu, ipsec.', example: 'rt type 0 drop' },
  rt0: { doc: 'IPv6 type 0 routing header.', example: 'rt0 addr[1] 2001:db8::1' },
  rt2: { doc: 'IPv6 type 2 routing header (Mobile IPv6).', example: 'rt2 addr 2001:db8::1' },
  srh: { doc: 'IPv6 segment routing header.', example: 'srh tag 1' },
  frag: { doc: 'IPv6 fragment header.', example: 'frag more-fragments 1' },
  dst: { doc: 'IPv6 destination options header.', example: 'dst nexthdr udp' },
  mh: { doc: 'IPv6 mobility header.', example: 'mh type binding-update' },
  exthdr: { doc: 'Presence test for an IPv6 extension header.', example: 'exthdr frag exists drop' },
  meta: { doc: 'Packet metadata: interfaces, marks, lengths, owner, time …', example: 'meta l4proto tcp' },
  ct: { doc: 'Connection tracking: state, marks, tuple and counters of the packet\'s connection.', example: 'ct state established accept' },
  fib: { doc: 'Route lookup for a tuple of saddr/daddr/mark/iif/oif, returning oif, oifname or the address type.', example: 'fib saddr . iif oif missing drop' },
  socket: { doc: 'The local socket the packet belongs to.', example: 'socket transparent 1' },
  osf: { doc: 'Passive OS fingerprinting of TCP SYN packets.', example: 'osf name "Linux"' },
  ipsec: { doc: 'IPsec state of the packet: `ipsec in|out [spnum N] reqid|spi|ip saddr …`.', example: 'ipsec in reqid 1 accept' },
  numgen: { doc: 'Number generator: inc (round robin) or random, `mod N [offset M]`.', example: 'numgen inc mod 2' },
  jhash: { doc: 'Jenkins hash of packet fields, `mod N [seed S] [offset M]`.', example: 'jhash ip saddr mod 4' },
  symhash: { doc: 'Direction-independent flow hash, `mod N [offset M]`.', example: 'symhash mod 4' },
  option: { doc: 'Introduces a TCP option (`tcp option maxseg size`) or IPv4 option (`ip option rr`).', example: 'tcp option maxseg size 1460' },
  chunk: { doc: 'Introduces an SCTP chunk (`sctp chunk init …`).', example: 'sctp chunk init exists' },
};

/** Selectors keyed by their words joined with a space ("tcp dport", "ct original saddr"). */
export const SELECTOR_BY_PATH: ReadonlyMap<string, NftSelector> = new Map(SELECTORS.map((s) => [s.words.join(' '), s]));
