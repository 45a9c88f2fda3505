/**
 * Routing, FIB, socket, OS fingerprint, IPsec state, number generators, hashes and raw payload.
 * Hook lists are the ones the kernel enforces when the rule is loaded.
 */
import { sel } from './selector-helpers';
import type { NftHook, NftSelector } from './types';

const AFTER_ROUTING: NftHook[] = ['forward', 'output', 'postrouting'];
const BEFORE_LOCAL: NftHook[] = ['prerouting', 'input', 'forward', 'ingress'];

const RT: NftSelector[] = [
  sel('rt classid', 'rt', 'realm', 32, 'Routing realm of the route chosen for the packet.', 'rt classid 10'),
  // The kernel loads next-hop and IPsec lookups at any hook (only the MSS is hook-limited); before routing they
  // simply do not match.
  sel('rt nexthop', 'rt', 'ipv4_addr', undefined, 'Next-hop address of the route; ip or ip6 by table family (write `rt ip nexthop` in inet). Only meaningful once the packet is routed (forward, output, postrouting).', 'rt nexthop 192.0.2.1'),
  sel('rt ip nexthop', 'rt', 'ipv4_addr', 32, 'IPv4 next hop of the route, once the packet is routed.', 'rt ip nexthop 192.0.2.1', { families: ['ip', 'inet', 'bridge', 'netdev'] }),
  sel('rt ip6 nexthop', 'rt', 'ipv6_addr', 128, 'IPv6 next hop of the route, once the packet is routed.', 'rt ip6 nexthop fe80::1', { families: ['ip6', 'inet', 'bridge', 'netdev'] }),
  sel('rt mtu', 'rt', 'integer', 16, 'MSS that fits the route\'s MTU; used to clamp the TCP MSS option.', 'tcp flags syn tcp option maxseg size set rt mtu', { hooks: AFTER_ROUTING }),
  sel('rt ipsec', 'rt', 'boolean', 8, 'True when the route sends the packet through an IPsec transform (known once the packet is routed).', 'rt ipsec missing drop'),
];

const FIB_DOC = 'A route lookup keyed on a `.`-joined tuple of saddr, daddr, mark, iif, oif';
const FIB: NftSelector[] = [
  sel('fib type', 'fib', 'fib_addrtype', 32, `${FIB_DOC}, yielding the address type (local, unicast, broadcast …).`, 'fib daddr type != local drop', { families: ['ip', 'ip6', 'inet', 'netdev'] }),
  sel('fib oif', 'fib', 'iface_index', 32, `${FIB_DOC}, yielding the output interface index (0 / missing when there is no route). Reverse-path filtering uses it.`, 'fib saddr . iif oif missing drop', { families: ['ip', 'ip6', 'inet', 'netdev'], hooks: BEFORE_LOCAL }),
  sel('fib oifname', 'fib', 'ifname', 128, `${FIB_DOC}, yielding the output interface name.`, 'fib daddr oifname "eth0"', { families: ['ip', 'ip6', 'inet', 'netdev'], hooks: BEFORE_LOCAL }),
];

const SOCKET_HOOKS: NftHook[] = ['prerouting', 'input', 'output'];
const SOCKET: NftSelector[] = [
  sel('socket transparent', 'socket', 'integer', 8, 'Whether the packet belongs to a socket with IP_TRANSPARENT set (used with tproxy).', 'socket transparent 1 meta mark set 1 accept', { hooks: SOCKET_HOOKS }),
  sel('socket mark', 'socket', 'mark', 32, 'SO_MARK of the socket the packet belongs to.', 'socket mark 0x10', { hooks: SOCKET_HOOKS }),
  sel('socket wildcard', 'socket', 'integer', 8, 'Whether the matching socket is bound to the wildcard address.', 'socket wildcard 0', { hooks: SOCKET_HOOKS }),
  sel('socket cgroupv2', 'socket', 'cgroupsv2', 64, 'cgroup v2 of the socket, at ancestor `level N` of the path.', 'socket cgroupv2 level 1 "user.slice" accept', { hooks: SOCKET_HOOKS }),
];

