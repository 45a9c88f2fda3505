/**
 * Protocol header fields (payload expressions). Types and widths agree with `nft describe` of nft 1.0.6.
 * A transport field implies `meta l4proto` of its protocol; a network field implies `meta nfproto` (inet) or the
 * ether type (bridge, netdev): nft adds those matches itself, the analysis must know them too.
 */
import { header, type HeaderRow } from './selector-helpers';
import type { NftFamily, NftSelector } from './types';

const L2: NftFamily[] = ['bridge', 'netdev', 'ip', 'ip6', 'inet', 'arp'];
const V4: NftFamily[] = ['ip', 'inet', 'bridge', 'netdev'];
const V6: NftFamily[] = ['ip6', 'inet', 'bridge', 'netdev'];
const ANY_IP: NftFamily[] = ['ip', 'ip6', 'inet', 'bridge', 'netdev'];

const ETHER = header('ether', 'payload', { families: L2, settable: true }, [
  ['daddr', 'ether_addr', 48, 'Destination MAC address of the Ethernet header.', 'ether daddr ff:ff:ff:ff:ff:ff'],
  ['saddr', 'ether_addr', 48, 'Source MAC address of the Ethernet header.', 'ether saddr 02:00:00:00:00:01 drop', { field: 'ether.saddr' }],
  ['type', 'ether_type', 16, 'EtherType: the protocol carried by the frame.', 'ether type arp accept'],
]);

const VLAN = header('vlan', 'payload', { families: ['bridge', 'netdev'], dependency: { ethertype: 'vlan' }, settable: true }, [
  ['id', 'integer', 12, 'VLAN identifier of an 802.1Q tag.', 'vlan id 100'],
  ['dei', 'integer', 1, 'Drop eligible indicator bit.', 'vlan dei 1'],
  ['cfi', 'integer', 1, 'Old name of the drop eligible bit.', 'vlan cfi 1'],
  ['pcp', 'integer', 3, 'Priority code point (0-7).', 'vlan pcp 5'],
  ['type', 'ether_type', 16, 'EtherType of the payload behind the tag.', 'vlan type ip'],
]);

const ARP = header('arp', 'payload', { families: ['arp', 'bridge', 'netdev'], dependency: { network: 'arp' } }, [
  ['htype', 'integer', 16, 'Hardware type (1 for Ethernet).', 'arp htype 1'],
  ['ptype', 'ether_type', 16, 'Protocol type the ARP packet resolves.', 'arp ptype ip'],
  ['hlen', 'integer', 8, 'Hardware address length.', 'arp hlen 6'],
  ['plen', 'integer', 8, 'Protocol address length.', 'arp plen 4'],
  ['operation', 'arp_op', 16, 'ARP operation: request, reply …', 'arp operation request'],
  ['saddr ip', 'ipv4_addr', 32, 'Sender IPv4 address.', 'arp saddr ip 192.0.2.1'],
  ['daddr ip', 'ipv4_addr', 32, 'Target IPv4 address.', 'arp daddr ip 192.0.2.254'],
  ['saddr ether', 'ether_addr', 48, 'Sender hardware address.', 'arp saddr ether 02:00:00:00:00:01'],
  ['daddr ether', 'ether_addr', 48, 'Target hardware address.', 'arp daddr ether 00:00:00:00:00:00'],
]);

