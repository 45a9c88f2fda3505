/**
 * Declarable objects and the properties allowed in their `{ }` blocks: tables, chains, sets, maps, flowtables and
 * the named stateful objects (counter, quota, limit, ct helper, ct timeout, ct expectation, synproxy, secmark).
 */
import type { NftObjectKind, NftProperty } from './types';

function prop(name: string, value: string, doc: string, example: string, values?: string[]): NftProperty {
  return { name, value, doc, example, values };
}

const COMMENT = prop('comment', 'string', 'Free text kept with the object (up to 128 bytes).', 'comment "managed by ops"');

const SET_PROPS: NftProperty[] = [
  prop('type', 'datatype', 'Element type by data type name; join types with `.` for concatenations.', 'type ipv4_addr . inet_service'),
  prop('typeof', 'expression', 'Element type taken from an expression (`typeof ip saddr`); also keeps how elements are printed.', 'typeof ip saddr . tcp dport'),
  prop('flags', 'string', 'constant (read-only after creation), interval (prefixes and ranges), timeout (elements expire), dynamic (updated from the packet path).',
    'flags interval, timeout', ['constant', 'interval', 'timeout', 'dynamic']),
  prop('timeout', 'time', 'Default lifetime of an element, e.g. 30s, 5m, 1h, 1d.', 'timeout 1h'),
  prop('gc-interval', 'time', 'How often expired elements are collected; only with timeouts.', 'gc-interval 1m'),
  prop('size', 'integer', 'Maximum number of elements; needed when the packet path adds elements.', 'size 65535'),
  prop('policy', 'string', 'Backend preference: performance (default) or memory.', 'policy memory', ['performance', 'memory']),
  prop('auto-merge', 'none', 'Merge adjacent and overlapping intervals when elements are added (interval sets).', 'auto-merge'),
  prop('elements', 'elements', 'Initial elements: `elements = { a, b }`; each may carry `timeout`, `expires` and `comment`.', 'elements = { 192.0.2.1, 192.0.2.2 timeout 10m }'),
  prop('counter', 'none', 'Give every element its own counter (nft 1.0.1+).', 'counter'),
  COMMENT,
];

const MAP_PROPS: NftProperty[] = SET_PROPS.map((p) => (p.name === 'type'
  ? { ...p, doc: 'Key and data types, `KEY : DATA`; data may be a type, `verdict`, or an object kind (counter, quota, limit …).', example: 'type ipv4_addr : verdict' }
  : p.name === 'typeof' ? { ...p, doc: 'Key and data types taken from expressions: `typeof KEY : DATA`.', example: 'typeof ip daddr : meta mark' } : p));

