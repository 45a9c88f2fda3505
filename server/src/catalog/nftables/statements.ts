/**
 * Non-verdict statements (counters, limits, logging, marking, set updates, offload …) and the full statement list.
 */
import { opt, VERDICT_STATEMENTS } from './verdict-statements';
import type { NftStatement, NftStatementOption } from './types';

function action(name: string, doc: string, example: string, options: NftStatementOption[] = [], extra: Partial<NftStatement> = {}): NftStatement {
  return { name, kind: 'action', terminal: false, options, doc, example, ...extra };
}

const RATE_UNITS = ['second', 'minute', 'hour', 'day', 'week'];
const BYTE_UNITS = ['bytes', 'kbytes', 'mbytes'];

const COUNTING: NftStatement[] = [
  action('counter', 'Counts packets and bytes that reach it; `counter name X` updates a named counter object instead.', 'tcp dport 22 counter accept', [
    opt('packets', 'integer', 'Initial packet count (as printed by `nft list`).', 'counter packets 0 bytes 0'),
    opt('bytes', 'integer', 'Initial byte count.', 'counter packets 0 bytes 0'),
    opt('name', 'string', 'Use the named counter object (a literal or a map lookup).', 'counter name "http"'),
  ]),
  action('limit', 'Matches while the packet (or byte) rate stays under the limit, token-bucket style; with `over` it matches above it.', 'icmp type echo-request limit rate 5/second accept', [
    opt('rate', 'rate', 'N/unit in packets, or N bytes-unit/unit; units second, minute, hour, day, week.', 'limit rate 10/minute', { values: RATE_UNITS }),
    opt('over', 'none', 'Invert: match only traffic above the rate.', 'limit rate over 1 mbytes/second drop'),
    opt('burst', 'integer', 'Extra packets (or bytes) allowed at once before the rate applies.', 'limit rate 5/second burst 10 packets'),
    opt('packets', 'none', 'Unit of the burst: packets.', 'burst 10 packets'),
    opt('bytes', 'none', 'Unit of a byte rate or burst; also kbytes and mbytes.', 'limit rate 100 kbytes/second burst 50 kbytes', { values: BYTE_UNITS }),
    opt('name', 'string', 'Use the named limit object.', 'limit name "ssh-slow"'),
  ]),
  action('quota', 'Matches until a byte budget is used up (`until`, the default) or only once it is exceeded (`over`).', 'quota over 10 mbytes drop', [
    opt('over', 'none', 'Match once the quota is exceeded.', 'quota over 500 mbytes drop'),
    opt('until', 'none', 'Match while the quota is not yet used up.', 'quota until 1 gbytes accept'),
    opt('used', 'bytes', 'Bytes already consumed (as printed by `nft list`).', 'quota over 1 gbytes used 10 mbytes'),
    opt('name', 'string', 'Use the named quota object.', 'quota name "user1"'),
  ]),
  action('last', 'Remembers when the rule last matched (`last used never` until then).', 'tcp dport 22 last', [
    opt('used', 'time', 'Time since the last match, or `never`.', 'last used never'),
  ], { since: '1.0.7' }),
];

const LOG: NftStatement = action('log', 'Logs the packet to the kernel log, or to nflog group N for ulogd.', 'tcp dport 23 log prefix "telnet: " level warn drop', [
  opt('prefix', 'string', 'Text put before the log line (up to 127 characters).', 'log prefix "dropped: "'),
  opt('level', 'string', 'Syslog level; `audit` sends to the audit subsystem instead.', 'log level info',
    { values: ['emerg', 'alert', 'crit', 'err', 'warn', 'notice', 'info', 'debug', 'audit'] }),
  opt('group', 'integer', 'nflog group: send to userspace (ulogd) instead of the kernel log.', 'log group 2', { min: 0, max: 65535 }),
  opt('snaplen', 'integer', 'Bytes of the packet copied to the nflog group.', 'log group 2 snaplen 128'),
  opt('queue-threshold', 'integer', 'Packets batched before they are sent to the nflog group.', 'log group 2 queue-threshold 10'),
  opt('flags', 'string', 'Extra fields to log: tcp sequence, tcp options, ip options, skuid, ether, all.', 'log flags tcp sequence,options',
    { values: ['tcp', 'ip', 'sequence', 'options', 'skuid', 'ether', 'all'] }),
]);

const MANGLING: NftStatement[] = [
  action('meta-set', 'Writes a meta key (mark, priority, pkttype, nftrace, secmark …): `meta KEY set VALUE`.', 'meta mark set 0x2', [
    opt('set', 'expression', 'The value, a constant or an expression.', 'meta mark set ct mark'),
  ]),
  action('ct-set', 'Writes a conntrack key (mark, label, zone, event, secmark) of the packet\'s connection: `ct KEY set VALUE`.', 'ct mark set meta mark', [
    opt('set', 'expression', 'The value, a constant or an expression.', 'ct zone set 2'),
  ]),
  action('payload-set', 'Rewrites a header field in place (checksums are fixed): `ip ttl set 64`, `tcp dport set 8080`.', 'ip dscp set cs1', [
    opt('set', 'expression', 'The new value.', 'tcp option maxseg size set 1400'),
  ]),
  action('notrack', 'Exempts the packet from connection tracking; it only works before conntrack, i.e. at priority raw in prerouting or output.', 'udp dport 53 notrack'),
  action('secmark', 'Assigns a named secmark object to the packet (`meta secmark set "name"`) or to the connection.', 'tcp dport 22 meta secmark set "sshtag"'),
];

