/** Link-layer and device matches: mac, physdev, devgroup, pkttype, cpu. */
import type { IptExtension } from '../types';

const MAC: IptExtension = {
  name: 'mac', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_mac',
  hooks: ['prerouting', 'input', 'forward'],
  summary: 'Source Ethernet address.',
  doc: 'Tests the source MAC address of a received Ethernet frame. Only meaningful for packets that arrived from an '
    + 'Ethernet-like device, so it is allowed in PREROUTING, INPUT and FORWARD only.',
  example: '-A INPUT -m mac --mac-source 52:54:00:12:34:56 -j ACCEPT',
  options: [
    {
      name: '--mac-source', value: 'mac', invertible: true, required: true, field: 'ether.saddr',
      doc: 'Six colon-separated hex bytes.',
      example: '--mac-source 00:11:22:33:44:55',
    },
  ],
};

const PHYSDEV: IptExtension = {
  name: 'physdev', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_physdev',
  summary: 'Bridge ports of bridged packets.',
  doc: 'For packets crossing a Linux bridge, tests the bridge port they entered or will leave by, while `-i`/`-o` only '
    + 'see the bridge itself. Bridged IP traffic reaches iptables only with br_netfilter loaded and '
    + 'net.bridge.bridge-nf-call-iptables=1. The output port is known only in FORWARD, OUTPUT and POSTROUTING.',
  example: '-A FORWARD -m physdev --physdev-in veth1 --physdev-is-bridged -j ACCEPT',
  options: [
    {
      name: '--physdev-in', value: 'interface', invertible: true,
      doc: 'Bridge port the packet arrived on; a trailing `+` matches every name with that prefix.',
      example: '--physdev-in tap+',
    },
    {
      name: '--physdev-out', value: 'interface', invertible: true,
      doc: 'Bridge port the packet will leave by; only usable in FORWARD and POSTROUTING for bridged traffic.',
      example: '--physdev-out eth1',
    },
    { name: '--physdev-is-in', value: 'none', argCount: 0, invertible: true, doc: 'Matches when the packet entered through a bridge port.' },
    { name: '--physdev-is-out', value: 'none', argCount: 0, invertible: true, doc: 'Matches when the packet will leave through a bridge port.' },
    { name: '--physdev-is-bridged', value: 'none', argCount: 0, invertible: true, doc: 'Matches when the packet is being bridged rather than routed.' },
  ],
};

const DEVGROUP: IptExtension = {
  name: 'devgroup', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_devgroup',
  summary: 'Device group of the incoming or outgoing interface.',
  doc: 'Tests the numeric group of the interface (`ip link set dev X group N`), so one rule covers many interfaces. '
    + 'The incoming group is known in PREROUTING, INPUT and FORWARD, the outgoing one in FORWARD, OUTPUT and POSTROUTING.',
  example: '-A FORWARD -m devgroup --src-group 2 --dst-group 1 -j ACCEPT',
  options: [
    {
      name: '--src-group', value: 'other', invertible: true,
      doc: 'Group of the incoming interface, a number with optional `/mask` or a name from /etc/iproute2/group.',
      example: '--src-group 0x10/0xf0',
    },
    {
      name: '--dst-group', value: 'other', invertible: true,
      doc: 'Group of the outgoing interface.',
      example: '--dst-group 1',
    },
  ],
};

const PKTTYPE: IptExtension = {
  name: 'pkttype', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_pkttype',
  summary: 'Link-layer packet class: unicast, broadcast, multicast, otherhost.',
  doc: 'Tests how the packet was addressed at the link layer, from the receiving device\'s point of view. Locally '
    + 'generated packets are classed by their destination address.',
  example: '-A INPUT -m pkttype --pkt-type broadcast -j DROP',
  options: [
    {
      name: '--pkt-type', value: 'enum',
      values: ['unicast', 'broadcast', 'multicast', 'otherhost', 'host'], invertible: true, required: true, field: 'pkttype',
      doc: 'unicast (for this host; `host` is another name), broadcast, multicast, or otherhost (seen in promiscuous mode, meant for another host).',
      example: '--pkt-type multicast',
    },
  ],
};

const CPU: IptExtension = {
  name: 'cpu', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_cpu', stateful: true,
  summary: 'CPU that processes the packet.',
  doc: 'Compares the number of the CPU handling the packet, which with RSS/RPS spreads flows over CPUs; used to '
    + 'spread connections to several local daemons. Depends on the machine, so analysis treats it as unknown.',
  example: '-A PREROUTING -t nat -p tcp -m tcp --dport 80 -m cpu --cpu 0 -j REDIRECT --to-ports 8080',
  options: [
    {
      name: '--cpu', value: 'int', min: 0, max: 4294967295, invertible: true, required: true,
      doc: 'CPU number, counted from 0.',
      example: '--cpu 1',
    },
  ],
};

/** mac, physdev, devgroup, pkttype, cpu. */
export const INTERFACE_MATCHES: IptExtension[] = [MAC, PHYSDEV, DEVGROUP, PKTTYPE, CPU];