const IP = header('ip', 'payload', { families: V4, dependency: { network: 'ipv4' }, settable: true }, [
  ['version', 'integer', 4, 'IP version field (4).', 'ip version 4'],
  ['hdrlength', 'integer', 4, 'Header length in 32-bit words, options included.', 'ip hdrlength > 5'],
  ['dscp', 'dscp', 6, 'DiffServ code point.', 'ip dscp cs1', { field: 'dscp' }],
  ['ecn', 'ecn', 2, 'Explicit congestion notification bits.', 'ip ecn ce'],
  ['length', 'integer', 16, 'Total length of the datagram in bytes.', 'ip length > 1400'],
  ['id', 'integer', 16, 'Identification field used for reassembly.', 'ip id 0'],
  ['frag-off', 'integer', 16, 'Flags and fragment offset; `& 0x1fff != 0` matches non-first fragments.', 'ip frag-off & 0x1fff != 0 drop'],
  ['ttl', 'integer', 8, 'Time to live.', 'ip ttl < 2 drop', { field: 'ttl' }],
  ['protocol', 'inet_proto', 8, 'Transport protocol number carried by the IPv4 packet.', 'ip protocol icmp', { field: 'l4proto' }],
  ['checksum', 'integer', 16, 'Header checksum.', 'ip checksum 0'],
  ['saddr', 'ipv4_addr', 32, 'Source IPv4 address.', 'ip saddr 192.0.2.0/24 accept', { field: 'saddr' }],
  ['daddr', 'ipv4_addr', 32, 'Destination IPv4 address.', 'ip daddr 10.0.0.1 drop', { field: 'daddr' }],
]);

const IP6 = header('ip6', 'payload', { families: V6, dependency: { network: 'ipv6' }, settable: true }, [
  ['version', 'integer', 4, 'IP version field (6).', 'ip6 version 6'],
  ['dscp', 'dscp', 6, 'DiffServ code point of the traffic class.', 'ip6 dscp ef', { field: 'dscp' }],
  ['ecn', 'ecn', 2, 'Explicit congestion notification bits.', 'ip6 ecn ect0'],
  ['flowlabel', 'integer', 20, 'Flow label.', 'ip6 flowlabel 0x12345'],
  ['length', 'integer', 16, 'Payload length (header excluded).', 'ip6 length > 1000'],
  ['nexthdr', 'inet_proto', 8, 'Next header of the fixed header; with extension headers present it is not the transport protocol (use `meta l4proto`).', 'ip6 nexthdr ipv6-icmp'],
  ['hoplimit', 'integer', 8, 'Hop limit.', 'ip6 hoplimit 255', { field: 'ttl' }],
  ['saddr', 'ipv6_addr', 128, 'Source IPv6 address.', 'ip6 saddr 2001:db8::/32 accept', { field: 'saddr' }],
  ['daddr', 'ipv6_addr', 128, 'Destination IPv6 address.', 'ip6 daddr ::1 accept', { field: 'daddr' }],
]);

const ICMP = header('icmp', 'payload', { families: V4, dependency: { network: 'ipv4', l4proto: 'icmp' } }, [
  ['type', 'icmp_type', 8, 'ICMP message type.', 'icmp type echo-request limit rate 5/second accept', { field: 'icmp.type' }],
  ['code', 'icmp_code', 8, 'ICMP code.', 'icmp code port-unreachable', { field: 'icmp.code' }],
  ['checksum', 'integer', 16, 'ICMP checksum.', 'icmp checksum 0'],
  ['id', 'integer', 16, 'Identifier of echo and timestamp messages.', 'icmp id 1'],
  ['sequence', 'integer', 16, 'Sequence number of echo messages.', 'icmp sequence 1'],
  ['gateway', 'integer', 32, 'Gateway address of redirect messages.', 'icmp type redirect icmp gateway 0'],
  ['mtu', 'integer', 16, 'Next-hop MTU of fragmentation-needed messages.', 'icmp mtu < 576'],
]);

const ICMPV6 = header('icmpv6', 'payload', { families: V6, dependency: { network: 'ipv6', l4proto: 'icmpv6' } }, [
  ['type', 'icmpv6_type', 8, 'ICMPv6 message type.', 'icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert } accept', { field: 'icmpv6.type' }],
  ['code', 'icmpv6_code', 8, 'ICMPv6 code.', 'icmpv6 code no-route', { field: 'icmpv6.code' }],
  ['checksum', 'integer', 16, 'ICMPv6 checksum.', 'icmpv6 checksum 0'],
  ['parameter-problem', 'integer', 32, 'Pointer of parameter-problem messages.', 'icmpv6 parameter-problem 0'],
  ['packet-too-big', 'integer', 32, 'MTU of packet-too-big messages (same bytes as `mtu`).', 'icmpv6 packet-too-big < 1280'],
  ['mtu', 'integer', 32, 'MTU announced by packet-too-big messages.', 'icmpv6 mtu < 1280'],
  ['id', 'integer', 16, 'Identifier of echo messages.', 'icmpv6 id 1'],
  ['sequence', 'integer', 16, 'Sequence number of echo messages.', 'icmpv6 sequence 1'],
  ['max-delay', 'integer', 16, 'Maximum response delay of MLD queries.', 'icmpv6 max-delay 1000'],
  ['taddr', 'ipv6_addr', 128, 'Target address of neighbour discovery messages.', 'icmpv6 taddr fe80::1', { since: '1.0.8' }],
  ['daddr', 'ipv6_addr', 128, 'Destination address of ND redirect messages.', 'icmpv6 daddr fe80::1', { since: '1.0.8' }],
]);

