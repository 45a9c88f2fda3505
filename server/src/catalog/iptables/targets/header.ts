/** Targets that rewrite header fields: DSCP, TOS, TTL, HL, ECN, TCPMSS, TCPOPTSTRIP, CHECKSUM. */
import type { IptExtension, IptOption } from '../types';

const BOTH: IptExtension['families'] = ['ipv4', 'ipv6'];
const DSCP_CLASSES = ['BE', 'EF', 'CS0', 'CS1', 'CS2', 'CS3', 'CS4', 'CS5', 'CS6', 'CS7', 'AF11', 'AF12', 'AF13',
  'AF21', 'AF22', 'AF23', 'AF31', 'AF32', 'AF33', 'AF41', 'AF42', 'AF43'];

/** One of the three set/decrement/increment options of TTL and HL. */
function hopOption(prefix: 'ttl' | 'hl', op: 'set' | 'dec' | 'inc', field: string): IptOption {
  const others = (['set', 'dec', 'inc'] as const).filter((o) => o !== op).map((o) => `--${prefix}-${o}`);
  const doc = op === 'set' ? `Sets the ${field} to this value (0-255).`
    : `${op === 'dec' ? 'Decrements' : 'Increments'} the ${field} by this amount (1-255), saturating at ${op === 'dec' ? '0' : '255'}.`;
  return { name: `--${prefix}-${op}`, value: 'int', min: op === 'set' ? 0 : 1, max: 255, invertible: false, conflicts: others, doc, example: `--${prefix}-${op} 1` };
}

/** A TCPMSS entry; the clamp offset differs by family (IPv4 header 20 bytes, IPv6 40). */
function tcpmss(family: 'ipv4' | 'ipv6'): IptExtension {
  const headers = family === 'ipv4' ? 40 : 60;
  return {
    name: 'TCPMSS', kind: 'target', families: [family], kernelModule: 'xt_TCPMSS', terminal: false,
    requiresProtocol: ['tcp'],
    summary: 'Rewrite the MSS option of TCP SYN packets.',
    doc: 'Lowers the maximum segment size announced in TCP SYN packets, working around paths whose MTU is smaller '
      + 'than the endpoints think (PPPoE, tunnels) when ICMP "fragmentation needed" is blocked. Needs -p tcp and, '
      + 'with legacy iptables, a match on the SYN flag (`--tcp-flags SYN,RST SYN`). Any table; mangle FORWARD '
      + 'or POSTROUTING is customary.',
    example: '-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -j TCPMSS --clamp-mss-to-pmtu',
    options: [
      {
        name: '--set-mss', value: 'int', min: 0, max: 65535, invertible: false, conflicts: ['--clamp-mss-to-pmtu'],
        doc: 'Sets the MSS to this value if the packet announces a larger one.', example: '--set-mss 1400',
      },
      {
        name: '--clamp-mss-to-pmtu', value: 'none', argCount: 0, invertible: false, conflicts: ['--set-mss'],
        doc: `Sets the MSS to the path MTU minus ${headers} bytes of headers; only in FORWARD, OUTPUT and POSTROUTING.`,
      },
    ],
  };
}

/** TTL (IPv4) or HL (IPv6): the hop counter targets. */
function hopLimit(family: 'ipv4' | 'ipv6'): IptExtension {
  const v4 = family === 'ipv4';
  const field = v4 ? 'TTL' : 'hop limit';
  const prefix = v4 ? 'ttl' : 'hl';
  return {
    name: v4 ? 'TTL' : 'HL', kind: 'target', families: [family], kernelModule: 'xt_HL', terminal: false,
    tables: ['mangle'],
    summary: `Change the ${v4 ? 'IPv4 TTL' : 'IPv6 hop limit'}.`,
    doc: `Sets, decrements or increments the ${field} field. Raising it can create routing loops that never expire; `
      + 'lowering it hides hosts behind this one from traceroute-style probing. Only valid in the mangle table.',
    example: `-A PREROUTING -i eth0 -j ${v4 ? 'TTL' : 'HL'} --${prefix}-inc 1`,
    options: [hopOption(prefix, 'set', field), hopOption(prefix, 'dec', field), hopOption(prefix, 'inc', field)],
  };
}

