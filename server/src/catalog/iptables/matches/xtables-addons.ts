/** Common matches of the xtables-addons package (not in mainline iptables or the kernel). */
import type { IptExtension, IptOption } from '../types';

const BOTH: ['ipv4', 'ipv6'] = ['ipv4', 'ipv6'];
const ADDONS = 'Provided by xtables-addons, which needs its own kernel modules built for the running kernel.';

function flag(name: string, doc: string, invertible = false): IptOption {
  return { name, value: 'none', argCount: 0, invertible, doc };
}

const CONDITION: IptExtension = {
  name: 'condition', kind: 'match', families: BOTH, kernelModule: 'xt_condition', xtablesAddons: true, stateful: true,
  summary: 'A switch toggled from user space through /proc.',
  doc: `Matches while /proc/net/nf_condition/NAME holds 1; writing 0 or 1 there turns rules on or off without reloading. ${ADDONS}`,
  example: '-A INPUT -p tcp -m tcp --dport 80 -m condition --condition web_open -j ACCEPT',
  options: [{ name: '--condition', value: 'string', maxLength: 30, invertible: true, required: true, doc: 'Name of the condition variable.', example: '--condition maintenance' }],
};

const GEOIP: IptExtension = {
  name: 'geoip', kind: 'match', families: BOTH, kernelModule: 'xt_geoip', xtablesAddons: true, stateful: true,
  summary: 'Country of the source or destination address.',
  doc: `Looks addresses up in a country database prepared under /usr/share/xt_geoip and compares the country code. ${ADDONS}`,
  example: '-A INPUT -m geoip --src-cc CN,RU -j DROP',
  options: [
    { name: '--src-cc', value: 'string', listsAllowed: true, invertible: true, doc: 'Comma list of up to 15 two-letter country codes for the source.', example: '--src-cc DE,FR' },
    { name: '--dst-cc', value: 'string', listsAllowed: true, invertible: true, doc: 'Comma list of country codes for the destination.', example: '--dst-cc US' },
  ],
};

const IPP2P: IptExtension = {
  name: 'ipp2p', kind: 'match', families: BOTH, kernelModule: 'xt_ipp2p', xtablesAddons: true, stateful: true,
  requiresProtocol: ['tcp', 'udp'],
  summary: 'Recognises peer-to-peer protocols from payload.',
  doc: `Inspects payload for signatures of classic file-sharing protocols. Needs \`-p tcp\` or \`-p udp\`. ${ADDONS}`,
  example: '-A FORWARD -p tcp -m ipp2p --bit -j DROP',
  options: [
    flag('--edk', 'eDonkey/eMule.'), flag('--kazaa', 'KaZaA.'), flag('--gnu', 'Gnutella.'), flag('--dc', 'Direct Connect.'),
    flag('--bit', 'BitTorrent.'), flag('--apple', 'AppleJuice.'), flag('--soul', 'SoulSeek.'), flag('--winmx', 'WinMX.'),
    flag('--ares', 'Ares and AresLite.'), flag('--debug', 'Logs details of detections to the kernel log.'),
  ],
};

const PSD: IptExtension = {
  name: 'psd', kind: 'match', families: ['ipv4'], kernelModule: 'xt_psd', xtablesAddons: true, stateful: true,
  summary: 'Port-scan detector.',
  doc: 'Scores connection attempts per source to new ports (low ports weigh more) and matches when the score within '
    + `the delay window crosses a threshold. ${ADDONS}`,
  example: '-A INPUT -m psd --psd-weight-threshold 21 --psd-delay-threshold 300 -j DROP',
  options: [
    { name: '--psd-weight-threshold', value: 'int', min: 1, invertible: false, doc: 'Score that marks a scan; default 21.', example: '--psd-weight-threshold 21' },
    { name: '--psd-delay-threshold', value: 'int', min: 1, invertible: false, doc: 'Window in hundredths of a second; default 300.', example: '--psd-delay-threshold 300' },
    { name: '--psd-lo-ports-weight', value: 'int', min: 0, invertible: false, doc: 'Weight of a port below 1024; default 3.', example: '--psd-lo-ports-weight 3' },
    { name: '--psd-hi-ports-weight', value: 'int', min: 0, invertible: false, doc: 'Weight of a higher port; default 1.', example: '--psd-hi-ports-weight 1' },
  ],
};