/** Every declarable object kind. */
export const OBJECT_KINDS: NftObjectKind[] = [
  {
    name: 'table', doc: 'Container of chains, sets, maps, flowtables and named objects of one family.', example: 'table inet filter { }',
    properties: [prop('flags', 'string', 'Table flags: dormant, owner, persist.', 'flags dormant', ['dormant', 'owner', 'persist']), COMMENT],
  },
  {
    name: 'chain', doc: 'A list of rules. With type, hook and priority it is a base chain the kernel calls; otherwise a regular chain reached by jump/goto.',
    example: 'chain input { type filter hook input priority filter; policy drop; }',
    properties: [
      prop('type', 'string', 'Chain type: filter, nat or route.', 'type filter', ['filter', 'nat', 'route']),
      prop('hook', 'string', 'Where packets enter the chain.', 'hook input', ['prerouting', 'input', 'forward', 'output', 'postrouting', 'ingress', 'egress']),
      prop('device', 'string', 'Device of a netdev or inet ingress chain.', 'device "eth0"'),
      prop('devices', 'string', 'Several devices for one chain (`devices = { a, b }`).', 'devices = { "eth0", "eth1" }'),
      prop('priority', 'priority', 'Order among chains of the same hook: a number, a standard name, or name ± number. Lower runs first.', 'priority filter + 10'),
      prop('policy', 'string', 'Verdict for packets reaching the end of a base chain.', 'policy drop', ['accept', 'drop']),
      COMMENT,
    ],
  },
  { name: 'set', doc: 'A named collection of keys of one type, matched with `@name` in rules.', example: 'set blocked { type ipv4_addr; flags interval; }', properties: SET_PROPS },
  { name: 'map', doc: 'A named table from keys to data (values, verdicts or objects), looked up with `map @name` or `vmap @name`.', example: 'map ports { type inet_service : ipv4_addr; }', properties: MAP_PROPS },
  {
    name: 'flowtable', families: ['ip', 'ip6', 'inet'],
    doc: 'A fast path at ingress: connections added with `flow add @name` bypass the forwarding path on the listed devices.',
    example: 'flowtable ft { hook ingress priority filter; devices = { "eth0", "eth1" }; }',
    properties: [
      prop('hook', 'string', 'Always ingress.', 'hook ingress', ['ingress']),
      prop('priority', 'priority', 'A number or `filter` (± number).', 'priority filter'),
      prop('devices', 'string', 'Devices whose traffic can be offloaded.', 'devices = { "eth0", "eth1" }'),
      prop('flags', 'string', 'offload: push the flows down to hardware when the driver can.', 'flags offload', ['offload']),
      prop('counter', 'none', 'Count packets and bytes of offloaded flows in conntrack.', 'counter'),
    ],
  },
  {
    name: 'counter', doc: 'A named packet and byte counter, updated by `counter name "x"` from any rule.', example: 'counter http { }',
    properties: [prop('packets', 'integer', 'Initial packet count.', 'packets 0'), prop('bytes', 'integer', 'Initial byte count.', 'bytes 0'), COMMENT],
  },
  {
    name: 'quota', doc: 'A named byte budget, shared by the rules that use `quota name "x"`.', example: 'quota user1 { over 10 mbytes; }',
    properties: [
      prop('over', 'bytes', 'Match once the budget is exceeded.', 'over 100 mbytes'),
      prop('until', 'bytes', 'Match until the budget is used up.', 'until 100 mbytes'),
      prop('used', 'bytes', 'Bytes already used.', 'used 10 mbytes'),
      COMMENT,
    ],
  },
  {
    name: 'limit', doc: 'A named rate limit, shared by the rules that use `limit name "x"`.', example: 'limit slow { rate 10/second; burst 20 packets; }',
    properties: [
      prop('rate', 'rate', 'Rate as N/unit or N bytes-unit/unit, optionally `over`.', 'rate over 1 mbytes/second'),
      prop('burst', 'integer', 'Extra packets or bytes allowed at once.', 'burst 5 packets'),
      COMMENT,
    ],
  },
  {
    name: 'ct helper', doc: 'A conntrack helper instance (ftp, sip, tftp …), attached to connections with `ct helper set "name"`.',
    example: 'ct helper ftp-std { type "ftp" protocol tcp; }',
    properties: [
      prop('type', 'string', 'Kernel helper name, quoted.', 'type "ftp" protocol tcp'),
      prop('protocol', 'string', 'Transport protocol of the helper.', 'protocol tcp', ['tcp', 'udp']),
      prop('l3proto', 'string', 'ip or ip6; defaults to the table family.', 'l3proto ip', ['ip', 'ip6', 'inet']),
      COMMENT,
    ],
  },
  {
    name: 'ct timeout', doc: 'Per-connection timeouts by protocol state, applied with `ct timeout set "name"`.',
    example: 'ct timeout short { protocol tcp; l3proto ip; policy = { established: 120, close: 10 }; }',
    properties: [
      prop('protocol', 'string', 'Transport protocol the policy is for.', 'protocol udp', ['tcp', 'udp', 'udplite', 'sctp', 'dccp', 'icmp', 'icmpv6', 'gre']),
      prop('policy', 'string', 'State timeouts in seconds, `{ state: seconds, … }`; tcp states close, close_wait, established, fin_wait, last_ack, retrans, syn_recv, syn_sent, time_wait, unack; udp replied, unreplied.', 'policy = { replied: 10, unreplied: 5 }'),
      prop('l3proto', 'string', 'ip or ip6; defaults to the table family.', 'l3proto ip'),
      COMMENT,
    ],
  },
  {
    name: 'ct expectation', doc: 'Describes expected related connections, created with `ct expectation set "name"`.',
    example: 'ct expectation e1 { protocol udp; dport 5060; timeout 2m; size 8; }',
    properties: [
      prop('protocol', 'string', 'Transport protocol of the expected connection.', 'protocol tcp'),
      prop('dport', 'integer', 'Destination port of the expected connection.', 'dport 5060'),
      prop('timeout', 'time', 'How long the expectation lives.', 'timeout 2m'),
      prop('size', 'integer', 'Maximum number of pending expectations.', 'size 8'),
      prop('l3proto', 'string', 'ip or ip6; defaults to the table family.', 'l3proto ip6'),
      COMMENT,
    ],
  },
  {
    name: 'synproxy', families: ['ip', 'ip6', 'inet'], doc: 'Named SYN proxy settings, used with `synproxy name "x"`.',
    example: 'synproxy web { mss 1460; wscale 7; timestamp sack-perm; }',
    properties: [
      prop('mss', 'integer', 'MSS announced to clients.', 'mss 1460'),
      prop('wscale', 'integer', 'Window scale announced to clients.', 'wscale 7'),
      prop('timestamp', 'none', 'Announce timestamps.', 'timestamp'),
      prop('sack-perm', 'none', 'Announce selective acknowledgement.', 'sack-perm'),
      COMMENT,
    ],
  },
  {
    name: 'secmark', doc: 'An SELinux security context, given to packets with `meta secmark set "name"`.',
    example: 'secmark sshtag { "system_u:object_r:ssh_server_packet_t:s0" }',
    properties: [COMMENT],
  },
];

/** Object kinds by name ("set", "ct helper" …). */
export const OBJECT_KIND_BY_NAME: ReadonlyMap<string, NftObjectKind> = new Map(OBJECT_KINDS.map((o) => [o.name, o]));
