/** Matches on the local socket of a packet: owner, socket, cgroup. */
import type { IptExtension } from '../types';

const OWNER: IptExtension = {
  name: 'owner', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_owner',
  hooks: ['output', 'postrouting'],
  summary: 'User or group owning the sending socket.',
  doc: 'Tests the credentials of the local socket that created the packet, so it applies to locally generated '
    + 'traffic only: OUTPUT and POSTROUTING. Forwarded packets and some kernel-generated replies have no socket and '
    + 'never match.',
  example: '-A OUTPUT -m owner --uid-owner 33 -p tcp -m tcp --dport 25 -j REJECT',
  options: [
    {
      name: '--uid-owner', value: 'other', invertible: true, field: 'skuid',
      doc: 'User name, uid, or inclusive uid range `first-last` of the socket\'s file owner.',
      example: '--uid-owner 1000-1999',
    },
    {
      name: '--gid-owner', value: 'other', invertible: true, field: 'skgid',
      doc: 'Group name, gid, or gid range `first-last` of the socket\'s file.',
      example: '--gid-owner www-data',
    },
    {
      name: '--socket-exists', value: 'none', argCount: 0, invertible: true,
      doc: 'Matches when the packet is associated with a local socket at all.',
    },
    {
      name: '--suppl-groups', value: 'none', argCount: 0, invertible: false,
      doc: 'With `--gid-owner`, also accepts sockets whose owner has the group as a supplementary group; must follow `--gid-owner`.',
    },
  ],
};

const SOCKET: IptExtension = {
  name: 'socket', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_socket',
  hooks: ['prerouting', 'input'], stateful: true,
  summary: 'An open local socket matches the packet (transparent proxying).',
  doc: 'Looks for a local socket, established or listening, that the incoming packet would be delivered to; typically '
    + 'in mangle PREROUTING to mark traffic already owned by a TPROXY-ed proxy. By default listening sockets bound '
    + 'to a wildcard address are ignored. Allowed in PREROUTING and INPUT.',
  example: '-A PREROUTING -t mangle -p tcp -m socket --transparent -j MARK --set-mark 0x1',
  options: [
    { name: '--transparent', value: 'none', argCount: 0, invertible: false, doc: 'Only sockets with IP_TRANSPARENT set count.' },
    { name: '--nowildcard', value: 'none', argCount: 0, invertible: false, doc: 'Also counts listening sockets bound to 0.0.0.0 or ::.' },
    {
      name: '--restore-skmark', value: 'none', argCount: 0, invertible: false,
      doc: 'On a match, copies the socket\'s mark (SO_MARK) into the packet mark.',
    },
  ],
};

const CGROUP: IptExtension = {
  name: 'cgroup', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_cgroup',
  hooks: ['input', 'output', 'postrouting'],
  summary: 'Control group of the local socket.',
  doc: 'Tests the control group of the process owning the packet\'s socket: a cgroup v2 path or a net_cls class id. '
    + 'For incoming packets the socket is found only after early demux, so results in INPUT are best effort. '
    + 'The cgroup path must exist when the rule is loaded.',
  example: '-A OUTPUT -m cgroup --path system.slice/nginx.service -j ACCEPT',
  options: [
    {
      name: '--path', value: 'path', maxLength: 4095, invertible: true, conflicts: ['--cgroup'],
      doc: 'cgroup v2 path relative to the hierarchy root; sub-groups match too.',
      example: '--path user.slice',
    },
    {
      name: '--cgroup', value: 'int', min: 0, max: 4294967295, invertible: true, conflicts: ['--path'],
      doc: 'net_cls class id (cgroup v1), as a number such as 0x100001.',
      example: '--cgroup 0x100001',
    },
  ],
};

/** owner, socket, cgroup. */
export const SOCKET_MATCHES: IptExtension[] = [OWNER, SOCKET, CGROUP];