const FUZZY: IptExtension = {
  name: 'fuzzy', kind: 'match', families: BOTH, kernelModule: 'xt_fuzzy', xtablesAddons: true, stateful: true,
  summary: 'Rate limit with fuzzy-logic smoothing.',
  doc: `Estimates the packet rate and matches with a probability that rises from 0 at the lower limit to 1 at the upper one. ${ADDONS}`,
  example: '-A INPUT -p tcp -m tcp --syn -m fuzzy --lower-limit 100 --upper-limit 1000 -j DROP',
  options: [
    { name: '--lower-limit', value: 'int', min: 1, invertible: false, doc: 'Packets per second below which nothing matches.', example: '--lower-limit 100' },
    { name: '--upper-limit', value: 'int', min: 1, invertible: false, doc: 'Packets per second above which everything matches.', example: '--upper-limit 1000' },
  ],
};

const IFACE: IptExtension = {
  name: 'iface', kind: 'match', families: BOTH, kernelModule: 'xt_iface', xtablesAddons: true, stateful: true,
  summary: 'State flags of a network interface.',
  doc: `Tests the flags (up, running, promiscuous…) of a named interface, or of the packet's own input or output device. ${ADDONS}`,
  example: '-A FORWARD -m iface --iface ppp0 --up -j ACCEPT',
  options: [
    { name: '--iface', value: 'interface', invertible: false, conflicts: ['--dev-in', '--dev-out'], doc: 'Interface whose flags are tested.', example: '--iface eth0' },
    flag('--dev-in', 'Tests the packet\'s input interface.'), flag('--dev-out', 'Tests the packet\'s output interface.'),
    flag('--up', 'UP flag set.', true), flag('--down', 'UP flag clear.', true), flag('--broadcast', 'BROADCAST flag set.', true),
    flag('--loopback', 'LOOPBACK flag set.', true), flag('--pointtopoint', 'POINTOPOINT flag set.', true),
    flag('--running', 'RUNNING flag set (not reliable on every driver).', true), flag('--noarp', 'NOARP flag set.', true),
    flag('--arp', 'NOARP flag clear.', true), flag('--promisc', 'PROMISC flag set.', true), flag('--multicast', 'MULTICAST flag set.', true),
    flag('--dynamic', 'DYNAMIC flag set.', true), flag('--lower-up', 'LOWER_UP flag set (carrier present).', true),
    flag('--dormant', 'DORMANT flag set.', true),
  ],
};

const LSCAN: IptExtension = {
  name: 'lscan', kind: 'match', families: BOTH, kernelModule: 'xt_lscan', xtablesAddons: true, stateful: true,
  requiresProtocol: ['tcp'],
  summary: 'Detects low-level TCP scan patterns.',
  doc: `Classifies TCP connections by how their handshake went, to catch stealth, SYN, connect and grab scans. Needs \`-p tcp\` and conntrack. ${ADDONS}`,
  example: '-A INPUT -p tcp -m lscan --stealth --synscan -j DROP',
  options: [
    flag('--stealth', 'Segments that are not part of any connection attempt (e.g. stray FIN/NULL/Xmas).'),
    flag('--synscan', 'Connections abandoned right after the SYN/ACK (half-open scan).'),
    flag('--cnscan', 'Connections closed right after the handshake without data.'),
    flag('--grscan', 'Connections closed after the server sent data but the client sent none (banner grab).'),
    flag('--mirai', 'Connection attempts whose sequence number equals the destination address, as Mirai-style scanners do.'),
  ],
};

const PKNOCK: IptExtension = {
  name: 'pknock', kind: 'match', families: ['ipv4'], kernelModule: 'xt_pknock', xtablesAddons: true, stateful: true,
  summary: 'Port knocking: opens a port after a knock sequence or an authenticated UDP packet.',
  doc: 'Records per source whether it knocked on the listed ports in order (TCP mode) or sent an HMAC-signed UDP '
    + `packet (secret mode); \`--checkip\` rules then match allowed sources. State is in /proc/net/xt_pknock/NAME. ${ADDONS}`,
  example: '-A INPUT -p tcp -m pknock --knockports 4002,4001,4004 --strict --name SSH --time 10 --autoclose 60 --dport 22 -j ACCEPT',
  options: [
    { name: '--knockports', value: 'port-list', listsAllowed: true, invertible: false, doc: 'Ports to knock on, in order.', example: '--knockports 7000,8000,9000' },
    { name: '--time', value: 'int', min: 0, invertible: false, doc: 'Maximum seconds between knocks.', example: '--time 10' },
    { name: '--autoclose', value: 'int', min: 0, invertible: false, doc: 'Minutes after which an opened source is closed again; 0 never.', example: '--autoclose 60' },
    { name: '--name', value: 'string', maxLength: 31, invertible: false, required: true, doc: 'Name of the rule\'s state table.', example: '--name SSH' },
    { name: '--opensecret', value: 'string', invertible: false, doc: 'HMAC key of the opening UDP packet.', example: '--opensecret foo' },
    { name: '--closesecret', value: 'string', invertible: false, doc: 'HMAC key of the closing UDP packet.', example: '--closesecret bar' },
    flag('--checkip', 'Matches sources that completed the knock; used on the protected port.'),
    flag('--strict', 'Any wrong knock resets the sequence.'),
  ],
};

