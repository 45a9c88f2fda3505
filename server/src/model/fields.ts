/**
 * The packet and metadata fields the model understands. Matches on these fields are interpreted exactly (packet-space
 * analysis, traversal simulation); matches on anything else are kept as opaque text and approximated soundly.
 *
 * Both dialects lower onto these names: `-s` and `ip saddr` are both `saddr`; `--dport` and `tcp dport` are both
 * `dport` (with an `l4proto` constraint); `-m conntrack --ctstate` and `ct state` are both `ct.state`.
 */
export const FIELDS = {
  /** Network-layer source address (IPv4 or IPv6, by the rule's family). Integer value, prefixes become ranges. */
  saddr: { kind: 'address' },
  /** Network-layer destination address. */
  daddr: { kind: 'address' },
  /** Transport protocol number (6 tcp, 17 udp, 1 icmp, 58 icmpv6, ...): `-p`, `meta l4proto`, `ip protocol`, `ip6 nexthdr`. */
  l4proto: { kind: 'integer', bits: 8 },
  /** Transport source port (tcp, udp, udplite, sctp, dccp). */
  sport: { kind: 'integer', bits: 16 },
  /** Transport destination port. */
  dport: { kind: 'integer', bits: 16 },
  /** Input interface name; `eth+` (iptables) and `"eth*"` (nft) are prefix wildcards. */
  iifname: { kind: 'interface' },
  /** Output interface name. */
  oifname: { kind: 'interface' },
  /** Conntrack state bit set: invalid=1, established=2, related=4, new=8, untracked=64. */
  'ct.state': { kind: 'bits', bits: 32 },
  /** Conntrack status bits (expected, seen-reply, assured, confirmed, snat, dnat, dying). */
  'ct.status': { kind: 'bits', bits: 32 },
  /** Conntrack direction: original=0, reply=1. */
  'ct.direction': { kind: 'integer', bits: 8 },
  /** Packet mark (nfmark). */
  mark: { kind: 'integer', bits: 32 },
  /** Conntrack mark. */
  'ct.mark': { kind: 'integer', bits: 32 },
  /** TCP flags byte: fin=0x01 syn=0x02 rst=0x04 psh=0x08 ack=0x10 urg=0x20 ecn=0x40 cwr=0x80. */
  'tcp.flags': { kind: 'bits', bits: 8 },
  /** ICMP type (IPv4). */
  'icmp.type': { kind: 'integer', bits: 8 },
  /** ICMP code (IPv4). */
  'icmp.code': { kind: 'integer', bits: 8 },
  /** ICMPv6 type. */
  'icmpv6.type': { kind: 'integer', bits: 8 },
  /** ICMPv6 code. */
  'icmpv6.code': { kind: 'integer', bits: 8 },
  /** Packet length in bytes (network header included). */
  length: { kind: 'integer', bits: 32 },
  /** IP fragment: 1 for non-first fragments (iptables -f), 0 otherwise. */
  fragment: { kind: 'integer', bits: 1 },
  /** Link-layer packet type: host=0, broadcast=1, multicast=2, other=3 (meta pkttype, -m pkttype). */
  pkttype: { kind: 'integer', bits: 8 },
  /** DSCP (6 bits of the TOS/traffic class byte). */
  dscp: { kind: 'integer', bits: 6 },
  /** IPv4 TTL / IPv6 hop limit. */
  ttl: { kind: 'integer', bits: 8 },
  /** Source MAC address as a 48-bit integer. */
  'ether.saddr': { kind: 'integer', bits: 48 },
  /** Socket owner uid (locally generated packets). */
  skuid: { kind: 'integer', bits: 32 },
  /** Socket owner gid (locally generated packets). */
  skgid: { kind: 'integer', bits: 32 },
  /** Network-layer protocol of the packet: 2 ipv4, 10 ipv6 (meta nfproto). */
  nfproto: { kind: 'integer', bits: 8 },
  /**
   * EtherType of the packet as the stack sees it (`meta protocol`, skb->protocol): 0x0800 IPv4, 0x86dd IPv6, 0x0806
   * ARP. nft requires it for network-header matches in bridge and netdev tables (`ip saddr` ⇒ `meta protocol ip`).
   */
  ethertype: { kind: 'integer', bits: 16 },
} as const;

export type Field = keyof typeof FIELDS;

/** Conntrack state bits, shared by both dialects. */
export const CT_STATE_BITS: Record<string, number> = {
  invalid: 1, established: 2, related: 4, new: 8, untracked: 64,
};

/** TCP flag bits, shared by both dialects (iptables names are upper case). */
export const TCP_FLAG_BITS: Record<string, number> = {
  fin: 0x01, syn: 0x02, rst: 0x04, psh: 0x08, ack: 0x10, urg: 0x20, ecn: 0x40, cwr: 0x80,
};
