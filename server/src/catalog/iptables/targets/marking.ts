/** Targets that set marks and classes: MARK, CONNMARK, SECMARK, CONNSECMARK, CLASSIFY, HMARK, SET. */
import type { IptExtension, IptOption } from '../types';

const BOTH: IptExtension['families'] = ['ipv4', 'ipv6'];

/** A bitwise mark operation option taking one 32-bit value. */
function bitOp(name: string, what: string, op: string): IptOption {
  return { name, value: 'mark', invertible: false, doc: `${op} the ${what} with the given bits.`, example: `${name} 0x4` };
}

const MARK_ONE_OF = ['--set-xmark', '--set-mark', '--and-mark', '--or-mark', '--xor-mark'];

export const MARKING_TARGETS: IptExtension[] = [
  {
    name: 'MARK', kind: 'target', families: BOTH, kernelModule: 'xt_mark', terminal: false,
    summary: 'Set the packet mark (nfmark).',
    doc: 'Changes the packet\'s 32-bit mark, a label that lives only inside this host: policy routing (ip rule '
      + 'fwmark), tc filters and later rules (-m mark) can act on it. Works in every table; mangle is customary.',
    example: '-A PREROUTING -i eth1 -j MARK --set-mark 0x2/0xff',
    options: [
      {
        name: '--set-xmark', value: 'mark', invertible: false, conflicts: MARK_ONE_OF.filter((n) => n !== '--set-xmark'),
        doc: 'Clears the bits in mask, then XORs value in (`value[/mask]`, mask defaults to all ones).', example: '--set-xmark 0x1/0xff',
      },
      {
        name: '--set-mark', value: 'mark', invertible: false, field: 'mark', conflicts: MARK_ONE_OF.filter((n) => n !== '--set-mark'),
        doc: 'Clears the bits in mask, then ORs value in; without a mask the whole mark becomes value.', example: '--set-mark 0x2',
      },
      bitOp('--and-mark', 'mark', 'ANDs'), bitOp('--or-mark', 'mark', 'ORs'), bitOp('--xor-mark', 'mark', 'XORs'),
    ],
  },
  {
    name: 'CONNMARK', kind: 'target', families: BOTH, kernelModule: 'xt_connmark', terminal: false,
    summary: 'Set the connection mark, or copy it to or from the packet mark.',
    doc: 'Changes the 32-bit mark stored with the connection (ctmark), or copies it between connection and packet. '
      + 'The usual pattern is --restore-mark early in PREROUTING and --save-mark after the packet was classified, '
      + 'so later packets of the flow get the same nfmark.',
    example: '-A PREROUTING -j CONNMARK --restore-mark --nfmask 0xff --ctmask 0xff',
    options: [
      { name: '--set-xmark', value: 'mark', invertible: false, doc: 'Clears the bits in ctmask, then XORs value into the ctmark (`value[/ctmask]`).', example: '--set-xmark 0x1/0xff' },
      { name: '--set-mark', value: 'mark', invertible: false, field: 'ct.mark', doc: 'Clears the bits in mask, then ORs value into the ctmark; without a mask it replaces the ctmark.', example: '--set-mark 0x1' },
      { name: '--save-mark', value: 'none', argCount: 0, invertible: false, doc: 'Copies the packet mark into the connection mark, limited by --nfmask/--ctmask (or --mask).' },
      { name: '--restore-mark', value: 'none', argCount: 0, invertible: false, doc: 'Copies the connection mark into the packet mark, limited by --ctmask/--nfmask (or --mask).' },
      { name: '--ctmask', value: 'mark', invertible: false, doc: 'With --save-mark or --restore-mark: which ctmark bits take part.', example: '--ctmask 0xff' },
      { name: '--nfmask', value: 'mark', invertible: false, doc: 'With --save-mark or --restore-mark: which nfmark bits take part.', example: '--nfmask 0xff' },
      { name: '--mask', value: 'mark', invertible: false, doc: 'Older form that sets --ctmask and --nfmask to the same value.', example: '--mask 0xff' },
      bitOp('--and-mark', 'connection mark', 'ANDs'), bitOp('--or-mark', 'connection mark', 'ORs'), bitOp('--xor-mark', 'connection mark', 'XORs'),
      { name: '--left-shift-mark', value: 'int', min: 0, max: 31, invertible: false, doc: 'With --save-mark or --restore-mark, shifts the copied value left by this many bits.', example: '--left-shift-mark 8' },
      { name: '--right-shift-mark', value: 'int', min: 0, max: 31, invertible: false, doc: 'With --save-mark or --restore-mark, shifts the copied value right by this many bits.', example: '--right-shift-mark 8' },
    ],
  },
  {
    name: 'SECMARK', kind: 'target', families: BOTH, kernelModule: 'xt_SECMARK', terminal: false,
    tables: ['mangle', 'security'],
    summary: 'Label the packet with an SELinux security context.',
    doc: 'Sets the packet\'s security mark from an SELinux context so that the policy can control which domains '
      + 'may send or receive it. Only valid in the mangle and security tables and needs an LSM with secmark support.',
    example: '-A INPUT -p tcp -m tcp --dport 22 -j SECMARK --selctx system_u:object_r:ssh_server_packet_t:s0',
    options: [{ name: '--selctx', value: 'string', maxLength: 255, required: true, invertible: false, doc: 'SELinux security context to assign.', example: '--selctx system_u:object_r:http_packet_t:s0' }],
  },
  {
    name: 'CONNSECMARK', kind: 'target', families: BOTH, kernelModule: 'xt_CONNSECMARK', terminal: false,
    tables: ['mangle', 'security'],
    summary: 'Copy the security mark between packet and connection.',
    doc: 'Saves a packet\'s SELinux security mark in its connection, or restores it from there, so that every '
      + 'packet of a flow carries the label given to the first. Only valid in mangle and security.',
    example: '-A INPUT -m conntrack --ctstate NEW -j CONNSECMARK --save',
    options: [
      { name: '--save', value: 'none', argCount: 0, invertible: false, conflicts: ['--restore'], doc: 'Copies the packet\'s security mark to the connection if the connection has none.' },
      { name: '--restore', value: 'none', argCount: 0, invertible: false, conflicts: ['--save'], doc: 'Copies the connection\'s security mark to the packet if the packet has none.' },
    ],
  },
  {
    name: 'CLASSIFY', kind: 'target', families: BOTH, kernelModule: 'xt_CLASSIFY', terminal: false,
    hooks: ['forward', 'output', 'postrouting'],
    summary: 'Put the packet into a traffic-control class.',
    doc: 'Sets skb->priority to a tc class id so that a classful qdisc (HTB, HFSC…) queues the packet there '
      + 'without a tc filter. Any table, but only in FORWARD, OUTPUT and POSTROUTING; mangle is customary.',
    example: '-A POSTROUTING -o eth0 -p tcp -m tcp --sport 80 -j CLASSIFY --set-class 1:10',
    options: [{ name: '--set-class', value: 'other', required: true, invertible: false, doc: 'Class id `major:minor`, both hexadecimal.', example: '--set-class 1:10' }],
  },
  hmark(),
  {
    name: 'SET', kind: 'target', families: BOTH, kernelModule: 'xt_set', terminal: false,
    summary: 'Add or remove packet addresses/ports to or from an ipset.',
    doc: 'Adds the packet\'s addresses, ports or interface to an ipset, deletes them from it, or reads a skbinfo '
      + 'set to set mark, priority or queue. The flags argument lists which packet fields fill the set\'s '
      + 'dimensions (`src`, `dst`). The set must exist when the rule is loaded.',
    example: '-A INPUT -p tcp -m tcp --dport 22 -m conntrack --ctstate NEW -j SET --add-set ssh_clients src --exist --timeout 600',
    options: [
      { name: '--add-set', value: 'other', argCount: 2, invertible: false, doc: 'Adds the entry built from the flags (e.g. `src`, `src,dst`) to the named set.', example: '--add-set blocked src' },
      { name: '--del-set', value: 'other', argCount: 2, invertible: false, doc: 'Deletes the entry built from the flags from the named set.', example: '--del-set blocked src' },
      { name: '--map-set', value: 'other', argCount: 2, invertible: false, doc: 'Looks the packet up in a set with skbinfo extensions and applies the stored values chosen by --map-mark/--map-prio/--map-queue.', example: '--map-set qos dst --map-mark' },
      { name: '--exist', value: 'none', argCount: 0, invertible: false, doc: 'With --add-set, refreshes the timeout of an entry that is already present.' },
      { name: '--timeout', value: 'int', min: 0, max: 4294967295, invertible: false, doc: 'With --add-set, the entry\'s timeout in seconds instead of the set\'s default.', example: '--timeout 600' },
      { name: '--map-mark', value: 'none', argCount: 0, invertible: false, doc: 'With --map-set, sets the packet mark from the entry.' },
      { name: '--map-prio', value: 'none', argCount: 0, invertible: false, doc: 'With --map-set, sets the traffic-control priority from the entry.' },
      { name: '--map-queue', value: 'none', argCount: 0, invertible: false, doc: 'With --map-set, sets the transmit queue from the entry.' },
    ],
  },
];