const OSF_HOOKS: NftHook[] = ['prerouting', 'input', 'forward'];
const OSF: NftSelector[] = [
  sel('osf name', 'osf', 'string', 128, 'Operating system guessed from the SYN packet (needs fingerprints loaded with nfnl_osf); `ttl loose|skip` relaxes the TTL check.', 'osf ttl skip name "Linux"', { hooks: OSF_HOOKS, dependency: { l4proto: 'tcp' } }),
  sel('osf version', 'osf', 'string', 128, 'OS name and version guessed from the SYN packet.', 'osf version "Linux:4.20"', { hooks: OSF_HOOKS, dependency: { l4proto: 'tcp' } }),
];

const IPSEC_KEYS: Array<[string, string, number, string]> = [
  ['reqid', 'integer', 32, 'request id of the IPsec policy'],
  ['spi', 'integer', 32, 'security parameter index of the IPsec state'],
  ['ip saddr', 'ipv4_addr', 32, 'IPv4 tunnel source address of the IPsec state'],
  ['ip daddr', 'ipv4_addr', 32, 'IPv4 tunnel destination address of the IPsec state'],
  ['ip6 saddr', 'ipv6_addr', 128, 'IPv6 tunnel source address of the IPsec state'],
  ['ip6 daddr', 'ipv6_addr', 128, 'IPv6 tunnel destination address of the IPsec state'],
];

const IPSEC: NftSelector[] = (['in', 'out'] as const).flatMap((dir) => IPSEC_KEYS.map(([key, type, bits, what]) =>
  sel(`ipsec ${dir} ${key}`, 'ipsec', type, bits,
    `The ${what} the packet ${dir === 'in' ? 'was decrypted with' : 'will be encrypted with'}; \`spnum N\` picks a state of a bundle.`,
    `ipsec ${dir} ${key} ${type === 'integer' ? '1' : type === 'ipv4_addr' ? '192.0.2.1' : '2001:db8::1'}`,
    { hooks: dir === 'in' ? ['prerouting', 'input', 'forward'] : AFTER_ROUTING })));

const GENERATORS: NftSelector[] = [
  sel('numgen inc', 'numgen', 'integer', 32, 'A counter that increases per packet, modulo `mod N`, plus `offset`; for round-robin.', 'dnat to numgen inc mod 2 map { 0 : 192.0.2.1, 1 : 192.0.2.2 }'),
  sel('numgen random', 'numgen', 'integer', 32, 'A random number below `mod N`, plus `offset`.', 'numgen random mod 100 < 10 counter'),
  sel('jhash', 'hash', 'integer', 32, 'Jenkins hash of the given fields, modulo `mod N`, with optional `seed` and `offset`; spreads flows over backends.', 'dnat to jhash ip saddr . tcp sport mod 2 map { 0 : 192.0.2.1, 1 : 192.0.2.2 }'),
  sel('symhash', 'hash', 'integer', 32, 'A hash equal for both directions of a flow, modulo `mod N`.', 'meta mark set symhash mod 4'),
];

const RAW: NftSelector[] = [
  sel('@ll', 'raw', 'integer', undefined, 'Raw bits from the link-layer header: `@ll,OFFSET,LENGTH` in bits.', '@ll,0,48 0xffffffffffff', { settable: true }),
  sel('@nh', 'raw', 'integer', undefined, 'Raw bits from the network header: `@nh,OFFSET,LENGTH` in bits.', '@nh,72,8 6', { settable: true }),
  sel('@th', 'raw', 'integer', undefined, 'Raw bits from the transport header: `@th,OFFSET,LENGTH` in bits.', '@th,16,16 53', { settable: true }),
  sel('@ih', 'raw', 'integer', undefined, 'Raw bits from the inner header (the transport payload): `@ih,OFFSET,LENGTH` in bits.', '@ih,0,32 0x47455420', { settable: true }),
];

/** Every non-header, non-meta, non-ct selector. */
export const MISC_SELECTORS: NftSelector[] = [...RT, ...FIB, ...SOCKET, ...OSF, ...IPSEC, ...GENERATORS, ...RAW];
