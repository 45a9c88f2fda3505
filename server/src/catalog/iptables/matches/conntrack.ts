/** Connection-tracking matches: conntrack, state, helper, connbytes, connlimit. */
import type { IptExtension, IptOption } from '../types';

const CT_STATES = ['INVALID', 'ESTABLISHED', 'NEW', 'RELATED', 'UNTRACKED', 'SNAT', 'DNAT'];

function tupleAddress(name: string, which: string): IptOption {
  return {
    name, value: 'address-prefix', invertible: true,
    doc: `${which} address of the connection's tuple, with an optional prefix length or mask.`,
    example: `${name} 10.0.0.0/8`,
  };
}

function tuplePort(name: string, which: string): IptOption {
  return {
    name, value: 'port-range', invertible: true,
    doc: `${which} port of the connection's tuple (TCP, UDP, UDP-Lite, SCTP, DCCP); a \`low:high\` range is accepted.`,
    example: `${name} 8080`,
  };
}

const CONNTRACK: IptExtension = {
  name: 'conntrack', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_conntrack',
  summary: 'Connection-tracking state, status, tuple and timeout.',
  doc: 'Looks up the connection the packet belongs to and tests its state, status bits, original or reply tuple, '
    + 'remaining timeout or the packet\'s direction. The usual stateful firewall is `--ctstate ESTABLISHED,RELATED` '
    + 'accepted early and `--ctstate INVALID` dropped. Replaces the older state match.',
  example: '-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
  options: [
    {
      name: '--ctstate', value: 'ct-states', values: CT_STATES, listsAllowed: true, invertible: true, field: 'ct.state',
      doc: 'Comma list of states: NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED, and the virtual SNAT and DNAT '
        + '(the original and reply tuples differ by source or destination NAT).',
      example: '--ctstate NEW',
    },
    {
      name: '--ctproto', value: 'protocol', invertible: true,
      doc: 'Layer-4 protocol of the connection, by name or number.',
      example: '--ctproto tcp',
    },
    tupleAddress('--ctorigsrc', 'Source'),
    tupleAddress('--ctorigdst', 'Destination'),
    { ...tupleAddress('--ctreplsrc', 'Reply-direction source'), doc: 'Source address of the reply tuple (after destination NAT, the address the reply comes from).' },
    { ...tupleAddress('--ctrepldst', 'Reply-direction destination'), doc: 'Destination address of the reply tuple (after source NAT, the address replies go to).' },
    tuplePort('--ctorigsrcport', 'Source'),
    tuplePort('--ctorigdstport', 'Destination'),
    tuplePort('--ctreplsrcport', 'Reply-direction source'),
    tuplePort('--ctrepldstport', 'Reply-direction destination'),
    {
      name: '--ctstatus', value: 'enum', values: ['NONE', 'EXPECTED', 'SEEN_REPLY', 'ASSURED', 'CONFIRMED'],
      listsAllowed: true, invertible: true, field: 'ct.status',
      doc: 'Comma list of status bits, any of which must be set: EXPECTED (created by a helper), SEEN_REPLY, ASSURED (kept under pressure), CONFIRMED; NONE matches none set.',
      example: '--ctstatus ASSURED',
    },
    {
      name: '--ctexpire', value: 'int-range', min: 0, max: 4294967295, invertible: true,
      doc: 'Seconds left before the entry times out, as a value or an inclusive `min:max` range.',
      example: '--ctexpire 0:60',
    },
    {
      name: '--ctdir', value: 'enum', values: ['ORIGINAL', 'REPLY'], invertible: false, field: 'ct.direction',
      doc: 'Direction of the packet within its connection: ORIGINAL (from the initiator) or REPLY. Without it both match.',
      example: '--ctdir REPLY',
    },
  ],
};

const STATE: IptExtension = {
  name: 'state', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_state',
  summary: 'Connection-tracking state (superseded by conntrack).',
  doc: 'Tests the connection-tracking state of the packet. It still loads, but `-m conntrack --ctstate` does the same '
    + 'and more, and iptables-nft translates both the same way.',
  example: '-A INPUT -m state --state RELATED,ESTABLISHED -j ACCEPT',
  deprecated: { message: 'Use `-m conntrack --ctstate` instead of `-m state --state`.', replacement: 'conntrack' },
  options: [
    {
      name: '--state', value: 'ct-states', values: CT_STATES.slice(0, 5), listsAllowed: true, invertible: true,
      required: true, field: 'ct.state',
      doc: 'Comma list of states: NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED.',
      example: '--state NEW',
    },
  ],
};