/** HMARK: mark by hash of chosen header fields. */
function hmark(): IptExtension {
  const hexOption = (name: string, doc: string): IptOption => ({ name, value: 'int', min: 0, max: 4294967295, invertible: false, doc });
  return {
    name: 'HMARK', kind: 'target', families: BOTH, kernelModule: 'xt_HMARK', terminal: false,
    summary: 'Set the packet mark from a hash of its addresses and ports.',
    doc: 'Computes a hash over the packet\'s addresses, ports, SPI and protocol (after masking) and sets the mark to '
      + 'offset + hash mod N, spreading flows over N routing tables or links. The hash is symmetric, so both '
      + 'directions of a flow get the same mark. --hmark-mod and --hmark-rnd must be given.',
    example: '-A PREROUTING -j HMARK --hmark-tuple src,dst,sport,dport --hmark-mod 4 --hmark-offset 10 --hmark-rnd 0xcafe',
    options: [
      {
        name: '--hmark-tuple', value: 'enum', values: ['src', 'dst', 'sport', 'dport', 'spi', 'proto', 'ct'], listsAllowed: true,
        invertible: false, doc: 'Fields fed to the hash; `ct` takes them from the conntrack original tuple (before NAT).', example: '--hmark-tuple src,dst',
      },
      { name: '--hmark-mod', value: 'int', min: 1, max: 4294967295, required: true, invertible: false, doc: 'Number of buckets N; the mark is the hash modulo N plus the offset.', example: '--hmark-mod 4' },
      hexOption('--hmark-offset', 'Value added to the bucket number to form the mark.'),
      { ...hexOption('--hmark-rnd', 'Seed of the hash; use the same value on hosts that must agree.'), required: true },
      { name: '--hmark-src-prefix', value: 'int', min: 0, max: 128, invertible: false, doc: 'Prefix length kept of the source address before hashing.' },
      { name: '--hmark-dst-prefix', value: 'int', min: 0, max: 128, invertible: false, doc: 'Prefix length kept of the destination address before hashing.' },
      { name: '--hmark-sport-mask', value: 'int', min: 0, max: 65535, invertible: false, doc: 'Mask ANDed with the source port before hashing.' },
      { name: '--hmark-dport-mask', value: 'int', min: 0, max: 65535, invertible: false, doc: 'Mask ANDed with the destination port before hashing.' },
      hexOption('--hmark-spi-mask', 'Mask ANDed with the ESP/AH security parameter index before hashing.'),
      { name: '--hmark-sport', value: 'int', min: 0, max: 65535, invertible: false, doc: 'Value ORed into the source port before hashing.' },
      { name: '--hmark-dport', value: 'int', min: 0, max: 65535, invertible: false, doc: 'Value ORed into the destination port before hashing.' },
      hexOption('--hmark-spi', 'Value ORed into the ESP/AH security parameter index before hashing.'),
      { name: '--hmark-proto-mask', value: 'int', min: 0, max: 65535, invertible: false, doc: 'Mask ANDed with the protocol number before hashing.' },
    ],
  };
}
