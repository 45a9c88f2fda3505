/**
 * Data types as `nft describe` names them, with their widths and symbolic constants. Numbers are in network
 * meaning (ether type ip = 0x0800), not the host-order bytes `nft describe` prints for some types.
 * Parsing of literals lives in ../values/; this file only names the words and their numbers.
 */
import { CT_STATE_BITS, TCP_FLAG_BITS } from '../../model/fields';
import type { NftDataType } from './types';

const ICMP_TYPES: Record<string, number> = {
  'echo-reply': 0, 'destination-unreachable': 3, 'source-quench': 4, redirect: 5, 'echo-request': 8,
  'router-advertisement': 9, 'router-solicitation': 10, 'time-exceeded': 11, 'parameter-problem': 12,
  'timestamp-request': 13, 'timestamp-reply': 14, 'info-request': 15, 'info-reply': 16,
  'address-mask-request': 17, 'address-mask-reply': 18,
};

const ICMPV6_TYPES: Record<string, number> = {
  'destination-unreachable': 1, 'packet-too-big': 2, 'time-exceeded': 3, 'parameter-problem': 4,
  'echo-request': 128, 'echo-reply': 129, 'mld-listener-query': 130, 'mld-listener-report': 131,
  'mld-listener-done': 132, 'mld-listener-reduction': 132, 'nd-router-solicit': 133, 'nd-router-advert': 134,
  'nd-neighbor-solicit': 135, 'nd-neighbor-advert': 136, 'nd-redirect': 137, 'router-renumbering': 138,
  'ind-neighbor-solicit': 141, 'ind-neighbor-advert': 142, 'mld2-listener-report': 143,
};

const DSCP: Record<string, number> = {
  cs0: 0, cs1: 8, cs2: 16, cs3: 24, cs4: 32, cs5: 40, cs6: 48, cs7: 56, df: 0, be: 0, lephb: 1,
  af11: 10, af12: 12, af13: 14, af21: 18, af22: 20, af23: 22, af31: 26, af32: 28, af33: 30,
  af41: 34, af42: 36, af43: 38, va: 44, ef: 46,
};

function t(
  name: string, base: NftDataType['base'], bits: number | undefined, literal: string, doc: string, example: string,
  symbols?: Record<string, number>,
): NftDataType {
  return { name, base, bits, literal, doc, example, symbols };
}

