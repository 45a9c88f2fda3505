import { mustRun, runIn } from './run';
import {
  CLIENT4, CLIENT6, FW4, FW6, FW_CLIENT_IF, FW_SERVER_IF, FW_SERVER_SIDE4, FW_SERVER_SIDE6, PEER_IF, PREFIX4, PREFIX6,
  SERVER4, SERVER6,
} from './topology-addresses';

/** The three namespaces of one trace run. */
export interface Topology {
  client: string;
  fw: string;
  server: string;
}

// Client and server never answer (except neighbour discovery), so replies cannot change fw's conntrack state
// behind a test's back; packets a test wants from the server side are sent explicitly (`via: 'server'`).
const QUIET_TABLE = `table inet nfrquiet {
  chain input {
    type filter hook input priority 0; policy drop;
    icmpv6 type { nd-neighbor-solicit, nd-neighbor-advert } accept
  }
}
`;

/** fw's interface names (default veth-c and veth-s); a ruleset that names other interfaces can get them instead. */
export interface FwInterfaces {
  client?: string;
  server?: string;
}

/** Wires client -- fw -- server with veth pairs, addresses, routes and forwarding; fw gets `localAddresses` on lo. */
export async function buildTopology(t: Topology, localAddresses: readonly string[] = [], names: FwInterfaces = {}): Promise<void> {
  const clientIf = names.client ?? FW_CLIENT_IF;
  const serverIf = names.server ?? FW_SERVER_IF;
  for (const name of [clientIf, serverIf]) {
    if (!/^[A-Za-z0-9_.-]{1,15}$/.test(name) || name === PEER_IF || name === 'lo') throw new Error(`unusable interface name for fw: ${name}`);
  }
  await sysctls(t);
  await mustRun('ip', ['link', 'add', clientIf, 'netns', t.fw, 'type', 'veth', 'peer', 'name', PEER_IF, 'netns', t.client]);
  await mustRun('ip', ['link', 'add', serverIf, 'netns', t.fw, 'type', 'veth', 'peer', 'name', PEER_IF, 'netns', t.server]);
  await address(t.fw, clientIf, FW4, FW6);
  await address(t.fw, serverIf, FW_SERVER_SIDE4, FW_SERVER_SIDE6);
  await address(t.client, PEER_IF, CLIENT4, CLIENT6);
  await address(t.server, PEER_IF, SERVER4, SERVER6);
  for (const extra of localAddresses) {
    const v6 = extra.includes(':');
    const cidr = extra.includes('/') ? extra : `${extra}/${v6 ? 128 : 32}`;
    await mustRun('ip', ['-n', t.fw, 'addr', 'add', cidr, 'dev', 'lo', ...(v6 ? ['nodad'] : [])]);
  }
  await staticNeighbours(t, clientIf, serverIf);
  await defaultRoutes(t.client, FW4, FW6);
  await defaultRoutes(t.server, FW_SERVER_SIDE4, FW_SERVER_SIDE6);
  for (const ns of [t.client, t.server]) {
    const loaded = await runIn(ns, 'nft', ['-f', '-'], { input: QUIET_TABLE });
    if (loaded.code !== 0) throw new Error(`quiet table: ${loaded.stderr}`);
  }
}

// Permanent neighbour entries: no packet waits in a neighbour queue (which would let a later packet overtake it,
// breaking the in-order assumption of the trace), and no ARP/ND traffic.
async function staticNeighbours(t: Topology, clientIf: string, serverIf: string): Promise<void> {
  const fwClientMac = await mac(t.fw, clientIf);
  const fwServerMac = await mac(t.fw, serverIf);
  const clientMac = await mac(t.client, PEER_IF);
  const serverMac = await mac(t.server, PEER_IF);
  const entries: [string, string, string, string][] = [
    [t.client, PEER_IF, FW4, fwClientMac], [t.client, PEER_IF, FW6, fwClientMac],
    [t.server, PEER_IF, FW_SERVER_SIDE4, fwServerMac], [t.server, PEER_IF, FW_SERVER_SIDE6, fwServerMac],
    [t.fw, clientIf, CLIENT4, clientMac], [t.fw, clientIf, CLIENT6, clientMac],
    [t.fw, serverIf, SERVER4, serverMac], [t.fw, serverIf, SERVER6, serverMac],
  ];
  for (const [ns, dev, ip, lladdr] of entries) {
    await mustRun('ip', ['-n', ns, 'neigh', 'replace', ip, 'lladdr', lladdr, 'dev', dev, 'nud', 'permanent']);
  }
}

async function mac(ns: string, dev: string): Promise<string> {
  const links = JSON.parse(await mustRun('ip', ['-j', '-n', ns, 'link', 'show', 'dev', dev])) as { address?: string }[];
  const address = links[0]?.address;
  if (!address) throw new Error(`no MAC address for ${dev} in ${ns}`);
  return address;
}

async function sysctls(t: Topology): Promise<void> {
  const common = ['net.ipv4.conf.all.rp_filter=0', 'net.ipv4.conf.default.rp_filter=0', 'net.ipv6.conf.all.accept_dad=0',
    'net.ipv6.conf.default.accept_dad=0', 'net.ipv6.conf.default.router_solicitations=0'];
  for (const ns of [t.client, t.server]) await mustRun('ip', ['netns', 'exec', ns, 'sysctl', '-qw', ...common]);
  await mustRun('ip', ['netns', 'exec', t.fw, 'sysctl', '-qw', ...common, 'net.ipv4.ip_forward=1',
    'net.ipv6.conf.all.forwarding=1']);
}

async function address(ns: string, dev: string, v4: string, v6: string): Promise<void> {
  await mustRun('ip', ['-n', ns, 'addr', 'add', `${v4}/${PREFIX4}`, 'dev', dev]);
  await mustRun('ip', ['-n', ns, 'addr', 'add', `${v6}/${PREFIX6}`, 'dev', dev, 'nodad']);
  await mustRun('ip', ['-n', ns, 'link', 'set', dev, 'up']);
}

async function defaultRoutes(ns: string, via4: string, via6: string): Promise<void> {
  await mustRun('ip', ['-n', ns, 'route', 'add', 'default', 'via', via4]);
  await mustRun('ip', ['-n', ns, '-6', 'route', 'add', 'default', 'via', via6]);
}
