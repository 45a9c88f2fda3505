/**
 * Extension headers and options: IPv6 extension headers, TCP options, IPv4 options and SCTP chunks.
 * Each also has a presence test (`exthdr frag exists`, `tcp option sack-perm exists`, `sctp chunk init exists`).
 */
import { header, sel, type HeaderRow } from './selector-helpers';
import type { NftFamily, NftSelector } from './types';

const V6: NftFamily[] = ['ip6', 'inet', 'bridge', 'netdev'];
const ANY_IP: NftFamily[] = ['ip', 'ip6', 'inet', 'bridge', 'netdev'];

/** nexthdr and hdrlength are common to the generic IPv6 extension headers. */
function v6Common(h: string): HeaderRow[] {
  return [
    ['nexthdr', 'inet_proto', 8, `Protocol of the header that follows the ${h} header.`, `${h} nexthdr tcp`],
    ['hdrlength', 'integer', 8, `Length of the ${h} header in 8-byte units, the first 8 bytes excluded.`, `${h} hdrlength 0`],
  ];
}

const common = { families: V6, dependency: { network: 'ipv6' as const } };

const IPV6_EXTHDR: NftSelector[] = [
  ...header('hbh', 'exthdr', common, v6Common('hop-by-hop options')),
  ...header('dst', 'exthdr', common, v6Common('destination options')),
  ...header('rt', 'exthdr', common, [
    ...v6Common('routing'),
    ['type', 'integer', 8, 'Routing header type (0, 2, 4 segment routing).', 'rt type 0 drop'],
    ['seg-left', 'integer', 8, 'Segments left to visit.', 'rt seg-left > 0'],
  ]),
  sel('rt0 addr[1]', 'exthdr', 'ipv6_addr', 128, 'An address of a type 0 routing header, by position (from 1).', 'rt0 addr[1] 2001:db8::1', common),
  sel('rt2 addr', 'exthdr', 'ipv6_addr', 128, 'Home address of a type 2 (Mobile IPv6) routing header.', 'rt2 addr 2001:db8::1', common),
  ...header('srh', 'exthdr', common, [
    ['last-entry', 'integer', 8, 'Index of the last segment of a segment routing header.', 'srh last-entry 0'],
    ['flags', 'integer', 8, 'Segment routing header flags.', 'srh flags 0'],
    ['tag', 'integer', 16, 'Segment routing header tag.', 'srh tag 1'],
    ['sid[1]', 'ipv6_addr', 128, 'A segment of the segment list, by position (from 1).', 'srh sid[1] 2001:db8::1'],
  ]),
  ...header('frag', 'exthdr', common, [
    ['nexthdr', 'inet_proto', 8, 'Protocol of the fragmented payload.', 'frag nexthdr udp'],
    ['reserved', 'integer', 8, 'Reserved byte.', 'frag reserved 0'],
    ['frag-off', 'integer', 13, 'Offset of this fragment in 8-byte units; 0 for the first one.', 'frag frag-off != 0 drop'],
    ['reserved2', 'integer', 2, 'Reserved bits.', 'frag reserved2 0'],
    ['more-fragments', 'integer', 1, 'Set on every fragment but the last.', 'frag more-fragments 1'],
    ['id', 'integer', 32, 'Identification shared by the fragments of one packet.', 'frag id 1'],
  ]),
  ...header('mh', 'exthdr', common, [
    ...v6Common('mobility'),
    ['type', 'mh_type', 8, 'Mobility header message type.', 'mh type binding-update'],
    ['reserved', 'integer', 8, 'Reserved byte.', 'mh reserved 0'],
    ['checksum', 'integer', 16, 'Mobility header checksum.', 'mh checksum 0'],
  ]),
  sel('exthdr hbh', 'exthdr', 'boolean', 8, 'Presence test for an IPv6 extension header (hbh, rt, frag, dst, mh, srh).', 'exthdr frag exists drop', common),
];

const TCP_OPT = { families: ANY_IP, dependency: { l4proto: 'tcp' }, settable: true };

