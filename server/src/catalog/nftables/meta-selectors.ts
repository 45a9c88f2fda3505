/**
 * Meta keys: facts about the packet that are not in its headers (interfaces, marks, owner, time …).
 * Hook restrictions marked here are the ones the kernel enforces on load; "meaningless but accepted" cases (an
 * input interface in output) are documented in the text only.
 */
import { sel } from './selector-helpers';
import type { NftHook, NftSelector } from './types';

const IN_HOOKS: NftHook[] = ['prerouting', 'input', 'forward', 'ingress'];

type Row = [key: string, type: string, bits: number, doc: string, example: string, extra?: Parameters<typeof sel>[6]];

const ROWS: Row[] = [
  ['length', 'integer', 32, 'Length of the packet in bytes, network header included.', 'meta length > 1000 counter', { field: 'length' }],
  ['nfproto', 'nf_proto', 8, 'Network protocol of the packet (ipv4 or ipv6); nft accepts it only where both can occur (inet tables).', 'meta nfproto ipv6 jump v6', { field: 'nfproto', families: ['inet'] }],
  ['l4proto', 'inet_proto', 8, 'Transport protocol, found behind any IPv6 extension headers; the family-neutral way to name tcp/udp/icmp.', 'meta l4proto { tcp, udp } th dport 53 accept', { field: 'l4proto' }],
  ['protocol', 'ether_type', 16, 'EtherType of the packet (ip, ip6, arp, vlan …).', 'meta protocol ip6 accept', { field: 'ethertype' }],
  ['priority', 'classid', 32, 'Traffic control priority (tc class) of the packet; settable.', 'meta priority set 1:10', { settable: true }],
  ['mark', 'mark', 32, 'Packet mark (fwmark), read by routing rules and tc; settable.', 'meta mark set 0x1', { field: 'mark', settable: true }],
  ['iif', 'iface_index', 32, 'Input interface by index; the device must exist when loading. Use iifname for devices that come and go.', 'iif "lo" accept'],
  ['iifname', 'ifname', 128, 'Input interface by name; "eth*" matches a name prefix.', 'iifname "wg*" accept', { field: 'iifname' }],
  ['iiftype', 'iface_type', 16, 'Hardware type of the input interface.', 'iiftype loopback accept'],
  ['oif', 'iface_index', 32, 'Output interface by index; the device must exist when loading.', 'oif "eth0" accept'],
  ['oifname', 'ifname', 128, 'Output interface by name; "eth*" matches a name prefix.', 'oifname "ppp0" masquerade', { field: 'oifname' }],
  ['oiftype', 'iface_type', 16, 'Hardware type of the output interface.', 'oiftype ether'],
  ['sdif', 'iface_index', 32, 'Index of the VRF (l3 master) device the packet came in through.', 'meta sdif "vrf0"'],
  ['sdifname', 'ifname', 128, 'Name of the VRF (l3 master) device the packet came in through.', 'meta sdifname "vrf-blue"'],
  ['skuid', 'uid', 32, 'User id owning the sending socket (locally generated packets).', 'meta skuid 1000 drop', { field: 'skuid' }],
  ['skgid', 'gid', 32, 'Group id owning the sending socket (locally generated packets).', 'meta skgid 100 accept', { field: 'skgid' }],
  ['nftrace', 'integer', 1, 'Trace flag: packets with it set are reported by `nft monitor trace`.', 'tcp dport 22 meta nftrace set 1', { settable: true }],
  ['rtclassid', 'realm', 32, 'Routing realm of the route the packet took.', 'meta rtclassid 10'],
  ['ibrname', 'ifname', 128, 'Name of the bridge the input port belongs to (bridge family).', 'meta ibrname "br0"', { families: ['bridge'] }],
  ['obrname', 'ifname', 128, 'Name of the bridge the output port belongs to (bridge family).', 'meta obrname "br0"', { families: ['bridge'] }],
  ['ibrpvid', 'integer', 16, 'Port VLAN id of the input bridge port (bridge family).', 'meta ibrpvid 10', { families: ['bridge'] }],
  ['ibrvproto', 'ether_type', 16, 'VLAN protocol of the input bridge (bridge family).', 'meta ibrvproto 8021q', { families: ['bridge'] }],
  ['pkttype', 'pkt_type', 8, 'Link-layer class: host (to us), broadcast, multicast, other; setting it is allowed only at prerouting/ingress.', 'meta pkttype { broadcast, multicast } drop', { field: 'pkttype', settable: true }],
  ['cpu', 'integer', 32, 'Number of the CPU handling the packet.', 'meta cpu 0'],
  ['iifgroup', 'devgroup', 32, 'Device group of the input interface.', 'iifgroup 2 accept'],
  ['oifgroup', 'devgroup', 32, 'Device group of the output interface.', 'oifgroup 2 accept'],
  ['cgroup', 'integer', 32, 'Net class id (cgroup v1 net_cls) of the socket.', 'meta cgroup 0x100001'],
  ['random', 'integer', 32, 'A fresh random number per packet, for sampling.', 'meta random & 0xff == 0 counter'],
  ['ipsec', 'boolean', 8, 'True when the packet was decrypted by IPsec; prerouting, input and forward only.', 'meta ipsec exists accept', { hooks: IN_HOOKS }],
  ['secpath', 'boolean', 8, 'Older name of `meta ipsec`.', 'meta secpath exists', { hooks: IN_HOOKS }],
  ['iifkind', 'ifname', 128, 'Driver kind of the input interface (veth, tun, bridge …).', 'meta iifkind "veth"'],
  ['oifkind', 'ifname', 128, 'Driver kind of the output interface.', 'meta oifkind "wireguard"'],
  ['time', 'time', 64, 'Time the packet arrived, compared with dates or epoch seconds.', 'meta time < "2030-01-01 00:00:00" accept'],
  ['day', 'day', 8, 'Day of the week the packet arrived (local time).', 'meta day { Saturday, Sunday } drop'],
  ['hour', 'hour', 32, 'Time of day the packet arrived (local time).', 'meta hour "09:00"-"17:00" accept'],
  ['secmark', 'integer', 32, 'Security mark (SELinux label id); set from a named secmark object.', 'meta secmark set "sshtag"', { settable: true }],
  ['broute', 'integer', 1, 'Bridge family: set to 1 to pass the frame up to the routing stack instead of bridging it.', 'meta broute set 1', { families: ['bridge'], hooks: ['prerouting'], settable: true, since: '1.0.7' }],
];

/** Keys that may be written without the `meta` keyword (`iifname "lo"`). */
const UNQUALIFIED = new Set(['mark', 'iif', 'iifname', 'iiftype', 'oif', 'oifname', 'oiftype', 'skuid', 'skgid',
  'rtclassid', 'pkttype', 'cpu', 'iifgroup', 'oifgroup', 'cgroup', 'ipsec', 'time', 'day', 'hour']);

/** Every meta key. */
export const META_SELECTORS: NftSelector[] = ROWS.map(([key, type, bits, doc, example, extra]) =>
  sel(`meta ${key}`, 'meta', type, bits, doc, example, { ...extra, unqualified: UNQUALIFIED.has(key) || undefined }));
