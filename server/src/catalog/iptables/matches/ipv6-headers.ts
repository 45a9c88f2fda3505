/** IPv6 extension-header matches: hbh, dst, frag, rt, ipv6header, mh, srh, eui64. */
import type { IptExtension, IptOption } from '../types';

const V6: ['ipv6'] = ['ipv6'];

function optionHeader(name: 'hbh' | 'dst', title: string): IptExtension {
  const lenOption: IptOption = {
    name: `--${name}-len`, value: 'int', min: 0, max: 4294967295, invertible: true,
    doc: 'Value of the header\'s length field (in 8-byte units, not counting the first 8 bytes).',
    example: `--${name}-len 0`,
  };
  const optsOption: IptOption = {
    name: `--${name}-opts`, value: 'other', listsAllowed: true, invertible: false,
    doc: 'Comma list of up to 16 options, each `type` or `type:length`, that must appear in this order.',
    example: `--${name}-opts 5:2`,
  };
  return {
    name, kind: 'match', families: V6, kernelModule: 'ip6t_hbh',
    summary: `IPv6 ${title} options header.`,
    doc: `Matches packets that carry the ${title} options extension header, optionally testing its length and the `
      + 'options inside it.',
    example: `-A INPUT -m ${name} --${name}-len 0 -j ACCEPT`,
    options: [lenOption, optsOption],
  };
}

const FRAG: IptExtension = {
  name: 'frag', kind: 'match', families: V6, kernelModule: 'ip6t_frag',
  summary: 'IPv6 fragment header.',
  doc: 'Matches packets that carry a fragment header, optionally testing its identification, length, and whether '
    + 'this is the first, a middle or the last fragment. Conntrack reassembles fragments before the filter table, so '
    + 'this is mostly useful in raw PREROUTING.',
  example: '-A PREROUTING -t raw -m frag --fragfirst -j ACCEPT',
  options: [
    { name: '--fragid', value: 'int-range', min: 0, max: 4294967295, invertible: true, doc: 'Identification value or inclusive range `min:max`.', example: '--fragid 100:200' },
    { name: '--fraglen', value: 'int', min: 0, max: 4294967295, invertible: true, doc: 'Value of the header\'s length field.', example: '--fraglen 0' },
    { name: '--fragres', value: 'none', argCount: 0, invertible: false, doc: 'Also requires the reserved fields to be zero.' },
    { name: '--fragfirst', value: 'none', argCount: 0, invertible: false, doc: 'Matches the first fragment (offset zero).' },
    { name: '--fragmore', value: 'none', argCount: 0, invertible: false, conflicts: ['--fraglast'], doc: 'Matches when more fragments follow (M flag set).' },
    { name: '--fraglast', value: 'none', argCount: 0, invertible: false, conflicts: ['--fragmore'], doc: 'Matches the last fragment (M flag clear).' },
  ],
};

const RT: IptExtension = {
  name: 'rt', kind: 'match', families: V6, kernelModule: 'ip6t_rt',
  summary: 'IPv6 routing header.',
  doc: 'Matches packets with a routing header, testing its type, segments left, length and, for type 0, the listed '
    + 'addresses. Type 0 is deprecated by RFC 5095 and is commonly dropped with `--rt-type 0`.',
  example: '-A INPUT -m rt --rt-type 0 -j DROP',
  options: [
    { name: '--rt-type', value: 'int', min: 0, max: 255, invertible: true, doc: 'Routing type (0, 2 for mobile IPv6, 4 for segment routing).', example: '--rt-type 0' },
    { name: '--rt-segsleft', value: 'int-range', min: 0, max: 4294967295, invertible: true, doc: 'Segments-left value or inclusive range `min:max`.', example: '--rt-segsleft 0:1' },
    { name: '--rt-len', value: 'int', min: 0, max: 4294967295, invertible: true, doc: 'Value of the header\'s length field.', example: '--rt-len 2' },
    { name: '--rt-0-res', value: 'none', argCount: 0, invertible: false, doc: 'For type 0, also requires the reserved field to be zero.' },
    {
      name: '--rt-0-addrs', value: 'address', listsAllowed: true, invertible: false,
      doc: 'For type 0, a comma list of up to 16 addresses the header must list in this order.',
      example: '--rt-0-addrs 2001:db8::1,2001:db8::2',
    },
    { name: '--rt-0-not-strict', value: 'none', argCount: 0, invertible: false, doc: 'With `--rt-0-addrs`, the addresses may appear with others between them.' },
  ],
};

const IPV6_HEADER_NAMES = [
  'hop', 'hop-by-hop', 'dst', 'ipv6-opts', 'route', 'ipv6-route', 'frag', 'ipv6-frag', 'auth', 'ah', 'esp',
  'none', 'ipv6-nonxt', 'prot', 'protocol', '0', '43', '44', '50', '51', '59', '60',
];