const IGMP = header('igmp', 'payload', { families: V4, dependency: { network: 'ipv4', l4proto: 'igmp' } }, [
  ['type', 'igmp_type', 8, 'IGMP message type.', 'igmp type membership-query accept'],
  ['mrt', 'integer', 8, 'Maximum response time of queries.', 'igmp mrt 100'],
  ['checksum', 'integer', 16, 'IGMP checksum.', 'igmp checksum 0'],
  ['group', 'integer', 32, 'Group address.', 'igmp group 0'],
]);

/** Port fields shared by tcp, udp, udplite, sctp and dccp. */
function ports(proto: string): HeaderRow[] {
  return [
    ['sport', 'inet_service', 16, `${proto.toUpperCase()} source port.`, `${proto} sport 1024-65535`, { field: 'sport' }],
    ['dport', 'inet_service', 16, `${proto.toUpperCase()} destination port.`, `${proto} dport { 53, 5353 } accept`, { field: 'dport' }],
  ];
}

const TCP = header('tcp', 'payload', { families: ANY_IP, dependency: { l4proto: 'tcp' }, settable: true }, [
  ...ports('tcp'),
  ['sequence', 'integer', 32, 'Sequence number.', 'tcp sequence 0'],
  ['ackseq', 'integer', 32, 'Acknowledgement number.', 'tcp ackseq 0'],
  ['doff', 'integer', 4, 'Data offset: header length in 32-bit words.', 'tcp doff < 5 drop'],
  ['reserved', 'integer', 4, 'Reserved bits.', 'tcp reserved != 0 drop'],
  ['flags', 'tcp_flag', 8, 'Flag bits; `tcp flags syn` tests one bit, `& (a|b) == a` tests a combination.', 'tcp flags & (fin|syn|rst|ack) == syn', { field: 'tcp.flags' }],
  ['window', 'integer', 16, 'Receive window.', 'tcp window 0'],
  ['checksum', 'integer', 16, 'TCP checksum.', 'tcp checksum 0'],
  ['urgptr', 'integer', 16, 'Urgent pointer.', 'tcp urgptr != 0'],
]);

const UDP = header('udp', 'payload', { families: ANY_IP, dependency: { l4proto: 'udp' }, settable: true }, [
  ...ports('udp'),
  ['length', 'integer', 16, 'Length of header and data.', 'udp length < 20'],
  ['checksum', 'integer', 16, 'UDP checksum.', 'udp checksum 0'],
]);

const UDPLITE = header('udplite', 'payload', { families: ANY_IP, dependency: { l4proto: 'udplite' } }, [
  ...ports('udplite'),
  ['csumcov', 'integer', 16, 'Checksum coverage.', 'udplite csumcov 8'],
  ['checksum', 'integer', 16, 'UDP-Lite checksum.', 'udplite checksum 0'],
]);

const SCTP = header('sctp', 'payload', { families: ANY_IP, dependency: { l4proto: 'sctp' } }, [
  ...ports('sctp'),
  ['vtag', 'integer', 32, 'Verification tag.', 'sctp vtag 0'],
  ['checksum', 'integer', 32, 'CRC32c checksum.', 'sctp checksum 0'],
]);

const DCCP = header('dccp', 'payload', { families: ANY_IP, dependency: { l4proto: 'dccp' } }, [
  ...ports('dccp'),
  ['type', 'dccp_pkttype', 4, 'DCCP packet type.', 'dccp type request'],
]);

