/** ICMP (IPv4) and ICMPv6 type matches, with the type names each accepts. */
import type { IptExtension } from '../types';

/** ICMP type and type/code names iptables accepts, with their numbers ("type" or "type/code"). */
export const ICMP_TYPE_NAMES: Record<string, string> = {
  'any': '255', 'echo-reply': '0', 'pong': '0',
  'destination-unreachable': '3', 'network-unreachable': '3/0', 'host-unreachable': '3/1',
  'protocol-unreachable': '3/2', 'port-unreachable': '3/3', 'fragmentation-needed': '3/4',
  'source-route-failed': '3/5', 'network-unknown': '3/6', 'host-unknown': '3/7', 'network-prohibited': '3/9',
  'host-prohibited': '3/10', 'TOS-network-unreachable': '3/11', 'TOS-host-unreachable': '3/12',
  'communication-prohibited': '3/13', 'host-precedence-violation': '3/14', 'precedence-cutoff': '3/15',
  'source-quench': '4', 'redirect': '5', 'network-redirect': '5/0', 'host-redirect': '5/1',
  'TOS-network-redirect': '5/2', 'TOS-host-redirect': '5/3', 'echo-request': '8', 'ping': '8',
  'router-advertisement': '9', 'router-solicitation': '10', 'time-exceeded': '11', 'ttl-exceeded': '11',
  'ttl-zero-during-transit': '11/0', 'ttl-zero-during-reassembly': '11/1', 'parameter-problem': '12',
  'ip-header-bad': '12/0', 'required-option-missing': '12/1', 'timestamp-request': '13', 'timestamp-reply': '14',
  'address-mask-request': '17', 'address-mask-reply': '18',
};

/** ICMPv6 type and type/code names ip6tables accepts, with their numbers. */
export const ICMPV6_TYPE_NAMES: Record<string, string> = {
  'destination-unreachable': '1', 'no-route': '1/0', 'communication-prohibited': '1/1', 'beyond-scope': '1/2',
  'address-unreachable': '1/3', 'port-unreachable': '1/4', 'failed-policy': '1/5', 'reject-route': '1/6',
  'packet-too-big': '2', 'time-exceeded': '3', 'ttl-exceeded': '3', 'ttl-zero-during-transit': '3/0',
  'ttl-zero-during-reassembly': '3/1', 'parameter-problem': '4', 'bad-header': '4/0', 'unknown-header-type': '4/1',
  'unknown-option': '4/2', 'echo-request': '128', 'ping': '128', 'echo-reply': '129', 'pong': '129',
  'router-solicitation': '133', 'router-advertisement': '134', 'neighbour-solicitation': '135',
  'neighbor-solicitation': '135', 'neighbour-advertisement': '136', 'neighbor-advertisement': '136', 'redirect': '137',
};

const ICMP: IptExtension = {
  name: 'icmp', kind: 'match', families: ['ipv4'], kernelModule: 'ip_tables', requiresProtocol: ['icmp'],
  summary: 'ICMP type and code (IPv4).',
  doc: 'Tests the type, and optionally the code, of an ICMP message. Built into ip_tables; needs `-p icmp`, and is '
    + 'loaded implicitly by `-p icmp --icmp-type`. For IPv6 use icmp6 with `-p ipv6-icmp`.',
  example: '-A INPUT -p icmp -m icmp --icmp-type 8 -j ACCEPT',
  options: [
    {
      name: '--icmp-type', value: 'icmp-type', values: Object.keys(ICMP_TYPE_NAMES), invertible: true,
      required: true, field: 'icmp.type',
      doc: 'A type name (see the list), a number, or `type/code`. A name with a code, like port-unreachable, also fixes the code; `any` matches every type.',
      example: '--icmp-type echo-request',
    },
  ],
};

const ICMP6: IptExtension = {
  name: 'icmp6', kind: 'match', families: ['ipv6'], kernelModule: 'ip6_tables',
  requiresProtocol: ['ipv6-icmp', 'icmpv6'],
  summary: 'ICMPv6 type and code.',
  doc: 'Tests the type, and optionally the code, of an ICMPv6 message. Built into ip6_tables; needs `-p ipv6-icmp` '
    + '(also spelled icmpv6 or 58). ip6tables also accepts `-m icmpv6` and saves it as `-m icmp6`. Remember that IPv6 '
    + 'cannot work without neighbour discovery (types 133-136).',
  example: '-A INPUT -p ipv6-icmp -m icmp6 --icmpv6-type 135 -j ACCEPT',
  options: [
    {
      name: '--icmpv6-type', value: 'icmpv6-type', values: Object.keys(ICMPV6_TYPE_NAMES), invertible: true,
      required: true, field: 'icmpv6.type',
      doc: 'A type name (see the list), a number, or `type/code`. Names that imply a code also fix the code.',
      example: '--icmpv6-type neighbour-solicitation',
    },
  ],
};

const ICMPV6_ALIAS: IptExtension = {
  ...ICMP6, name: 'icmpv6', aliasOf: 'icmp6',
  summary: 'Another name of the icmp6 match.',
  example: '-A INPUT -p ipv6-icmp -m icmpv6 --icmpv6-type 128 -j ACCEPT',
};

/** icmp, icmp6 and its other name icmpv6. */
export const ICMP_MATCHES: IptExtension[] = [ICMP, ICMP6, ICMPV6_ALIAS];