const CT_OBJECTS: NftStatement[] = [
  action('ct helper', 'Attaches a named ct helper object to the connection (after the conntrack lookup, e.g. priority filter).', 'tcp dport 21 ct helper set "ftp-standard"', [
    opt('set', 'string', 'Name of the ct helper object.', 'ct helper set "ftp"'),
  ]),
  action('ct timeout', 'Applies a named ct timeout policy to the connection.', 'udp dport 53 ct timeout set "dns-short"', [
    opt('set', 'string', 'Name of the ct timeout object.', 'ct timeout set "dns-short"'),
  ]),
  action('ct expectation', 'Creates an expected connection described by a named ct expectation object.', 'ct expectation set "expect-udp"', [
    opt('set', 'string', 'Name of the ct expectation object.', 'ct expectation set "e1"'),
  ]),
  action('ct count', 'Matches on how many connections share the rule\'s key; `over N` for connlimit-style rules.', 'tcp dport 22 ct count over 4 reject', [
    opt('over', 'integer', 'Match when the count is above N.', 'ct count over 10'),
  ]),
];

const FORWARDING: NftStatement[] = [
  action('synproxy', 'Answers TCP handshakes itself with SYN cookies and only passes completed ones on; input or forward, on packets conntrack marks invalid/untracked.', 'tcp dport 80 ct state invalid,untracked synproxy mss 1460 wscale 7 timestamp sack-perm', [
    opt('mss', 'integer', 'MSS announced to the client.', 'synproxy mss 1460', { min: 0, max: 65535 }),
    opt('wscale', 'integer', 'Window scale announced to the client.', 'synproxy wscale 7', { min: 0, max: 14 }),
    opt('timestamp', 'none', 'Announce the timestamp option.', 'synproxy timestamp'),
    opt('sack-perm', 'none', 'Announce selective acknowledgements.', 'synproxy sack-perm'),
    opt('name', 'string', 'Use a named synproxy object.', 'synproxy name "web"'),
  ], { hooks: ['input', 'forward'], families: ['ip', 'ip6', 'inet'] }),
  action('dup', 'Sends a copy of the packet to another address (via a device in netdev) while the original goes on.', 'dup to 192.0.2.99 device "eth1"', [
    opt('to', 'string', 'Gateway address, or the device in netdev tables.', 'dup to 192.0.2.99'),
    opt('device', 'ifname', 'Device to send the copy out of.', 'dup to 192.0.2.99 device "eth1"'),
  ], { families: ['ip', 'ip6', 'inet', 'netdev'] }),
  action('fwd', 'Sends the packet out of another device directly (netdev ingress), optionally to a neighbour address.', 'fwd to "eth1"', [
    opt('to', 'string', 'Output device, or `ip|ip6 to ADDR device DEV`.', 'fwd ip to 192.0.2.1 device "eth1"'),
    opt('device', 'ifname', 'Device for neighbour forwarding.', 'fwd ip to 192.0.2.1 device "eth1"'),
  ], { families: ['netdev'], hooks: ['ingress', 'egress'], terminal: true }),
  action('flow', 'Puts the connection into a flowtable so later packets skip the forwarding path (`flow add @ft`, or old `flow offload @ft`); forward hook only.', 'meta l4proto tcp flow add @ft', [
    opt('add', 'string', 'The flowtable, written `@name`.', 'flow add @fastpath'),
    opt('offload', 'string', 'Older spelling of `flow add`.', 'flow offload @fastpath'),
  ], { hooks: ['forward'], families: ['ip', 'ip6', 'inet'] }),
];

const SET_UPDATES: NftStatement[] = [
  { name: 'set-add', kind: 'set', terminal: false, options: [], doc: 'Adds the packet\'s key to a named set from the packet path: `add @set { key }`. The set needs `flags dynamic` (and timeout/size as wanted).', example: 'add @seen { ip saddr timeout 1h }' },
  { name: 'set-update', kind: 'set', terminal: false, options: [], doc: 'Adds the key or refreshes its timeout: `update @set { key }`.', example: 'update @active { ip saddr timeout 10m }' },
  { name: 'set-delete', kind: 'set', terminal: false, options: [], doc: 'Removes the packet\'s key from a named set: `delete @set { key }`.', example: 'tcp flags rst delete @active { ip saddr }' },
  { name: 'meter', kind: 'set', terminal: false, options: [], doc: 'Older syntax for a per-key stateful statement in an implicit dynamic set; nft 1.0 rewrites it into a set with `flags dynamic`.', example: 'meter flood { ip saddr limit rate over 10/second } drop' },
];

/** Every statement. */
export const STATEMENTS: NftStatement[] = [
  ...VERDICT_STATEMENTS, ...COUNTING, LOG, ...MANGLING, ...CT_OBJECTS, ...FORWARDING, ...SET_UPDATES,
];
