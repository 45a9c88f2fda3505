/** TCP and UDP header matches: tcp, udp, multiport, tcpmss, and the TCP SYN fingerprinter osf. */
import type { IptExtension, IptOption } from '../types';

/** --sport/--dport as tcp, udp, sctp and dccp all spell them. */
export function portOptions(protocol: string): IptOption[] {
  return [
    {
      name: '--sport', aliases: ['--source-port'], value: 'port-range', invertible: true, field: 'sport',
      doc: `Source port of the ${protocol} header: one port or an inclusive range \`low:high\` (an empty side means 0 or 65535).`,
      example: '--sport 1024:',
    },
    {
      name: '--dport', aliases: ['--destination-port'], value: 'port-range', invertible: true, field: 'dport',
      doc: `Destination port of the ${protocol} header: one port or an inclusive range \`low:high\`.`,
      example: '--dport 22',
    },
  ];
}

const TCP: IptExtension = {
  name: 'tcp', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_tcpudp', requiresProtocol: ['tcp'],
  summary: 'TCP ports, flags and options.',
  doc: 'Tests fields of the TCP header. It is loaded implicitly when a rule says `-p tcp` and uses one of its options, '
    + 'and iptables-save always writes it out as `-m tcp`. Non-first fragments never match because they carry no TCP header.',
  example: '-A INPUT -p tcp -m tcp --dport 22 --tcp-flags SYN,RST,ACK,FIN SYN -j ACCEPT',
  options: [
    ...portOptions('TCP'),
    {
      name: '--tcp-flags', value: 'tcp-flags', argCount: 2, invertible: true, field: 'tcp.flags',
      doc: 'Takes two comma lists: the flags to examine, then those among them that must be set; the others examined must be clear. '
        + 'Names: SYN ACK FIN RST URG PSH, plus ALL and NONE.',
      example: '--tcp-flags ALL NONE',
    },
    {
      name: '--syn', value: 'none', argCount: 0, invertible: true, field: 'tcp.flags',
      doc: 'Shorthand for `--tcp-flags SYN,RST,ACK,FIN SYN`: a connection-opening segment. `! --syn` matches every other segment.',
      example: '! --syn',
    },
    {
      name: '--tcp-option', value: 'int', min: 0, max: 255, invertible: true,
      doc: 'Matches when the TCP header carries the option with this kind number (2 MSS, 3 window scale, 4 SACK permitted, 8 timestamps).',
      example: '--tcp-option 8',
    },
  ],
};

const UDP: IptExtension = {
  name: 'udp', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_tcpudp', requiresProtocol: ['udp'],
  summary: 'UDP source and destination ports.',
  doc: 'Tests the ports of the UDP header. Loaded implicitly by `-p udp` with `--sport`/`--dport`; iptables-save writes `-m udp`. '
    + 'UDP-Lite has no match of its own in iptables; use multiport with `-p udplite`.',
  example: '-A INPUT -p udp -m udp --dport 53 -j ACCEPT',
  options: portOptions('UDP'),
};

const MULTIPORT: IptExtension = {
  name: 'multiport', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_multiport',
  requiresProtocol: ['tcp', 'udp', 'udplite', 'sctp', 'dccp'],
  summary: 'Lists of up to 15 ports or port ranges.',
  doc: 'Matches a port against a comma list of ports and `low:high` ranges; the list holds at most 15 entries and a range '
    + 'uses two of them. The rule must name one of tcp, udp, udplite, sctp or dccp with `-p`, and must not say `! -p`.',
  example: '-A INPUT -p tcp -m multiport --dports 80,443,8000:8080 -j ACCEPT',
  options: [
    {
      name: '--sports', aliases: ['--source-ports'], value: 'port-list', listsAllowed: true, invertible: true, field: 'sport',
      conflicts: ['--dports', '--ports'],
      doc: 'Matches when the source port is one of the listed ports or ranges.',
      example: '--sports 67,68',
    },
    {
      name: '--dports', aliases: ['--destination-ports'], value: 'port-list', listsAllowed: true, invertible: true, field: 'dport',
      conflicts: ['--sports', '--ports'],
      doc: 'Matches when the destination port is one of the listed ports or ranges.',
      example: '--dports 25,465,587',
    },
    {
      name: '--ports', value: 'port-list', listsAllowed: true, invertible: true, conflicts: ['--sports', '--dports'],
      doc: 'Matches when either the source or the destination port is in the list.',
      example: '--ports 137:139,445',
    },
  ],
};

const TCPMSS: IptExtension = {
  name: 'tcpmss', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_tcpmss', requiresProtocol: ['tcp'],
  summary: 'MSS option of TCP SYN segments.',
  doc: 'Compares the maximum segment size advertised in the TCP MSS option. Only SYN and SYN/ACK segments carry it; '
    + 'segments without the option do not match.',
  example: '-A FORWARD -p tcp -m tcp --tcp-flags SYN,RST SYN -m tcpmss --mss 1400:65535 -j TCPMSS --clamp-mss-to-pmtu',
  options: [
    {
      name: '--mss', value: 'int-range', min: 0, max: 65535, invertible: true, required: true,
      doc: 'MSS value or inclusive range `min:max` to accept.',
      example: '--mss 1453:65535',
    },
  ],
};

const OSF: IptExtension = {
  name: 'osf', kind: 'match', families: ['ipv4'], kernelModule: 'xt_osf', requiresProtocol: ['tcp'],
  hooks: ['prerouting', 'input', 'forward'], stateful: true,
  summary: 'Passive operating-system fingerprinting of TCP SYNs.',
  doc: 'Guesses the sender\'s operating system from the shape of its TCP SYN (window, options, TTL) and compares it with '
    + 'a genre. The fingerprints live in the kernel and are loaded from userspace with `nfnl_osf`; without them nothing '
    + 'matches. Allowed only in PREROUTING, INPUT and FORWARD, with `-p tcp`, IPv4 only.',
  example: '-A INPUT -p tcp -m osf --genre Linux --ttl 2 -j ACCEPT',
  options: [
    {
      name: '--genre', value: 'string', maxLength: 31, invertible: true, required: true,
      doc: 'Operating-system genre to compare with, as named in the loaded fingerprint list (e.g. Linux, Windows).',
      example: '--genre Windows',
    },
    {
      name: '--ttl', value: 'enum', values: ['0', '1', '2'], invertible: false,
      doc: 'How the TTL takes part: 0 must equal the fingerprint\'s (same LAN), 1 may be lower (routed), 2 is ignored.',
      example: '--ttl 2',
    },
    {
      name: '--log', value: 'enum', values: ['0', '1', '2'], invertible: false,
      doc: 'Writes the guesses to the kernel log: 0 every matched or unknown signature, 1 only the first, 2 every known match.',
      example: '--log 1',
    },
  ],
};

/** tcp, udp, multiport, tcpmss, osf. */
export const TCP_UDP_MATCHES: IptExtension[] = [TCP, UDP, MULTIPORT, TCPMSS, OSF];
