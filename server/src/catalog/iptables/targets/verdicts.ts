/** Targets that decide the packet's fate other than by a plain verdict: REJECT, NFQUEUE, SYNPROXY, TPROXY, TEE. */
import type { IptExtension, IptOption } from '../types';

const BOTH: IptExtension['families'] = ['ipv4', 'ipv6'];

/** The --reject-with option with the family's reply types (name, alias pairs as iptables lists them). */
function rejectWith(values: string[], defaultType: string, example: string): IptOption {
  return {
    name: '--reject-with', value: 'enum', values, invertible: false,
    doc: `Kind of reply sent back: an ICMP error (default ${defaultType}) or, for TCP only, a reset (\`tcp-reset\`, `
      + 'which needs -p tcp).',
    example,
  };
}

const REJECT_DOC = 'Drops the packet and answers the sender with an error so it fails fast instead of timing out. '
  + 'The kernel accepts it only in the filter table\'s INPUT, FORWARD and OUTPUT chains (and chains called from '
  + 'them). Rules usually rate-limit it or reserve tcp-reset for TCP.';

export const VERDICT_TARGETS: IptExtension[] = [
  {
    name: 'REJECT', kind: 'target', families: ['ipv4'], kernelModule: 'ipt_REJECT', terminal: true,
    tables: ['filter'], hooks: ['input', 'forward', 'output'],
    summary: 'Drop the packet and send back an ICMP error or TCP reset.',
    doc: REJECT_DOC,
    example: '-A INPUT -p tcp -j REJECT --reject-with tcp-reset',
    options: [rejectWith([
      'icmp-net-unreachable', 'net-unreach', 'icmp-host-unreachable', 'host-unreach', 'icmp-proto-unreachable',
      'proto-unreach', 'icmp-port-unreachable', 'port-unreach', 'icmp-net-prohibited', 'net-prohib',
      'icmp-host-prohibited', 'host-prohib', 'tcp-reset', 'tcp-rst', 'icmp-admin-prohibited', 'admin-prohib',
    ], 'icmp-port-unreachable', '--reject-with icmp-host-prohibited')],
  },
  {
    name: 'REJECT', kind: 'target', families: ['ipv6'], kernelModule: 'ip6t_REJECT', terminal: true,
    tables: ['filter'], hooks: ['input', 'forward', 'output'],
    summary: 'Drop the packet and send back an ICMPv6 error or TCP reset.',
    doc: REJECT_DOC,
    example: '-A INPUT -p tcp -j REJECT --reject-with tcp-reset',
    options: [rejectWith([
      'icmp6-no-route', 'no-route', 'icmp6-adm-prohibited', 'adm-prohibited', 'icmp6-addr-unreachable',
      'addr-unreach', 'icmp6-port-unreachable', 'port-unreach', 'tcp-reset', 'icmp6-policy-fail', 'policy-fail',
      'icmp6-reject-route', 'reject-route',
    ], 'icmp6-port-unreachable', '--reject-with icmp6-adm-prohibited')],
  },
  {
    name: 'NFQUEUE', kind: 'target', families: BOTH, kernelModule: 'xt_NFQUEUE', terminal: true,
    summary: 'Hand the packet to a userspace program through a netfilter queue.',
    doc: 'Queues the packet to the program bound to a netfilter queue (an IPS, a userspace firewall), which returns '
      + 'the verdict. Without a listener the packet is dropped unless --queue-bypass is given.',
    example: '-A FORWARD -j NFQUEUE --queue-balance 0:3 --queue-bypass',
    options: [
      {
        name: '--queue-num', value: 'int', min: 0, max: 65535, invertible: false, conflicts: ['--queue-balance'],
        doc: 'Queue number, 0-65535 (default 0).', example: '--queue-num 1',
      },
      {
        name: '--queue-balance', value: 'int-range', min: 0, max: 65535, invertible: false, conflicts: ['--queue-num'],
        doc: 'Spreads flows over the queues `first:last`, keeping each connection on one queue.',
        example: '--queue-balance 0:3',
      },
      {
        name: '--queue-bypass', value: 'none', argCount: 0, invertible: false,
        doc: 'Accepts the packet and goes on instead of dropping it when no program listens on the queue.',
      },
      {
        name: '--queue-cpu-fanout', value: 'none', argCount: 0, invertible: false,
        doc: 'With --queue-balance, picks the queue by the current CPU instead of by flow hash.',
      },
    ],
  },
  {
    name: 'SYNPROXY', kind: 'target', families: BOTH, kernelModule: 'xt_SYNPROXY', terminal: true,
    tables: ['filter'], hooks: ['input', 'forward'], requiresProtocol: ['tcp'],
    summary: 'Answer TCP handshakes with SYN cookies before the server sees them.',
    doc: 'Completes the TCP three-way handshake itself using SYN cookies and only then opens the connection to the '
      + 'server, shielding it from SYN floods. Needs -p tcp, filter INPUT or FORWARD, the SYN packets exempted from '
      + 'conntrack (CT --notrack in raw) and invalid packets dropped; options should mirror the server\'s.',
    example: '-A INPUT -p tcp -m tcp --dport 80 -m conntrack --ctstate INVALID,UNTRACKED -j SYNPROXY --sack-perm --timestamp --wscale 7 --mss 1460',
    options: [
      { name: '--mss', value: 'int', min: 0, max: 65535, invertible: false, doc: 'Maximum segment size announced to the client.', example: '--mss 1460' },
      { name: '--wscale', value: 'int', min: 0, max: 14, invertible: false, doc: 'Window scale factor announced to the client.', example: '--wscale 7' },
      { name: '--sack-perm', value: 'none', argCount: 0, invertible: false, doc: 'Announces selective acknowledgement support.' },
      { name: '--timestamp', value: 'none', argCount: 0, invertible: false, doc: 'Announces TCP timestamps (needed to encode the other options in the cookie).' },
      { name: '--ecn', value: 'none', argCount: 0, invertible: false, doc: 'Announces explicit congestion notification support.' },
    ],
  },
  {
    name: 'TPROXY', kind: 'target', families: BOTH, kernelModule: 'xt_TPROXY', terminal: true,
    tables: ['mangle'], hooks: ['prerouting'], requiresProtocol: ['tcp', 'udp'],
    summary: 'Deliver the packet to a local transparent-proxy socket unchanged.',
    doc: 'Steers the packet to a local socket (listening with IP_TRANSPARENT) without rewriting its addresses, and '
      + 'marks it so a policy route delivers it locally. Only in mangle PREROUTING, with -p tcp or -p udp; usually '
      + 'preceded by a `-m socket` rule for established flows.',
    example: '-A PREROUTING -p tcp -m tcp --dport 80 -j TPROXY --on-port 3129 --tproxy-mark 0x1/0x1',
    options: [
      {
        name: '--on-port', value: 'port', invertible: false, required: true,
        doc: 'Local port of the proxy socket; 0 keeps the packet\'s destination port.', example: '--on-port 3129',
      },
      {
        name: '--on-ip', value: 'address', invertible: false,
        doc: 'Local address of the proxy socket; by default the address of the incoming interface.', example: '--on-ip 127.0.0.1',
      },
      {
        name: '--tproxy-mark', value: 'mark', invertible: false,
        doc: 'Sets these bits of the packet mark (`value[/mask]`) so an `ip rule fwmark` routes it to the local host.',
        example: '--tproxy-mark 0x1/0x1',
      },
    ],
  },
  {
    name: 'TEE', kind: 'target', families: BOTH, kernelModule: 'xt_TEE', terminal: false,
    summary: 'Send a copy of the packet to another host.',
    doc: 'Clones the packet and routes the copy to a gateway on a directly attached network, for traffic mirroring. '
      + 'The original continues through the ruleset unchanged.',
    example: '-A PREROUTING -i eth0 -j TEE --gateway 192.0.2.50',
    options: [
      {
        name: '--gateway', value: 'address', required: true, invertible: false,
        doc: 'Next hop for the copy; it must be reachable directly (on-link).', example: '--gateway 192.0.2.50',
      },
      { name: '--oif', value: 'interface', invertible: false, doc: 'Sends the copy out of this interface.', example: '--oif eth2' },
    ],
  },
];
