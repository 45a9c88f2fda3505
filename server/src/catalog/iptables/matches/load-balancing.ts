/** Matches used by clusters and load balancers: cluster, ipvs. */
import type { IptExtension } from '../types';

const CLUSTER: IptExtension = {
  name: 'cluster', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_cluster', stateful: true,
  summary: 'Shares connections among cluster nodes by hashing.',
  doc: 'Hashes the connection\'s original source address (with a shared seed) into one of N nodes and matches when it '
    + 'falls on this node, so every node can receive all traffic (multicast MAC) yet each handles its own share. '
    + 'Works on conntrack, so every node needs the same seed and node count. Node numbers are 1-32.',
  example: '-A PREROUTING -t mangle -i eth1 -m cluster --cluster-total-nodes 2 --cluster-local-node 1 --cluster-hash-seed 0xdeadbeef -j MARK --set-mark 0xffff',
  options: [
    { name: '--cluster-total-nodes', value: 'int', min: 1, max: 32, invertible: false, required: true, doc: 'Number of nodes in the cluster.', example: '--cluster-total-nodes 3' },
    {
      name: '--cluster-local-node', value: 'int', min: 1, max: 32, invertible: true, conflicts: ['--cluster-local-nodemask'],
      doc: 'This node\'s number, 1 to the node count.', example: '--cluster-local-node 2',
    },
    {
      name: '--cluster-local-nodemask', value: 'int', min: 0, max: 4294967295, invertible: true, conflicts: ['--cluster-local-node'],
      doc: 'Bit mask of the nodes this machine stands in for (bit 0 is node 1), e.g. while a peer is down.',
      example: '--cluster-local-nodemask 0x3',
    },
    { name: '--cluster-hash-seed', value: 'int', min: 0, max: 4294967295, invertible: false, required: true, doc: 'Seed of the Jenkins hash; the same on all nodes.', example: '--cluster-hash-seed 0xdeadbeef' },
  ],
};

const IPVS: IptExtension = {
  name: 'ipvs', kind: 'match', families: ['ipv4', 'ipv6'], kernelModule: 'xt_ipvs',
  summary: 'Packets of IPVS (Linux Virtual Server) connections.',
  doc: 'Tests IPVS connection properties: whether the packet belongs to an IPVS connection at all, and its virtual '
    + 'service address, protocol, port, forwarding method and direction. Any option other than `--ipvs` implies it.',
  example: '-A POSTROUTING -t nat -m ipvs --vaddr 192.0.2.10/32 --vport 80 --vmethod MASQ -j SNAT --to-source 10.0.0.1',
  options: [
    { name: '--ipvs', value: 'none', argCount: 0, invertible: true, doc: 'Matches packets that belong to an IPVS connection.' },
    { name: '--vproto', value: 'protocol', invertible: true, doc: 'Protocol of the virtual service, by name or number.', example: '--vproto tcp' },
    { name: '--vaddr', value: 'address-prefix', invertible: true, doc: 'Virtual service address with optional prefix or mask.', example: '--vaddr 192.0.2.0/24' },
    { name: '--vport', value: 'port', invertible: true, doc: 'Virtual service port, by number or service name.', example: '--vport 443' },
    { name: '--vdir', value: 'enum', values: ['ORIGINAL', 'REPLY'], invertible: false, doc: 'Direction of the packet in the IPVS connection.', example: '--vdir REPLY' },
    { name: '--vmethod', value: 'enum', values: ['GATE', 'IPIP', 'MASQ'], invertible: true, doc: 'Forwarding method: GATE (direct routing), IPIP (tunnel) or MASQ (NAT).', example: '--vmethod GATE' },
    { name: '--vportctl', value: 'port', invertible: true, doc: 'Virtual port of the controlling connection, e.g. 21 for an FTP data connection.', example: '--vportctl 21' },
  ],
};

/** cluster, ipvs. */
export const LOAD_BALANCING_MATCHES: IptExtension[] = [CLUSTER, IPVS];
