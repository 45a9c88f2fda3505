/** Address and port translation targets: DNAT, SNAT, MASQUERADE, REDIRECT, NETMAP, and IPv6 prefix translation. */
import type { IptExtension, IptOption } from '../types';
import { PORT_PROTOCOL_NAMES } from './shared';

const BOTH: IptExtension['families'] = ['ipv4', 'ipv6'];

/** Protocols with ports, the only ones whose ports NAT can rewrite. */
const PORT_PROTOS = PORT_PROTOCOL_NAMES;

const RANDOM: IptOption = {
  name: '--random', value: 'none', argCount: 0, invertible: false,
  doc: 'Chooses the translated source port by a per-connection hash instead of keeping it when possible, which '
    + 'makes ports harder to predict.',
};
const RANDOM_FULLY: IptOption = {
  name: '--random-fully', value: 'none', argCount: 0, invertible: false,
  doc: 'Picks the translated port fully at random (PRNG), avoiding clashes between many clients behind one address.',
};
const PERSISTENT: IptOption = {
  name: '--persistent', value: 'none', argCount: 0, invertible: false,
  doc: 'With an address range, gives a client the same translated address for every connection.',
};

/** The --to-ports option of MASQUERADE and REDIRECT. */
function toPorts(what: string): IptOption {
  return {
    name: '--to-ports', value: 'port-range', invertible: false, requiresProtocol: PORT_PROTOS,
    doc: `${what} port or \`first-last\` range; the rule must select tcp, udp, udplite, sctp or dccp with -p.`,
    example: '--to-ports 8080-8089',
  };
}

export const NAT_TARGETS: IptExtension[] = [
  {
    name: 'DNAT', kind: 'target', families: BOTH, kernelModule: 'xt_nat', terminal: true,
    tables: ['nat'], hooks: ['prerouting', 'output'],
    summary: 'Rewrite the destination address and/or port.',
    doc: 'Destination NAT: the first packet of a connection picks the new destination and conntrack applies it to '
      + 'the whole connection, replies included. Only valid in the nat table\'s PREROUTING and OUTPUT chains (and '
      + 'chains jumped to from there). Used for port forwarding and load spreading.',
    example: '-A PREROUTING -i eth0 -p tcp -m tcp --dport 80 -j DNAT --to-destination 10.0.0.5:8080',
    options: [
      {
        name: '--to-destination', aliases: ['--to'], value: 'nat-range', required: true, invertible: false,
        requiresProtocol: PORT_PROTOS,
        doc: 'New destination: `addr[-addr][:port[-port[/base]]]`, IPv6 addresses in brackets when a port follows. '
          + 'A port needs -p tcp, udp, udplite, sctp or dccp.',
        example: '--to-destination 192.0.2.10:8080',
      },
      RANDOM, PERSISTENT,
    ],
  },
  {
    name: 'SNAT', kind: 'target', families: BOTH, kernelModule: 'xt_nat', terminal: true,
    tables: ['nat'], hooks: ['postrouting', 'input'],
    summary: 'Rewrite the source address and/or port.',
    doc: 'Source NAT to a fixed address: the first packet of a connection chooses the new source and conntrack '
      + 'applies it to the rest. Only valid in the nat table\'s POSTROUTING and INPUT chains. Prefer it over '
      + 'MASQUERADE when the outgoing address does not change.',
    example: '-A POSTROUTING -s 10.0.0.0/24 -o eth0 -j SNAT --to-source 203.0.113.1',
    options: [
      {
        name: '--to-source', aliases: ['--to'], value: 'nat-range', required: true, invertible: false,
        requiresProtocol: PORT_PROTOS,
        doc: 'New source: `addr[-addr][:port[-port]]`, IPv6 addresses in brackets when a port follows. A port needs '
          + '-p tcp, udp, udplite, sctp or dccp.',
        example: '--to-source 203.0.113.1',
      },
      RANDOM, RANDOM_FULLY, PERSISTENT,
    ],
  },
  {
    name: 'MASQUERADE', kind: 'target', families: BOTH, kernelModule: 'xt_MASQUERADE', terminal: true,
    tables: ['nat'], hooks: ['postrouting'],
    summary: 'Source NAT to the outgoing interface\'s address.',
    doc: 'Source NAT that takes the address of the interface the packet leaves by, looked up per connection, and '
      + 'forgets the connections when that interface goes down. Meant for dynamic addresses (DHCP, PPP); only '
      + 'valid in nat POSTROUTING.',
    example: '-A POSTROUTING -o ppp0 -j MASQUERADE',
    options: [toPorts('Source'), { ...RANDOM, doc: 'Randomises the source port mapping.' }, RANDOM_FULLY],
  },
  {
    name: 'REDIRECT', kind: 'target', families: BOTH, kernelModule: 'xt_REDIRECT', terminal: true,
    tables: ['nat'], hooks: ['prerouting', 'output'],
    summary: 'Send the packet to this host itself.',
    doc: 'Destination NAT to the local machine: the address of the incoming interface (127.0.0.1 or ::1 for '
      + 'locally generated packets), optionally to another port. Used for transparent proxies on the same host; '
      + 'only valid in nat PREROUTING and OUTPUT.',
    example: '-A PREROUTING -i eth1 -p tcp -m tcp --dport 80 -j REDIRECT --to-ports 3128',
    options: [toPorts('Destination'), { ...RANDOM, doc: 'Randomises the port chosen from the --to-ports range.' }],
  },
  {
    name: 'NETMAP', kind: 'target', families: BOTH, kernelModule: 'xt_NETMAP', terminal: true,
    tables: ['nat'], hooks: ['prerouting', 'input', 'output', 'postrouting'],
    summary: 'Map a whole network onto another, one to one.',
    doc: 'Static 1:1 NAT of a network: keeps the host bits and replaces the network bits with those of --to. In '
      + 'PREROUTING and OUTPUT it rewrites destinations, in POSTROUTING and INPUT sources.',
    example: '-A PREROUTING -d 198.51.100.0/24 -j NETMAP --to 10.1.0.0/24',
    options: [{
      name: '--to', value: 'address-prefix', required: true, invertible: false,
      doc: 'Network to map to, as address/prefix or address/mask; its size should equal the matched network\'s.',
      example: '--to 10.1.0.0/24',
    }],
  },
  ...npt(),
];