/** kind and length exist for every TCP option but eol and nop. */
function tcpOpt(name: string, what: string, rows: HeaderRow[] = []): NftSelector[] {
  return header(`tcp option ${name}`, 'tcp-option', TCP_OPT, [
    ['length', 'integer', 8, `Length byte of the ${what} option.`, `tcp option ${name} length > 0`],
    ...rows,
  ]);
}

const TCP_OPTIONS: NftSelector[] = [
  sel('tcp option eol', 'tcp-option', 'boolean', 8, 'Presence test for the end-of-options marker.', 'tcp option eol exists', TCP_OPT),
  sel('tcp option nop', 'tcp-option', 'boolean', 8, 'Presence test for a no-operation padding option.', 'tcp option nop exists', TCP_OPT),
  ...tcpOpt('maxseg', 'maximum segment size', [
    ['size', 'integer', 16, 'Announced maximum segment size; can be rewritten to clamp MSS.', 'tcp flags syn tcp option maxseg size set rt mtu'],
  ]),
  ...tcpOpt('window', 'window scale', [['count', 'integer', 8, 'Window scale shift count.', 'tcp option window count > 14 drop']]),
  ...tcpOpt('sack-perm', 'SACK permitted'),
  ...tcpOpt('sack', 'selective acknowledgement', [
    ['left', 'integer', 32, 'Left edge of the first SACK block (sack0 … sack3 name the blocks).', 'tcp option sack left 0'],
    ['right', 'integer', 32, 'Right edge of the first SACK block.', 'tcp option sack right 0'],
  ]),
  ...[0, 1, 2, 3].flatMap((n) => header(`tcp option sack${n}`, 'tcp-option', TCP_OPT, [
    ['left', 'integer', 32, `Left edge of SACK block ${n}.`, `tcp option sack${n} left 0`],
    ['right', 'integer', 32, `Right edge of SACK block ${n}.`, `tcp option sack${n} right 0`],
  ])),
  ...tcpOpt('timestamp', 'timestamp', [
    ['tsval', 'integer', 32, 'Sender\'s timestamp value.', 'tcp option timestamp tsval 0'],
    ['tsecr', 'integer', 32, 'Echoed timestamp.', 'tcp option timestamp tsecr 0'],
  ]),
  ...tcpOpt('fastopen', 'TCP fast open cookie'),
  ...tcpOpt('md5sig', 'MD5 signature'),
  ...tcpOpt('mptcp', 'multipath TCP', [['subtype', 'integer', 4, 'Multipath TCP option subtype.', 'tcp option mptcp subtype 0']]),
  sel('tcp option @kind,offset,length', 'tcp-option', 'integer', undefined, 'Raw bits of the TCP option with the given kind number, at a bit offset and length.', 'tcp option @30,16,4 0', TCP_OPT),
];

const IP_OPT = { families: ['ip', 'inet', 'bridge', 'netdev'] as NftFamily[], dependency: { network: 'ipv4' as const } };

/** IPv4 options: loose/strict source route, record route, router alert. */
const IP_OPTIONS: NftSelector[] = (['lsrr', 'ssrr', 'rr', 'ra'] as const).flatMap((o) => header(`ip option ${o}`, 'ip-option', IP_OPT, [
  ['type', 'integer', 8, `Type byte of the ${o} option.`, `ip option ${o} type 0`],
  ['length', 'integer', 8, `Length byte of the ${o} option.`, `ip option ${o} length > 3`],
  ...(o === 'ra'
    ? [['value', 'integer', 16, 'Router alert value (0: routers examine the packet).', 'ip option ra value 0'] as HeaderRow]
    : [
      ['ptr', 'integer', 8, 'Pointer to the next address slot.', `ip option ${o} ptr 4`] as HeaderRow,
      ['addr', 'integer', 32, 'First address of the route.', `ip option ${o} addr 0`] as HeaderRow,
    ]),
]));

const SCTP_CHUNKS = ['data', 'init', 'init-ack', 'sack', 'heartbeat', 'heartbeat-ack', 'abort', 'shutdown',
  'shutdown-ack', 'error', 'cookie-echo', 'cookie-ack', 'ecne', 'cwr', 'shutdown-complete', 'asconf-ack',
  'forward-tsn', 'asconf'];

