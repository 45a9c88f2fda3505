/** Targets that steer connection tracking: CT, NOTRACK and the retired CLUSTERIP. */
import type { IptExtension, IptOption } from '../types';
import { PORT_PROTOCOL_NAMES } from './shared';

const BOTH: IptExtension['families'] = ['ipv4', 'ipv6'];
const CT_EVENTS = ['new', 'related', 'destroy', 'reply', 'assured', 'protoinfo', 'helper', 'mark', 'natseqinfo', 'secmark'];

/** A zone option (direction-specific variants share the syntax). */
function zone(name: string, scope: string): IptOption {
  return {
    name, value: 'other', invertible: false,
    doc: `Puts the connection in a conntrack zone ${scope}: a number 0-65535, or \`mark\` to take it from the packet mark.`,
    example: `${name} 1`,
  };
}

export const CONNTRACK_TARGETS: IptExtension[] = [
  {
    name: 'CT', kind: 'target', families: BOTH, kernelModule: 'xt_CT', terminal: false, tables: ['raw'],
    summary: 'Set conntrack parameters for the packet\'s connection, or skip tracking.',
    doc: 'Runs before connection tracking (raw table only) and decides how the coming connection is tracked: not at '
      + 'all, with which helper, timeout policy, zone and event mask. Since automatic helper assignment was turned '
      + 'off, this is how helpers such as ftp are enabled.',
    example: '-A PREROUTING -p tcp -m tcp --dport 21 -j CT --helper ftp',
    options: [
      { name: '--notrack', value: 'none', argCount: 0, invertible: false, doc: 'Leaves the packet untracked (state UNTRACKED); it bypasses conntrack and NAT.' },
      {
        name: '--helper', value: 'string', maxLength: 15, invertible: false, requiresProtocol: PORT_PROTOCOL_NAMES,
        doc: 'Attaches a conntrack helper (ftp, sip, tftp, irc…); the rule must name the helper\'s protocol with -p.',
        example: '--helper ftp',
      },
      { name: '--timeout', value: 'string', maxLength: 31, invertible: false, doc: 'Applies a timeout policy created beforehand with `nfct add timeout`.', example: '--timeout tcp-short' },
      { name: '--ctevents', value: 'enum', values: CT_EVENTS, listsAllowed: true, invertible: false, doc: 'Only these conntrack events are reported to listeners for the connection.', example: '--ctevents new,destroy' },
      { name: '--expevents', value: 'enum', values: ['new'], listsAllowed: true, invertible: false, doc: 'Only these expectation events are reported (currently only new).', example: '--expevents new' },
      zone('--zone', 'for both directions'),
      zone('--zone-orig', 'for the original direction only'),
      zone('--zone-reply', 'for the reply direction only'),
    ],
  },
  {
    name: 'NOTRACK', kind: 'target', families: BOTH, kernelModule: 'xt_CT', terminal: false, tables: ['raw'],
    deprecated: { message: 'NOTRACK is an alias kept for old rulesets.', replacement: 'CT --notrack' },
    summary: 'Exempt the packet from connection tracking.',
    doc: 'Older spelling of `CT --notrack`: marks the packet untracked so it bypasses conntrack and NAT. Only valid '
      + 'in the raw table.',
    example: '-A PREROUTING -p udp -m udp --dport 53 -j NOTRACK',
    options: [],
  },
  {
    name: 'CLUSTERIP', kind: 'target', families: ['ipv4'], kernelModule: 'ipt_CLUSTERIP', terminal: false,
    deprecated: { message: 'Removed from the kernel in Linux 6.3; the cluster match with a multicast MAC does the same.', replacement: '-m cluster' },
    summary: 'Share one IPv4 address among cluster nodes (removed from recent kernels).',
    doc: 'Made several hosts answer one address behind a multicast MAC, each accepting the connections whose hash '
      + 'falls to its node number. Modern kernels do not provide it; use the cluster match instead.',
    example: '-A INPUT -d 192.0.2.100 -j CLUSTERIP --new --hashmode sourceip --clustermac 01:00:5e:00:00:20 --total-nodes 2 --local-node 1',
    options: [
      { name: '--new', value: 'none', argCount: 0, invertible: false, doc: 'Creates the cluster address; the first rule for an address must have it.' },
      { name: '--hashmode', value: 'enum', values: ['sourceip', 'sourceip-sourceport', 'sourceip-sourceport-destport'], invertible: false, doc: 'Fields hashed to pick the node.' },
      { name: '--clustermac', value: 'mac', invertible: false, doc: 'Multicast MAC address the cluster answers ARP with.' },
      { name: '--total-nodes', value: 'int', min: 1, max: 16, invertible: false, doc: 'Number of nodes in the cluster.' },
      { name: '--local-node', value: 'int', min: 1, max: 16, invertible: false, doc: 'This host\'s node number (1-based).' },
      { name: '--hash-init', value: 'int', min: 0, max: 4294967295, invertible: false, doc: 'Seed of the hash; equal on every node.' },
    ],
  },
];