/** Every data type a selector, set or map can have. */
export const DATA_TYPES: NftDataType[] = [
  t('integer', 'integer', undefined, 'decimal, 0x hex; ranges a-b', 'A plain number of the field\'s width.', 'ip ttl 64'),
  t('string', 'string', undefined, 'word or "quoted text"', 'Text, compared byte by byte; a trailing * matches a prefix.', 'ct helper "ftp"'),
  t('bitmask', 'bitmask', undefined, 'number or flag names joined by |', 'A set of bits tested with `&` or a flag list.', 'comp flags & 0x1 == 0x1'),
  t('ipv4_addr', 'integer', 32, 'dotted quad, a.b.c.d/len prefix, a-b range, host name', 'An IPv4 address.', 'ip saddr 192.0.2.0/24'),
  t('ipv6_addr', 'integer', 128, 'RFC 4291 text form, prefix /len, range a-b', 'An IPv6 address.', 'ip6 daddr 2001:db8::/32'),
  t('ether_addr', 'lladdr', 48, 'six hex bytes separated by colons', 'An Ethernet MAC address.', 'ether saddr 02:00:00:00:00:01'),
  t('ether_type', 'integer', 16, 'ip, ip6, arp, vlan, 8021q, 8021ad or a number', 'An EtherType: the protocol carried by a frame.', 'ether type arp',
    { ip: 0x0800, arp: 0x0806, ip6: 0x86dd, '8021q': 0x8100, vlan: 0x8100, '8021ad': 0x88a8 }),
  t('inet_proto', 'integer', 8, 'protocol name from /etc/protocols or a number 0-255', 'An IP protocol number (6 tcp, 17 udp …).', 'meta l4proto { tcp, udp }',
    { icmp: 1, igmp: 2, tcp: 6, udp: 17, dccp: 33, ipv6: 41, gre: 47, esp: 50, ah: 51, 'ipv6-icmp': 58, icmpv6: 58, comp: 108, sctp: 132, udplite: 136 }),
  t('inet_service', 'integer', 16, 'port number 0-65535 or service name from /etc/services; ranges a-b', 'A transport port.', 'tcp dport { 22, 80, 443, 8000-8080 }'),
  t('mark', 'integer', 32, 'decimal or 0x hex', 'A 32-bit mark (packet, conntrack or socket).', 'meta mark 0x10'),
  t('ifname', 'string', 128, 'interface name up to 15 characters; "eth*" matches a prefix', 'A network interface name, compared as text.', 'iifname "eth*"'),
  t('iface_index', 'integer', 32, 'interface name (resolved to its index when loaded) or number', 'An interface index; the device must exist when the rule is loaded.', 'iif "lo" accept'),
  t('iface_type', 'integer', 16, 'ether, ppp, ipip, ipip6, loopback, sit, ipgre or a number', 'An ARPHRD hardware type of a device.', 'meta iiftype loopback',
    { ether: 1, ppp: 512, ipip: 768, ipip6: 769, loopback: 772, sit: 776, ipgre: 778 }),
  t('ct_state', 'bitmask', 32, 'comma list of state names', 'Conntrack state bits of the packet.', 'ct state established,related accept', CT_STATE_BITS),
  t('ct_status', 'bitmask', 32, 'comma list of status names', 'Conntrack status bits of the connection.', 'ct status dnat',
    { expected: 0x1, 'seen-reply': 0x2, assured: 0x4, confirmed: 0x8, snat: 0x10, dnat: 0x20, dying: 0x200 }),
  t('ct_dir', 'integer', 8, 'original or reply', 'Direction of the packet within its connection.', 'ct direction reply', { original: 0, reply: 1 }),
  t('ct_label', 'bitmask', 128, 'label names from connlabel.conf or bit numbers', 'Conntrack label bits.', 'ct label set 1'),
  t('ct_event', 'bitmask', 32, 'comma list of event names', 'Conntrack events reported for a connection.', 'ct event set new,destroy',
    { new: 0x1, related: 0x2, destroy: 0x4, reply: 0x8, assured: 0x10, protoinfo: 0x20, helper: 0x40, mark: 0x80, seqadj: 0x100, secmark: 0x200, label: 0x400 }),
  t('tcp_flag', 'bitmask', 8, 'flag names joined by | or a comma list', 'TCP header flag bits.', 'tcp flags & (syn|ack) == syn', TCP_FLAG_BITS),
  t('icmp_type', 'integer', 8, 'type name or number', 'An ICMP message type.', 'icmp type echo-request', ICMP_TYPES),
  t('icmp_code', 'integer', 8, 'code name or number', 'An ICMP code; the names are the ones `reject with icmp` sends.', 'reject with icmp host-prohibited',
    { 'net-unreachable': 0, 'host-unreachable': 1, 'prot-unreachable': 2, 'port-unreachable': 3, 'frag-needed': 4, 'net-prohibited': 9, 'host-prohibited': 10, 'admin-prohibited': 13 }),
  t('icmpv6_type', 'integer', 8, 'type name or number', 'An ICMPv6 message type.', 'icmpv6 type nd-neighbor-solicit', ICMPV6_TYPES),
  t('icmpv6_code', 'integer', 8, 'code name or number', 'An ICMPv6 code; the names are the ones `reject with icmpv6` sends.', 'reject with icmpv6 admin-prohibited',
    { 'no-route': 0, 'admin-prohibited': 1, 'addr-unreachable': 3, 'port-unreachable': 4, 'policy-fail': 5, 'reject-route': 6 }),
  t('icmpx_code', 'integer', 8, 'code name', 'A family-neutral reject code, mapped to the ICMP or ICMPv6 code of the packet.', 'reject with icmpx admin-prohibited',
    { 'no-route': 0, 'port-unreachable': 1, 'host-unreachable': 2, 'admin-prohibited': 3 }),
  t('igmp_type', 'integer', 8, 'type name or number', 'An IGMP message type.', 'igmp type membership-query',
    { 'membership-query': 17, 'membership-report-v1': 18, 'membership-report-v2': 22, 'leave-group': 23, 'membership-report-v3': 34 }),
  t('pkt_type', 'integer', 8, 'host, unicast, broadcast, multicast, other', 'The link-layer packet class.', 'meta pkttype broadcast drop',
    { host: 0, unicast: 0, broadcast: 1, multicast: 2, other: 3 }),
  t('nf_proto', 'integer', 8, 'ipv4 or ipv6', 'The network protocol family of the packet.', 'meta nfproto ipv6', { ipv4: 2, ipv6: 10 }),
  t('arp_op', 'integer', 16, 'operation name or number', 'An ARP operation code.', 'arp operation request',
    { request: 1, reply: 2, rrequest: 3, rreply: 4, inrequest: 8, inreply: 9, nak: 10 }),
  t('dccp_pkttype', 'integer', 4, 'packet type name or number', 'A DCCP packet type.', 'dccp type request',
    { request: 0, response: 1, data: 2, ack: 3, dataack: 4, closereq: 5, close: 6, reset: 7, sync: 8, syncack: 9 }),
  t('mh_type', 'integer', 8, 'message type name or number', 'A Mobile IPv6 mobility header type.', 'mh type binding-update',
    { 'binding-refresh-request': 0, 'home-test-init': 1, 'careof-test-init': 2, 'home-test': 3, 'careof-test': 4, 'binding-update': 5,
      'binding-acknowledgement': 6, 'binding-error': 7, 'fast-binding-update': 8, 'fast-binding-acknowledgement': 9,
      'fast-binding-advertisement': 10, 'experimental-mobility-header': 11, 'home-agent-switch-message': 12 }),
  t('fib_addrtype', 'integer', 32, 'address type name', 'The kind of address a route lookup found.', 'fib daddr type local',
    { unspec: 0, unicast: 1, local: 2, broadcast: 3, anycast: 4, multicast: 5, blackhole: 6, unreachable: 7, prohibit: 8 }),
  t('ecn', 'integer', 2, 'not-ect, ect1, ect0, ce or 0-3', 'The two ECN bits of the IP header.', 'ip ecn ce', { 'not-ect': 0, ect1: 1, ect0: 2, ce: 3 }),
  t('dscp', 'integer', 6, 'class name (cs0-cs7, af11-af43, ef, be …) or 0-63', 'The DiffServ code point of the IP header.', 'ip dscp ef', DSCP),
  t('day', 'integer', 8, 'day name (Sunday … or a prefix) or 0-6', 'Day of the week, in local time.', 'meta day { Saturday, Sunday }',
    { Sunday: 0, Monday: 1, Tuesday: 2, Wednesday: 3, Thursday: 4, Friday: 5, Saturday: 6 }),
  t('hour', 'integer', 32, '"HH:MM" or "HH:MM:SS", ranges a-b', 'Time of day, in local time.', 'meta hour "08:00"-"17:30"'),
  t('time', 'integer', 64, 'date "YYYY-MM-DD HH:MM:SS", seconds since the epoch, or a duration 1d2h3m4s', 'A point in time or a duration.', 'meta time < "2030-01-01 00:00:00"'),
  t('boolean', 'boolean', 8, 'exists / missing, or 1 / 0', 'True or false.', 'tcp option sack-perm exists', { exists: 1, missing: 0 }),
  t('uid', 'integer', 32, 'user name or number', 'A user id.', 'meta skuid root'),
  t('gid', 'integer', 32, 'group name or number', 'A group id.', 'meta skgid 100'),
  t('realm', 'integer', 32, 'realm name from rt_realms or number', 'A routing realm.', 'rt classid 10'),
  t('classid', 'integer', 32, 'major:minor in hex, root or none', 'A tc class handle.', 'meta priority set 1:10'),
  t('devgroup', 'integer', 32, 'group name from group file or number', 'A network device group.', 'meta iifgroup 2'),
  t('cgroupsv2', 'integer', 64, '"path" of a cgroup v2 directory', 'A cgroup v2 id, resolved from its path when loaded.', 'socket cgroupv2 level 1 "system.slice"'),
  t('verdict', 'verdict', undefined, 'accept, drop, continue, return, jump CHAIN, goto CHAIN', 'A verdict, as data of a verdict map.', 'tcp dport vmap { 22 : accept, 23 : drop }'),
  t('counter', 'string', undefined, 'name of a counter object', 'A named counter, as data of an object map.', 'counter name tcp dport map { 80 : "http" }'),
  t('quota', 'string', undefined, 'name of a quota object', 'A named quota, as data of an object map.', 'quota name ip saddr map { 192.0.2.1 : "user1" }'),
  t('limit', 'string', undefined, 'name of a limit object', 'A named limit, as data of an object map.', 'limit name ip saddr map { 192.0.2.1 : "slow" }'),
  t('secmark', 'string', undefined, 'name of a secmark object', 'A named security mark, as data of an object map.', 'meta secmark set tcp dport map { 22 : "sshtag" }'),
];

/** Data types by name. */
export const DATA_TYPE_BY_NAME: ReadonlyMap<string, NftDataType> = new Map(DATA_TYPES.map((d) => [d.name, d]));
