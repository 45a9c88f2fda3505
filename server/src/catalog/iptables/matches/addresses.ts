/** Address matches: iprange, addrtype, set, realm, rpfilter. */
import type { IptExtension, IptOption } from '../types';

/** Route types addrtype knows. */
export const ADDRESS_TYPES = [
  'UNSPEC', 'UNICAST', 'LOCAL', 'BROADCAST', 'ANYCAST', 'MULTICAST', 'BLACKHOLE', 'UNREACHABLE', 'PROHIBIT', 'THROW',
  'NAT', 'XRESOLVE',
];

const IPRANGE: IptExtension = {
  name: 'iprange', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_iprange',
  summary: 'Source or destination address within an arbitrary range.',
  doc: 'Tests an address against an inclusive range `first-last` that need not align to a prefix. A single address '
    + 'without a dash is a range of one.',
  example: '-A INPUT -m iprange --src-range 192.168.1.100-192.168.1.199 -j ACCEPT',
  options: [
    {
      name: '--src-range', value: 'address-range', invertible: true, field: 'saddr',
      doc: 'Matches when the source address lies in the range.',
      example: '--src-range 10.0.0.5-10.0.0.20',
    },
    {
      name: '--dst-range', value: 'address-range', invertible: true, field: 'daddr',
      doc: 'Matches when the destination address lies in the range.',
      example: '--dst-range 2001:db8::10-2001:db8::1f',
    },
  ],
};

const ADDRTYPE: IptExtension = {
  name: 'addrtype', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_addrtype',
  summary: 'Routing type of the source or destination address (LOCAL, BROADCAST…).',
  doc: 'Classifies an address with a routing-table lookup: LOCAL for addresses of this host, BROADCAST, MULTICAST, '
    + 'UNICAST and the rest. The classic use is `--dst-type LOCAL` in nat PREROUTING so DNAT applies to any of the '
    + 'host\'s addresses. The answer depends on the host\'s routes, not only on the rules.',
  example: '-A PREROUTING -t nat -m addrtype --dst-type LOCAL -j DOCKER',
  options: [
    {
      name: '--src-type', value: 'enum', values: ADDRESS_TYPES, listsAllowed: true, invertible: true,
      doc: 'Matches when the source address has one of the listed types.',
      example: '--src-type LOCAL',
    },
    {
      name: '--dst-type', value: 'enum', values: ADDRESS_TYPES, listsAllowed: true, invertible: true,
      doc: 'Matches when the destination address has one of the listed types.',
      example: '--dst-type BROADCAST,MULTICAST',
    },
    {
      name: '--limit-iface-in', value: 'none', argCount: 0, invertible: false, conflicts: ['--limit-iface-out'],
      doc: 'Looks the address up only for the incoming interface; allowed in PREROUTING, INPUT and FORWARD.',
    },
    {
      name: '--limit-iface-out', value: 'none', argCount: 0, invertible: false, conflicts: ['--limit-iface-in'],
      doc: 'Looks the address up only for the outgoing interface; allowed in FORWARD, OUTPUT and POSTROUTING.',
    },
  ],
};

function counterTest(name: string, what: string, op: string): IptOption {
  return { name, value: 'int', min: 0, invertible: name.endsWith('-eq'), doc: `The matched set element's ${what} counter must be ${op} the value (needs a set created with counters).` };
}

const SET: IptExtension = {
  name: 'set', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_set', stateful: true,
  summary: 'Membership in an ipset.',
  doc: 'Looks the packet up in a set managed with the ipset tool; the flags say which packet fields, in order, form '
    + 'the key. The set must exist before the rule is loaded and its family must match. Set contents change at run '
    + 'time, so analysis treats membership as unknown.',
  example: '-A INPUT -m set --match-set blocklist src -j DROP',
  options: [
    {
      name: '--match-set', aliases: ['--set'], value: 'other', argCount: 2, invertible: true, required: true,
      doc: 'Set name, then a comma list of up to six `src`/`dst` flags, one per dimension of the set type (e.g. `src,dst` for hash:ip,port). `--set` is an old spelling.',
      example: '--match-set allowed_ports dst,dst',
    },
    {
      name: '--return-nomatch', value: 'none', argCount: 0, invertible: false,
      doc: 'For hash sets with `nomatch` entries: such an entry makes the match succeed instead of fail.',
    },
    {
      name: '--update-counters', value: 'none', argCount: 0, invertible: true,
      doc: '`! --update-counters` stops this lookup from updating the element\'s packet and byte counters.',
    },
    {
      name: '--update-subcounters', value: 'none', argCount: 0, invertible: true,
      doc: '`! --update-subcounters` keeps the counters of members of list:set sets unchanged.',
    },
    counterTest('--packets-eq', 'packet', 'equal to'),
    counterTest('--packets-lt', 'packet', 'less than'),
    counterTest('--packets-gt', 'packet', 'greater than'),
    counterTest('--bytes-eq', 'byte', 'equal to'),
    counterTest('--bytes-lt', 'byte', 'less than'),
    counterTest('--bytes-gt', 'byte', 'greater than'),
  ],
};

const REALM: IptExtension = {
  name: 'realm', kind: 'match', families: ['ipv4'], kernelModule: 'xt_realm',
  hooks: ['input', 'forward', 'output', 'postrouting'],
  summary: 'Routing realm of the route the packet took (IPv4).',
  doc: 'Tests the realm attached by the routing decision (`ip route … realm N`), for example for BGP-based accounting. '
    + 'Not allowed in PREROUTING, where no route has been chosen yet. IPv4 only.',
  example: '-A FORWARD -m realm --realm 10 -j ACCEPT',
  options: [
    {
      name: '--realm', value: 'other', invertible: true, required: true,
      doc: 'Realm number with an optional `/mask`, or a name from /etc/iproute2/rt_realms.',
      example: '--realm 0x10/0xff',
    },
  ],
};

const RPFILTER: IptExtension = {
  name: 'rpfilter', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'ipt_rpfilter, ip6t_rpfilter',
  tables: ['raw', 'mangle'], hooks: ['prerouting'],
  summary: 'Reverse-path check: would a reply leave through the interface the packet came in on?',
  doc: 'Performs a route lookup towards the packet\'s source; the match succeeds when the answer points back to the '
    + 'incoming interface (or to any interface with `--loose`). Usually `-m rpfilter --invert -j DROP` in raw '
    + 'PREROUTING to stop spoofed sources. Allowed only in the raw and mangle tables, PREROUTING.',
  example: '-A PREROUTING -t raw -m rpfilter --invert -j DROP',
  options: [
    { name: '--loose', value: 'none', argCount: 0, invertible: false, doc: 'Accepts a reverse path through any interface, not just the incoming one.' },
    { name: '--validmark', value: 'none', argCount: 0, invertible: false, doc: 'Uses the packet mark in the reverse lookup, for policy routing by mark.' },
    { name: '--accept-local', value: 'none', argCount: 0, invertible: false, doc: 'Lets packets whose source is one of this host\'s own addresses pass the check.' },
    { name: '--invert', value: 'none', argCount: 0, invertible: false, doc: 'Matches the packets that fail the check instead (this match does not take `!`).' },
  ],
};

/** iprange, addrtype, set, realm, rpfilter. */
export const ADDRESS_MATCHES: IptExtension[] = [IPRANGE, ADDRTYPE, SET, REALM, RPFILTER];