const QUOTA2: IptExtension = {
  name: 'quota2', kind: 'match', families: BOTH, kernelModule: 'xt_quota2', xtablesAddons: true, stateful: true,
  summary: 'Named byte or packet counter, readable and resettable via /proc.',
  doc: 'A quota counter shared by name; counts down (matching until it reaches zero) or, with `--grow`, up (always '
    + `matching). Its value is read and set through /proc/net/xt_quota/NAME. ${ADDONS}`,
  example: '-A FORWARD -s 192.168.1.20 -m quota2 --name guest --quota 1000000000 -j ACCEPT',
  options: [
    { name: '--name', value: 'string', maxLength: 15, invertible: false, required: true, doc: 'Counter name (no slash, no leading dot).', example: '--name guest' },
    { name: '--quota', value: 'int', min: 0, invertible: true, doc: 'Initial value, applied only when the counter is created.', example: '--quota 500000' },
    flag('--grow', 'Counts upwards instead of down.'),
    flag('--no-change', 'Tests the counter without changing it.'),
    flag('--packets', 'Counts packets instead of bytes.'),
  ],
};

const IPV4OPTIONS: IptExtension = {
  name: 'ipv4options', kind: 'match', families: ['ipv4'], kernelModule: 'xt_ipv4options', xtablesAddons: true,
  summary: 'Options present in the IPv4 header.',
  doc: `Tests which IPv4 header options the packet carries, e.g. to drop source-routed packets. ${ADDONS}`,
  example: '-A INPUT -m ipv4options --flags lsrr,ssrr --any -j DROP',
  options: [
    {
      name: '--flags', value: 'other', listsAllowed: true, invertible: false,
      values: ['nop', 'security', 'lsrr', 'timestamp', 'record-route', 'ssrr', 'mtu-probe', 'mtu-reply', 'traceroute', 'router-alert'],
      doc: 'Comma list of option names or numbers that must be present; `!` before one requires it absent.',
      example: '--flags \'!nop,timestamp\'',
    },
    flag('--any', 'One of the listed conditions suffices instead of all.'),
  ],
};

const DHCPMAC: IptExtension = {
  name: 'dhcpmac', kind: 'match', families: ['ipv4'], kernelModule: 'xt_DHCPMAC', xtablesAddons: true,
  requiresProtocol: ['udp'],
  summary: 'Client hardware address inside DHCP messages.',
  doc: `Compares the chaddr field of a DHCP/BOOTP message with a MAC address and mask. Needs \`-p udp\`. ${ADDONS}`,
  example: '-A INPUT -p udp -m udp --dport 67 -m dhcpmac --mac 52:54:00:00:00:00/24 -j ACCEPT',
  options: [{ name: '--mac', value: 'other', invertible: true, required: true, doc: 'MAC address with optional `/prefix` bits.', example: '--mac aa:bb:cc:00:00:00/24' }],
};

const GRADM: IptExtension = {
  name: 'gradm', kind: 'match', families: BOTH, kernelModule: 'xt_gradm', xtablesAddons: true, stateful: true,
  summary: 'Whether the grsecurity RBAC system is enabled.',
  doc: `Matches depending on whether grsecurity\'s role-based access control is active; only on grsecurity kernels. ${ADDONS}`,
  example: '-A INPUT -p tcp -m tcp --dport 22 -m gradm --disabled -j DROP',
  options: [
    { ...flag('--enabled', 'Matches while RBAC is enabled.'), conflicts: ['--disabled'] },
    { ...flag('--disabled', 'Matches while RBAC is disabled.'), conflicts: ['--enabled'] },
  ],
};

/** Common xtables-addons matches, all flagged xtablesAddons. */
export const XTABLES_ADDONS_MATCHES: IptExtension[] = [
  CONDITION, GEOIP, IPP2P, PSD, FUZZY, IFACE, LSCAN, PKNOCK, QUOTA2, IPV4OPTIONS, DHCPMAC, GRADM,
];
