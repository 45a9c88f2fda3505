/**
 * Common targets from the xtables-addons package (not part of iptables or the mainline kernel). Table and hook
 * limits are only listed where the module enforces them for certain, so diagnostics never claim more than is known.
 */
import type { IptExtension, IptOption } from '../types';

const BOTH: IptExtension['families'] = ['ipv4', 'ipv6'];

/** Marks an entry as coming from xtables-addons. */
function addon(entry: Omit<IptExtension, 'kind' | 'xtablesAddons'>): IptExtension {
  return { ...entry, kind: 'target', xtablesAddons: true };
}

/** A flag option without argument. */
function flag(name: string, doc: string, conflicts?: string[]): IptOption {
  return { name, value: 'none', argCount: 0, invertible: false, doc, ...(conflicts ? { conflicts } : {}) };
}

export const ADDON_TARGETS: IptExtension[] = [
  addon({
    name: 'TARPIT', families: BOTH, kernelModule: 'xt_TARPIT', terminal: true, requiresProtocol: ['tcp'],
    summary: 'Hold TCP connections open with a zero window to slow scanners down.',
    doc: 'Answers TCP connection attempts so that the peer is stuck with a zero-size window and keeps spending '
      + 'resources while this host keeps no state. Needs -p tcp; exclude the traffic from conntrack to save memory.',
    example: '-A INPUT -p tcp -m tcp --dport 25 -j TARPIT',
    options: [
      flag('--tarpit', 'Default mode: accept the handshake and advertise a zero window.', ['--honeypot', '--reset']),
      flag('--honeypot', 'Behave like a normal but very slow server, to keep honeypot sessions alive.', ['--tarpit', '--reset']),
      flag('--reset', 'Answer with a TCP reset that carries no state.', ['--tarpit', '--honeypot']),
    ],
  }),
  addon({
    name: 'DELUDE', families: ['ipv4'], kernelModule: 'xt_DELUDE', terminal: true, requiresProtocol: ['tcp'],
    summary: 'Pretend every port is open to SYN scans.',
    doc: 'Answers a SYN with SYN-ACK and anything else with a reset, so port scanners see the port as open '
      + 'although no connection can be made. Needs -p tcp.',
    example: '-A INPUT -p tcp -j DELUDE',
    options: [],
  }),
  addon({
    name: 'CHAOS', families: ['ipv4'], kernelModule: 'xt_CHAOS', terminal: true,
    summary: 'Randomly reject, tarpit or delude to confuse scanners.',
    doc: 'Mostly rejects like REJECT, but randomly answers some TCP packets as DELUDE or TARPIT would, to make '
      + 'port scan results unreliable. Needs the xt_TARPIT and xt_DELUDE modules too.',
    example: '-A INPUT -p tcp -m conntrack --ctstate NEW -j CHAOS --tarpit',
    options: [
      flag('--delude', 'Use DELUDE for the randomly chosen TCP packets.', ['--tarpit']),
      flag('--tarpit', 'Use TARPIT for the randomly chosen TCP packets.', ['--delude']),
    ],
  }),
  addon({
    name: 'ECHO', families: BOTH, kernelModule: 'xt_ECHO', terminal: true,
    summary: 'Send the packet back to its sender.',
    doc: 'Returns a UDP packet to its source with addresses and ports swapped, a minimal in-kernel echo service '
      + '(RFC 862) used for testing; the original packet is consumed.',
    example: '-A INPUT -p udp -m udp --dport 7 -j ECHO',
    options: [],
  }),
  addon({
    name: 'LOGMARK', families: BOTH, kernelModule: 'xt_LOGMARK', terminal: false,
    summary: 'Log the packet\'s marks and conntrack details.',
    doc: 'Writes the nfmark, ctmark, conntrack state and status of the packet to the kernel log, to debug marking '
      + 'rules, and continues.',
    example: '-A PREROUTING -j LOGMARK --log-prefix "mark: "',
    options: [
      { name: '--log-level', value: 'log-level', invertible: false, doc: 'Syslog level of the lines (0-7 or a name).', example: '--log-level debug' },
      { name: '--log-prefix', value: 'string', maxLength: 31, invertible: false, doc: 'Text put before each line.', example: '--log-prefix "mark: "' },
    ],
  }),
  addon({
    name: 'SYSRQ', families: BOTH, kernelModule: 'xt_SYSRQ', terminal: true,
    summary: 'Trigger magic SysRq keys from authenticated network packets.',
    doc: 'Runs SysRq commands carried in UDP packets signed with a shared secret (set as a module parameter), to '
      + 'reboot or sync a hung host remotely. Restrict it tightly by source address and port.',
    example: '-A INPUT -s 192.0.2.5 -p udp -m udp --dport 9 -j SYSRQ',
    options: [],
  }),
  addon({
    name: 'STEAL', families: BOTH, kernelModule: 'xt_STEAL', terminal: true,
    summary: 'Silently take the packet away.',
    doc: 'Like DROP, but the packet is reported to the stack as consumed (stolen), so local senders get no error.',
    example: '-A OUTPUT -d 192.0.2.1 -j STEAL',
    options: [],
  }),
  addon({
    name: 'ACCOUNT', families: ['ipv4'], kernelModule: 'xt_ACCOUNT', terminal: false,
    summary: 'Per-address traffic accounting for a network.',
    doc: 'Keeps packet and byte counters for every address of a network in a named table, read with the '
      + 'iptaccount tool; efficient for large networks.',
    example: '-A FORWARD -j ACCOUNT --addr 10.0.0.0/24 --tname lan',
    options: [
      { name: '--addr', value: 'address-prefix', required: true, invertible: false, doc: 'Network whose addresses are counted (at most a /8).', example: '--addr 10.0.0.0/24' },
      { name: '--tname', value: 'string', maxLength: 31, required: true, invertible: false, doc: 'Name of the accounting table.', example: '--tname lan' },
    ],
  }),
  addon({
    name: 'DNETMAP', families: ['ipv4'], kernelModule: 'xt_DNETMAP', terminal: true, tables: ['nat'],
    summary: 'Dynamic 1:1 NAT from a pool of addresses.',
    doc: 'Maps each inside host to its own address of a prefix, allocated on first use and kept for a time-to-live; '
      + 'in PREROUTING it translates the destinations back. Only valid in the nat table.',
    example: '-A POSTROUTING -s 10.0.0.0/24 -j DNETMAP --prefix 198.51.100.0/28',
    options: [
      { name: '--prefix', value: 'address-prefix', invertible: false, doc: 'Pool of outside addresses as address/prefix.', example: '--prefix 198.51.100.0/28' },
      flag('--reuse', 'Give a returning host its previous address again.'),
      { name: '--ttl', value: 'other', invertible: false, doc: 'Seconds a mapping stays unused before it is freed (-1 for a permanent mapping).' },
      flag('--static', 'Use only static mappings configured through procfs.'),
      flag('--persistent', 'Keep mappings even when the rule is removed.'),
    ],
  }),
  addon({
    name: 'DHCPMAC', families: ['ipv4'], kernelModule: 'xt_DHCPMAC', terminal: false,
    summary: 'Rewrite the client MAC inside DHCP messages.',
    doc: 'Changes the client hardware address field of DHCP packets, to let one host request leases for others '
      + '(testing, MAC-based lease pools).',
    example: '-A INPUT -p udp -m udp --dport 67 -j DHCPMAC --set-mac 02:00:00:00:00:01',
    options: [{ name: '--set-mac', value: 'other', required: true, invertible: false, doc: 'New MAC address, optionally `/mask` to replace only the leading bits.', example: '--set-mac 02:00:00:00:00:01' }],
  }),
  addon({
    name: 'IPMARK', families: BOTH, kernelModule: 'xt_IPMARK', terminal: false,
    summary: 'Derive the packet mark from its IP address.',
    doc: 'Sets the packet mark from the source or destination address, shifted and masked, so one rule can '
      + 'classify many hosts into tc classes or routing tables.',
    example: '-A POSTROUTING -o eth0 -j IPMARK --addr dst --and-mask 0xff --or-mask 0x10000',
    options: [
      { name: '--addr', value: 'enum', values: ['src', 'dst'], required: true, invertible: false, doc: 'Which address feeds the mark.', example: '--addr src' },
      { name: '--and-mask', value: 'mark', invertible: false, doc: 'Mask ANDed with the shifted address.' },
      { name: '--or-mask', value: 'mark', invertible: false, doc: 'Bits ORed in after the AND.' },
      { name: '--shift', value: 'int', min: 0, max: 31, invertible: false, doc: 'Right shift applied to the address first.' },
    ],
  }),
];