/** The two halves of stateless IPv6 network prefix translation (RFC 6296). */
function npt(): IptExtension[] {
  const options = (dir: string): IptOption[] => [
    {
      name: '--src-pfx', value: 'address-prefix', required: true, invertible: false,
      doc: `Prefix to translate ${dir === 'SNPT' ? 'from (the inside prefix)' : 'from (the outside prefix)'}, as address/length.`,
      example: '--src-pfx 2001:db8:a::/64',
    },
    {
      name: '--dst-pfx', value: 'address-prefix', required: true, invertible: false,
      doc: `Prefix to translate to, as address/length; the same length as --src-pfx. The rest of the address is adjusted to keep checksums valid.`,
      example: '--dst-pfx 2001:db8:b::/64',
    },
  ];
  return [
    {
      name: 'SNPT', kind: 'target', families: ['ipv6'], kernelModule: 'ip6t_NPT', terminal: false,
      tables: ['mangle'], hooks: ['input', 'postrouting'],
      summary: 'Stateless IPv6 source prefix translation.',
      doc: 'Rewrites the source prefix of IPv6 packets without conntrack (RFC 6296 NPTv6), in a checksum-neutral '
        + 'way. Pair it with DNPT for the replies; mangle POSTROUTING or INPUT only. Conntrack should skip these '
        + 'packets (CT --notrack in raw).',
      example: '-A POSTROUTING -o eth0 -s 2001:db8:a::/64 -j SNPT --src-pfx 2001:db8:a::/64 --dst-pfx 2001:db8:b::/64',
      options: options('SNPT'),
    },
    {
      name: 'DNPT', kind: 'target', families: ['ipv6'], kernelModule: 'ip6t_NPT', terminal: false,
      tables: ['mangle'], hooks: ['prerouting', 'output'],
      summary: 'Stateless IPv6 destination prefix translation.',
      doc: 'Rewrites the destination prefix of IPv6 packets without conntrack (RFC 6296 NPTv6), the counterpart '
        + 'of SNPT. Valid in mangle PREROUTING and OUTPUT only.',
      example: '-A PREROUTING -i eth0 -d 2001:db8:b::/64 -j DNPT --src-pfx 2001:db8:b::/64 --dst-pfx 2001:db8:a::/64',
      options: options('DNPT'),
    },
  ];
}
