/**
 * Conntrack keys. Tuple keys (saddr, daddr, proto-src, proto-dst …) can be prefixed by a direction
 * (`ct original saddr`, `ct reply daddr`); address keys take their type from the table family or an explicit
 * `ip`/`ip6` (`ct original ip saddr`).
 */
import { sel } from './selector-helpers';
import type { NftSelector } from './types';

type Row = [key: string, type: string, bits: number | undefined, doc: string, example: string, extra?: Parameters<typeof sel>[6]];

const ROWS: Row[] = [
  ['state', 'ct_state', 32, 'Conntrack state of the packet: new, established, related, invalid, untracked.', 'ct state established,related accept', { field: 'ct.state' }],
  ['direction', 'ct_dir', 8, 'Whether the packet goes the way the connection was opened (original) or back (reply).', 'ct direction reply', { field: 'ct.direction' }],
  ['status', 'ct_status', 32, 'Status bits of the connection (assured, seen-reply, dnat, snat …).', 'ct status dnat accept', { field: 'ct.status' }],
  ['mark', 'mark', 32, 'Connection mark; copy it to and from `meta mark` to keep a mark for a whole flow.', 'ct mark set meta mark', { field: 'ct.mark', settable: true }],
  ['expiration', 'time', 32, 'Time left before the connection entry expires.', 'ct expiration < 1m'],
  ['helper', 'string', 128, 'Name of the helper attached to the connection (ftp, sip …).', 'ct helper "ftp" accept'],
  ['l3proto', 'nf_proto', 8, 'Network protocol of the connection.', 'ct l3proto ipv4'],
  ['saddr', 'ipv4_addr', undefined, 'Source address of the original tuple; its type follows the table family (or write ip/ip6).', 'ct original saddr 192.0.2.1'],
  ['daddr', 'ipv4_addr', undefined, 'Destination address of the tuple; its type follows the table family (or write ip/ip6).', 'ct reply daddr 192.0.2.1'],
  ['ip saddr', 'ipv4_addr', 32, 'IPv4 source address of the tuple.', 'ct original ip saddr 192.0.2.0/24'],
  ['ip daddr', 'ipv4_addr', 32, 'IPv4 destination address of the tuple.', 'ct original ip daddr 192.0.2.1'],
  ['ip6 saddr', 'ipv6_addr', 128, 'IPv6 source address of the tuple.', 'ct original ip6 saddr 2001:db8::/32'],
  ['ip6 daddr', 'ipv6_addr', 128, 'IPv6 destination address of the tuple.', 'ct reply ip6 daddr 2001:db8::1'],
  ['protocol', 'inet_proto', 8, 'Transport protocol of the connection.', 'ct protocol tcp'],
  ['proto-src', 'inet_service', 16, 'Source port of the tuple (needs `ct protocol` or a transport match).', 'ct original proto-src 1024-65535'],
  ['proto-dst', 'inet_service', 16, 'Destination port of the tuple; after DNAT it differs between directions.', 'ct original proto-dst 80'],
  ['label', 'ct_label', 128, 'Connection label bits (names from connlabel.conf); settable.', 'ct label set 1', { settable: true }],
  ['count', 'integer', 32, 'Number of connections of the key; used as `ct count over N` (connlimit), often in a meter or dynamic set.', 'add @perhost { ip saddr ct count over 20 } reject'],
  ['id', 'integer', 32, 'Connection id.', 'ct id 1'],
  ['zone', 'integer', 16, 'Conntrack zone, for overlapping address spaces; set it before conntrack (priority raw).', 'iifname "vrf1" ct zone set 1', { settable: true }],
  ['bytes', 'integer', 64, 'Bytes seen on the connection (needs conntrack accounting).', 'ct bytes > 100000000'],
  ['packets', 'integer', 64, 'Packets seen on the connection (needs conntrack accounting).', 'ct packets < 10'],
  ['avgpkt', 'integer', 64, 'Average packet size of the connection.', 'ct avgpkt > 1000'],
  ['secmark', 'integer', 32, 'Security mark of the connection; copy it to and from `meta secmark`.', 'ct secmark set meta secmark', { settable: true }],
  ['event', 'ct_event', 32, 'Conntrack events to report for the connection (settable only).', 'ct event set new,destroy', { settable: true }],
];

/** Keys that accept a direction prefix. */
const DIRECTIONAL = new Set(['l3proto', 'saddr', 'daddr', 'ip saddr', 'ip daddr', 'ip6 saddr', 'ip6 daddr', 'protocol',
  'proto-src', 'proto-dst', 'bytes', 'packets', 'avgpkt', 'zone']);

function directional(dir: 'original' | 'reply'): NftSelector[] {
  return ROWS.filter(([k]) => DIRECTIONAL.has(k)).map(([key, type, bits, doc, example, extra]) =>
    sel(`ct ${dir} ${key}`, 'ct', type, bits, `${doc} (${dir} direction)`, example.replace(/^ct (original |reply )?/, `ct ${dir} `), extra));
}

/** Every conntrack key, plain and with a direction. */
export const CT_SELECTORS: NftSelector[] = [
  ...ROWS.map(([key, type, bits, doc, example, extra]) => sel(`ct ${key}`, 'ct', type, bits, doc, example, extra)),
  ...directional('original'),
  ...directional('reply'),
];