const SCTP_CHUNK_FIELDS: Record<string, HeaderRow[]> = {
  data: [
    ['tsn', 'integer', 32, 'Transmission sequence number.', 'sctp chunk data tsn 0'],
    ['stream', 'integer', 16, 'Stream identifier.', 'sctp chunk data stream 0'],
    ['ssn', 'integer', 16, 'Stream sequence number.', 'sctp chunk data ssn 0'],
    ['ppid', 'integer', 32, 'Payload protocol identifier.', 'sctp chunk data ppid 46'],
  ],
  init: initFields('init'),
  'init-ack': initFields('init-ack'),
  sack: [
    ['cum-tsn-ack', 'integer', 32, 'Cumulative TSN acknowledged.', 'sctp chunk sack cum-tsn-ack 0'],
    ['a-rwnd', 'integer', 32, 'Advertised receiver window.', 'sctp chunk sack a-rwnd 0'],
    ['num-gap-ack-blocks', 'integer', 16, 'Number of gap acknowledgement blocks.', 'sctp chunk sack num-gap-ack-blocks 0'],
    ['num-dup-tsns', 'integer', 16, 'Number of duplicate TSNs reported.', 'sctp chunk sack num-dup-tsns 0'],
  ],
  shutdown: [['cum-tsn-ack', 'integer', 32, 'Cumulative TSN acknowledged.', 'sctp chunk shutdown cum-tsn-ack 0']],
  ecne: [['lowest-tsn', 'integer', 32, 'Lowest TSN that saw congestion.', 'sctp chunk ecne lowest-tsn 0']],
  cwr: [['lowest-tsn', 'integer', 32, 'Lowest TSN whose congestion was answered.', 'sctp chunk cwr lowest-tsn 0']],
  asconf: [['seqno', 'integer', 32, 'Address configuration sequence number.', 'sctp chunk asconf seqno 0']],
  'asconf-ack': [['seqno', 'integer', 32, 'Acknowledged address configuration sequence number.', 'sctp chunk asconf-ack seqno 0']],
  'forward-tsn': [['new-cum-tsn', 'integer', 32, 'New cumulative TSN to skip to.', 'sctp chunk forward-tsn new-cum-tsn 0']],
};

function initFields(c: string): HeaderRow[] {
  return [
    ['init-tag', 'integer', 32, 'Initiate tag.', `sctp chunk ${c} init-tag 0`],
    ['a-rwnd', 'integer', 32, 'Advertised receiver window.', `sctp chunk ${c} a-rwnd 0`],
    ['num-outbound-streams', 'integer', 16, 'Number of outbound streams.', `sctp chunk ${c} num-outbound-streams 1`],
    ['num-inbound-streams', 'integer', 16, 'Number of inbound streams.', `sctp chunk ${c} num-inbound-streams 1`],
    ['initial-tsn', 'integer', 32, 'Initial transmission sequence number.', `sctp chunk ${c} initial-tsn 0`],
  ];
}

const SCTP_OPTS = { families: ANY_IP, dependency: { l4proto: 'sctp' } };

/** SCTP chunk fields: every chunk has type, flags and length, some have more. */
const SCTP_CHUNK_SELECTORS: NftSelector[] = SCTP_CHUNKS.flatMap((c) => header(`sctp chunk ${c}`, 'sctp-chunk', SCTP_OPTS, [
  ['type', 'integer', 8, `Chunk type byte of the ${c} chunk.`, `sctp chunk ${c} type 0`],
  ['flags', 'integer', 8, `Flags of the ${c} chunk.`, `sctp chunk ${c} flags 0`],
  ['length', 'integer', 16, `Length of the ${c} chunk.`, `sctp chunk ${c} length > 4`],
  ...(SCTP_CHUNK_FIELDS[c] ?? []),
]));

/** Every extension header, option and chunk field. */
export const EXTHDR_SELECTORS: NftSelector[] = [
  ...IPV6_EXTHDR, ...TCP_OPTIONS, ...IP_OPTIONS, ...SCTP_CHUNK_SELECTORS,
];