export const HEADER_TARGETS: IptExtension[] = [
  {
    name: 'DSCP', kind: 'target', families: BOTH, kernelModule: 'xt_DSCP', terminal: false, tables: ['mangle'],
    summary: 'Set the DSCP bits of the TOS / traffic-class byte.',
    doc: 'Rewrites the 6-bit Differentiated Services code point, leaving the two ECN bits alone, so routers '
      + 'downstream can prioritise the traffic. Only valid in the mangle table.',
    example: '-A POSTROUTING -p udp -m udp --dport 5060 -j DSCP --set-dscp-class EF',
    options: [
      { name: '--set-dscp', value: 'dscp', invertible: false, field: 'dscp', conflicts: ['--set-dscp-class'], doc: 'DSCP value 0-63, decimal or hex.', example: '--set-dscp 0x2e' },
      { name: '--set-dscp-class', value: 'enum', values: DSCP_CLASSES, invertible: false, conflicts: ['--set-dscp'], doc: 'DiffServ class name: BE, EF, CS0-CS7 or AF11-AF43.', example: '--set-dscp-class AF41' },
    ],
  },
  {
    name: 'TOS', kind: 'target', families: BOTH, kernelModule: 'xt_DSCP', terminal: false, tables: ['mangle'],
    summary: 'Change the TOS / traffic-class byte.',
    doc: 'Modifies the whole IPv4 TOS or IPv6 traffic-class byte with value/mask or bitwise operations. The symbolic '
      + 'RFC 1349 names are IPv4 only and clear the precedence bits. Only valid in the mangle table.',
    example: '-A OUTPUT -p tcp -m tcp --dport 22 -j TOS --set-tos Minimize-Delay',
    options: [
      { name: '--set-tos', value: 'tos', invertible: false, doc: 'Zeroes the bits in mask, then XORs value in (`value[/mask]`, mask 0xff by default), or a name such as Minimize-Delay.', example: '--set-tos 0x10/0x3f' },
      { name: '--and-tos', value: 'int', min: 0, max: 255, invertible: false, doc: 'ANDs the TOS byte with the given bits.', example: '--and-tos 0xfc' },
      { name: '--or-tos', value: 'int', min: 0, max: 255, invertible: false, doc: 'ORs the given bits into the TOS byte.', example: '--or-tos 0x10' },
      { name: '--xor-tos', value: 'int', min: 0, max: 255, invertible: false, doc: 'XORs the TOS byte with the given bits.', example: '--xor-tos 0x08' },
    ],
  },
  hopLimit('ipv4'),
  hopLimit('ipv6'),
  {
    name: 'ECN', kind: 'target', families: ['ipv4'], kernelModule: 'ipt_ECN', terminal: false, tables: ['mangle'],
    summary: 'Clear or set ECN bits in IPv4 and TCP headers.',
    doc: 'Works around middleboxes that mishandle explicit congestion notification, typically by removing the ECN '
      + 'bits from TCP headers. Options that touch TCP bits need -p tcp. Only valid in the IPv4 mangle table.',
    example: '-A POSTROUTING -p tcp -d 192.0.2.80 -j ECN --ecn-tcp-remove',
    options: [
      { name: '--ecn-tcp-remove', value: 'none', argCount: 0, invertible: false, requiresProtocol: ['tcp'], doc: 'Clears the ECE and CWR flags of the TCP header.' },
      { name: '--ecn-tcp-cwr', value: 'int', min: 0, max: 1, invertible: false, requiresProtocol: ['tcp'], doc: 'Sets the TCP CWR flag to 0 or 1.' },
      { name: '--ecn-tcp-ece', value: 'int', min: 0, max: 1, invertible: false, requiresProtocol: ['tcp'], doc: 'Sets the TCP ECE flag to 0 or 1.' },
      { name: '--ecn-ip-ect', value: 'int', min: 0, max: 3, invertible: false, doc: 'Sets the two ECN bits of the IPv4 header to 0-3.' },
    ],
  },
  tcpmss('ipv4'),
  tcpmss('ipv6'),
  {
    name: 'TCPOPTSTRIP', kind: 'target', families: BOTH, kernelModule: 'xt_TCPOPTSTRIP', terminal: false,
    tables: ['mangle'], requiresProtocol: ['tcp'],
    summary: 'Remove options from TCP headers.',
    doc: 'Overwrites the listed TCP options with no-op bytes, for instance to keep window scaling or timestamps '
      + 'away from a host that mishandles them. Needs -p tcp; only valid in the mangle table.',
    example: '-A POSTROUTING -o eth0 -p tcp -j TCPOPTSTRIP --strip-options timestamp,sack-permitted',
    options: [{
      name: '--strip-options', value: 'other', required: true, invertible: false,
      doc: 'Comma list of option kinds (numbers) or names: wscale, mss, sack-permitted, sack, timestamp, md5.',
      example: '--strip-options wscale,timestamp',
    }],
  },
  {
    name: 'CHECKSUM', kind: 'target', families: BOTH, kernelModule: 'xt_CHECKSUM', terminal: false,
    tables: ['mangle'],
    summary: 'Fill in a missing UDP/TCP checksum.',
    doc: 'Computes the checksum of packets whose checksum was left to hardware offload, for old DHCP clients in '
      + 'virtual machines that reject such packets. Only valid in the mangle table; rarely needed today.',
    example: '-A POSTROUTING -o virbr0 -p udp -m udp --dport 68 -j CHECKSUM --checksum-fill',
    options: [{ name: '--checksum-fill', value: 'none', argCount: 0, required: true, invertible: false, doc: 'Computes and stores the checksum now.' }],
  },
];