const IPV6HEADER: IptExtension = {
  name: 'ipv6header', kind: 'match', families: V6, kernelModule: 'ip6t_ipv6header',
  summary: 'Which IPv6 extension headers the packet carries.',
  doc: 'Walks the chain of extension headers and compares the set found with a list. Without `--soft` the packet must '
    + 'carry exactly the listed headers; with it, at least them.',
  example: '-A INPUT -m ipv6header --header frag --soft -j DROP',
  options: [
    {
      name: '--header', value: 'enum', values: IPV6_HEADER_NAMES, listsAllowed: true, invertible: true, required: true,
      doc: 'Comma list of headers by short name, long name or number; `prot` stands for any upper-layer protocol.',
      example: '--header hop,dst',
    },
    { name: '--soft', value: 'none', argCount: 0, invertible: false, doc: 'Matches when the packet contains the listed headers, possibly with others.' },
  ],
};

const MH_TYPES = [
  'binding-refresh-request', 'brr', 'home-test-init', 'hoti', 'careof-test-init', 'coti', 'home-test', 'hot',
  'careof-test', 'cot', 'binding-update', 'bu', 'binding-acknowledgement', 'ba', 'binding-error', 'be',
];

const MH: IptExtension = {
  name: 'mh', kind: 'match', families: V6, kernelModule: 'ip6t_mh', requiresProtocol: ['ipv6-mh', 'mh'],
  summary: 'Mobile IPv6 mobility header type.',
  doc: 'Tests the message type of a Mobile IPv6 mobility header (RFC 6275). Needs `-p ipv6-mh` (protocol 135).',
  example: '-A INPUT -p ipv6-mh -m mh --mh-type binding-update -j ACCEPT',
  options: [
    {
      name: '--mh-type', value: 'other', values: MH_TYPES, invertible: true,
      doc: 'Type name or number 0-255, or an inclusive range `min:max`.',
      example: '--mh-type bu:ba',
    },
  ],
};

function srhOption(name: string, what: string, max: number, example: string): IptOption {
  return { name, value: 'int', min: 0, max, invertible: true, doc: what, example: `${name} ${example}` };
}

function srhSid(name: string, which: string): IptOption {
  return {
    name, value: 'address-prefix', invertible: true, families: V6,
    doc: `The ${which} segment identifier, an IPv6 address with optional prefix length.`,
    example: `${name} 2001:db8::/64`,
  };
}

const SRH: IptExtension = {
  name: 'srh', kind: 'match', families: V6, kernelModule: 'ip6t_srh',
  summary: 'IPv6 segment routing header (type 4 routing header).',
  doc: 'Tests the fields of a segment routing header (RFC 8754): next header, length, segments left, last entry, tag, '
    + 'and the previous, next and last segment identifiers. Only packets carrying an SRH match.',
  example: '-A FORWARD -m srh --srh-segs-left-gt 0 --srh-tag 7 -j ACCEPT',
  options: [
    srhOption('--srh-next-hdr', 'Next-header value of the SRH.', 255, '17'),
    srhOption('--srh-hdr-len-eq', 'Header length equals the value.', 255, '4'),
    srhOption('--srh-hdr-len-gt', 'Header length is greater than the value.', 255, '2'),
    srhOption('--srh-hdr-len-lt', 'Header length is less than the value.', 255, '8'),
    srhOption('--srh-segs-left-eq', 'Segments left equals the value.', 255, '1'),
    srhOption('--srh-segs-left-gt', 'Segments left is greater than the value.', 255, '0'),
    srhOption('--srh-segs-left-lt', 'Segments left is less than the value.', 255, '3'),
    srhOption('--srh-last-entry-eq', 'Last entry (index of the last segment) equals the value.', 255, '2'),
    srhOption('--srh-last-entry-gt', 'Last entry is greater than the value.', 255, '1'),
    srhOption('--srh-last-entry-lt', 'Last entry is less than the value.', 255, '4'),
    srhOption('--srh-tag', 'Tag field of the SRH.', 65535, '7'),
    srhSid('--srh-psid', 'previous'),
    srhSid('--srh-nsid', 'next'),
    srhSid('--srh-lsid', 'last'),
  ],
};

const EUI64: IptExtension = {
  name: 'eui64', kind: 'match', families: V6, kernelModule: 'ip6t_eui64',
  hooks: ['prerouting', 'input', 'forward'],
  summary: 'IPv6 source address derived from the sender\'s MAC (EUI-64).',
  doc: 'Matches when the interface identifier of the source address is the EUI-64 form of the frame\'s source MAC, '
    + 'i.e. the address was autoconfigured by that very station. Takes no options; only for received Ethernet '
    + 'frames (PREROUTING, INPUT, FORWARD).',
  example: '-A INPUT -s fe80::/64 -m eui64 -j ACCEPT',
  options: [],
};

/** hbh, dst, frag, rt, ipv6header, mh, srh, eui64. */
export const IPV6_HEADER_MATCHES: IptExtension[] = [
  optionHeader('hbh', 'hop-by-hop'), optionHeader('dst', 'destination'), FRAG, RT, IPV6HEADER, MH, SRH, EUI64,
];