const HELPER: IptExtension = {
  name: 'helper', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_helper',
  summary: 'Connections handled by a given conntrack helper.',
  doc: 'Matches packets of connections created by or assigned to a connection-tracking helper such as ftp or sip. '
    + 'Since kernel 4.7 helpers are no longer attached automatically; assign them with `-j CT --helper` in the raw table.',
  example: '-A FORWARD -m conntrack --ctstate RELATED -m helper --helper ftp -j ACCEPT',
  options: [
    {
      name: '--helper', value: 'string', maxLength: 29, invertible: true, required: true,
      doc: 'Helper name, optionally with `-port` for one instance (ftp-2121); an empty string matches any helper.',
      example: '--helper sip',
    },
  ],
};

const CONNBYTES: IptExtension = {
  name: 'connbytes', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_connbytes', stateful: true,
  summary: 'Bytes or packets transferred so far by the connection.',
  doc: 'Compares the running totals of the connection with a range, for example to move long downloads to a lower '
    + 'traffic class. The totals depend on past traffic, so analysis treats the result as unknown. Needs conntrack '
    + 'accounting (net.netfilter.nf_conntrack_acct=1).',
  example: '-A POSTROUTING -t mangle -m connbytes --connbytes 10485760: --connbytes-dir both --connbytes-mode bytes -j CLASSIFY --set-class 1:30',
  options: [
    {
      name: '--connbytes', value: 'int-range', min: 0, invertible: true, required: true,
      doc: 'Range `from:[to]` of the counter; an open upper end means no limit.',
      example: '--connbytes 100000:',
    },
    {
      name: '--connbytes-dir', value: 'enum', values: ['original', 'reply', 'both'], invertible: false, required: true,
      doc: 'Which direction\'s counter to read: original, reply, or both added together.',
      example: '--connbytes-dir original',
    },
    {
      name: '--connbytes-mode', value: 'enum', values: ['packets', 'bytes', 'avgpkt'], invertible: false, required: true,
      doc: 'What is counted: packets, bytes, or the average packet size in bytes.',
      example: '--connbytes-mode bytes',
    },
  ],
};

const CONNLIMIT: IptExtension = {
  name: 'connlimit', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_connlimit', stateful: true,
  summary: 'Number of parallel connections per address or network.',
  doc: 'Counts the tracked connections that share the packet\'s source (or destination) address, grouped by a prefix '
    + 'length, and compares the count with a limit. The count is kernel state, so the outcome is undecidable from the rules.',
  example: '-A INPUT -p tcp -m tcp --dport 22 --tcp-flags SYN,RST,ACK,FIN SYN -m connlimit --connlimit-above 3 --connlimit-mask 32 --connlimit-saddr -j REJECT',
  options: [
    {
      name: '--connlimit-upto', value: 'int', min: 0, max: 4294967295, invertible: true, conflicts: ['--connlimit-above'],
      doc: 'Matches while the count is at most n; `! --connlimit-upto n` means the same as `--connlimit-above n`.',
      example: '--connlimit-upto 10',
    },
    {
      name: '--connlimit-above', value: 'int', min: 0, max: 4294967295, invertible: true, conflicts: ['--connlimit-upto'],
      doc: 'Matches when the count exceeds n. `! --connlimit-above n` is the same as `--connlimit-upto n`.',
      example: '--connlimit-above 20',
    },
    {
      name: '--connlimit-mask', value: 'int', min: 0, max: 128, invertible: false,
      doc: 'Prefix length that groups addresses (0-32 for IPv4, 0-128 for IPv6; default a single host).',
      example: '--connlimit-mask 24',
    },
    {
      name: '--connlimit-saddr', value: 'none', argCount: 0, invertible: false, conflicts: ['--connlimit-daddr'],
      doc: 'Groups by source address (the default).',
    },
    {
      name: '--connlimit-daddr', value: 'none', argCount: 0, invertible: false, conflicts: ['--connlimit-saddr'],
      doc: 'Groups by destination address instead.',
    },
  ],
};

/** conntrack, state, helper, connbytes, connlimit. */
export const CONNTRACK_MATCHES: IptExtension[] = [CONNTRACK, STATE, HELPER, CONNBYTES, CONNLIMIT];