const IPSEC_HEADERS = [
  ...header('ah', 'payload', { families: ANY_IP, dependency: { l4proto: 'ah' } }, [
    ['nexthdr', 'inet_proto', 8, 'Protocol behind the authentication header.', 'ah nexthdr tcp'],
    ['hdrlength', 'integer', 8, 'AH length.', 'ah hdrlength 4'],
    ['reserved', 'integer', 16, 'Reserved bits.', 'ah reserved 0'],
    ['spi', 'integer', 32, 'Security parameter index.', 'ah spi 0x100'],
    ['sequence', 'integer', 32, 'Sequence number.', 'ah sequence 1'],
  ]),
  ...header('esp', 'payload', { families: ANY_IP, dependency: { l4proto: 'esp' } }, [
    ['spi', 'integer', 32, 'Security parameter index.', 'esp spi 0x100'],
    ['sequence', 'integer', 32, 'Sequence number.', 'esp sequence 1'],
  ]),
  ...header('comp', 'payload', { families: ANY_IP, dependency: { l4proto: 'comp' } }, [
    ['nexthdr', 'inet_proto', 8, 'Protocol behind the IP compression header.', 'comp nexthdr tcp'],
    ['flags', 'bitmask', 8, 'IPComp flags.', 'comp flags 0'],
    ['cpi', 'integer', 16, 'Compression parameter index.', 'comp cpi 1'],
  ]),
];

const TH = header('th', 'payload', { families: ANY_IP }, [
  ['sport', 'inet_service', 16, 'Source port of whatever transport header follows (tcp, udp, udplite, sctp, dccp); pair it with `meta l4proto`.', 'meta l4proto { tcp, udp } th sport 53', { field: 'sport' }],
  ['dport', 'inet_service', 16, 'Destination port of whatever transport header follows; pair it with `meta l4proto`.', 'meta l4proto { tcp, udp } th dport 53 accept', { field: 'dport' }],
]);

/** Encapsulation headers of tunnels; the inner packet can be matched behind them, e.g. `vxlan ip saddr`. */
const TUNNELS = [
  ...header('gre', 'inner', { families: ANY_IP, dependency: { l4proto: 'gre' }, since: '1.0.7', kernel: '6.2' }, [
    ['version', 'integer', 3, 'GRE version.', 'gre version 0'],
    ['flags', 'integer', 5, 'GRE flag bits.', 'gre flags 0'],
    ['protocol', 'ether_type', 16, 'Protocol of the encapsulated packet.', 'gre protocol ip'],
  ]),
  ...header('gretap', 'inner', { families: ANY_IP, dependency: { l4proto: 'gre' }, since: '1.0.7', kernel: '6.2' }, [
    ['ether saddr', 'ether_addr', 48, 'Source MAC of the Ethernet frame inside a GRE tap tunnel.', 'gretap ether saddr 02:00:00:00:00:01'],
  ]),
  ...header('geneve', 'inner', { families: ANY_IP, dependency: { l4proto: 'udp' }, since: '1.0.7', kernel: '6.2' }, [
    ['vni', 'integer', 24, 'Geneve virtual network identifier.', 'udp dport 6081 geneve vni 10'],
    ['type', 'ether_type', 16, 'Protocol of the encapsulated frame.', 'geneve type ip'],
  ]),
  ...header('vxlan', 'inner', { families: ANY_IP, dependency: { l4proto: 'udp' }, since: '1.0.7', kernel: '6.2' }, [
    ['vni', 'integer', 24, 'VXLAN network identifier.', 'udp dport 4789 vxlan vni 100'],
    ['flags', 'integer', 8, 'VXLAN flags.', 'vxlan flags 0x08'],
  ]),
];

/** Every protocol header field. */
export const PAYLOAD_SELECTORS: NftSelector[] = [
  ...ETHER, ...VLAN, ...ARP, ...IP, ...IP6, ...ICMP, ...ICMPV6, ...IGMP, ...TCP, ...UDP, ...UDPLITE, ...SCTP,
  ...DCCP, ...IPSEC_HEADERS, ...TH, ...TUNNELS,
];
