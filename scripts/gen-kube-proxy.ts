/**
 * Writes a kube-proxy-style iptables-save file (iptables mode) for benchmarks: KUBE-SERVICES dispatch, one
 * KUBE-SVC-* chain per service port load-balancing over KUBE-SEP-* endpoint chains with `-m statistic`, NodePort
 * KUBE-EXT-* chains, session affinity with `-m recent`, REJECT rules for services without endpoints, and the
 * fixed KUBE-* plumbing. Output is deterministic for given arguments.
 *
 * usage: node out/scripts/gen-kube-proxy.js (--rules N | --services N) [--seed S] <output-file>
 *   --rules N     add services until the file holds at least N rules (`-A` lines)
 *   --services N  exactly N services
 */
import { writeFileSync } from 'node:fs';
import { makeService, chainName, type GeneratorOptions, parseGeneratorArgs, type Service } from './lib/kube-services';
import { random as seededRandom } from '../test/kernel/lib/trace-generator';

const CLUSTER_CIDR = '10.244.0.0/14';
const MASQ_MARK = '0x4000/0x4000';


/** The kube-proxy rules of one service in the nat table, keyed by chain so chains can be declared first. */
function natRules(service: Service, chains: Map<string, string[]>): void {
  if (service.endpoints.length === 0) return;
  const svc = chainName('KUBE-SVC', `${service.key}${service.protocol}`);
  const add = (chain: string, rule: string): void => {
    const list = chains.get(chain) ?? [];
    list.push(`-A ${chain} ${rule}`);
    chains.set(chain, list);
  };
  add('KUBE-SERVICES', `-d ${service.clusterIp}/32 -p ${service.protocol} -m comment --comment "${service.key} cluster IP" -m ${service.protocol} --dport ${service.port} -j ${svc}`);
  add(svc, `! -s ${CLUSTER_CIDR} -d ${service.clusterIp}/32 -p ${service.protocol} -m comment --comment "${service.key} cluster IP" -m ${service.protocol} --dport ${service.port} -j KUBE-MARK-MASQ`);
  if (service.nodePort !== undefined) {
    const ext = chainName('KUBE-EXT', `${service.key}${service.protocol}`);
    add('KUBE-NODEPORTS', `-p ${service.protocol} -m comment --comment "${service.key}" -m ${service.protocol} --dport ${service.nodePort} -j ${ext}`);
    add(ext, `-m comment --comment "masquerade traffic for ${service.key} external destinations" -j KUBE-MARK-MASQ`);
    add(ext, `-j ${svc}`);
  }
  const seps = service.endpoints.map((endpoint) => chainName('KUBE-SEP', `${service.key}${service.protocol}${endpoint}`));
  if (service.affinity) {
    service.endpoints.forEach((endpoint, i) => add(svc, `-m comment --comment "${service.key} -> ${endpoint}" -m recent --rcheck --seconds 10800 --reap --name ${seps[i]} --mask 255.255.255.255 --rsource -j ${seps[i]}`));
  }
  service.endpoints.forEach((endpoint, i) => {
    const left = service.endpoints.length - i;
    const statistic = left > 1 ? `-m statistic --mode random --probability ${(1 / left).toFixed(11)} ` : '';
    add(svc, `-m comment --comment "${service.key} -> ${endpoint}" ${statistic}-j ${seps[i]}`);
    const sep = seps[i];
    add(sep, `-s ${endpoint.split(':')[0]}/32 -m comment --comment "${service.key}" -j KUBE-MARK-MASQ`);
    const recent = service.affinity ? `-m recent --set --name ${sep} --mask 255.255.255.255 --rsource ` : '';
    add(sep, `-p ${service.protocol} -m comment --comment "${service.key}" ${recent}-m ${service.protocol} -j DNAT --to-destination ${endpoint}`);
  });
}

/** Filter-table REJECT rule for a service without endpoints (kube-proxy rejects instead of blackholing). */
function filterRule(service: Service): string | undefined {
  if (service.endpoints.length > 0) return undefined;
  return `-A KUBE-SERVICES -d ${service.clusterIp}/32 -p ${service.protocol} -m comment --comment "${service.key} has no endpoints" -m ${service.protocol} --dport ${service.port} -j REJECT --reject-with icmp-port-unreachable`;
}

const FILTER_CHAINS = ['KUBE-EXTERNAL-SERVICES', 'KUBE-FIREWALL', 'KUBE-FORWARD', 'KUBE-KUBELET-CANARY', 'KUBE-NODEPORTS',
  'KUBE-PROXY-CANARY', 'KUBE-PROXY-FIREWALL', 'KUBE-SERVICES'];

const FILTER_FIXED = [
  '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
  '-A INPUT -m comment --comment "kubernetes health check service ports" -j KUBE-NODEPORTS',
  '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
  '-A INPUT -j KUBE-FIREWALL',
  '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
  '-A FORWARD -m comment --comment "kubernetes forwarding rules" -j KUBE-FORWARD',
  '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  '-A FORWARD -m conntrack --ctstate NEW -m comment --comment "kubernetes externally-visible service portals" -j KUBE-EXTERNAL-SERVICES',
  '-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
  '-A OUTPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  '-A OUTPUT -j KUBE-FIREWALL',
  '-A KUBE-FIREWALL ! -s 127.0.0.0/8 -d 127.0.0.0/8 -m comment --comment "block incoming localnet connections" -m conntrack ! --ctstate RELATED,ESTABLISHED,DNAT -j DROP',
  '-A KUBE-FORWARD -m conntrack --ctstate INVALID -j DROP',
  `-A KUBE-FORWARD -m comment --comment "kubernetes forwarding rules" -m mark --mark ${MASQ_MARK} -j ACCEPT`,
  '-A KUBE-FORWARD -m comment --comment "kubernetes forwarding conntrack rule" -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT',
];

const NAT_CHAINS = ['KUBE-KUBELET-CANARY', 'KUBE-MARK-MASQ', 'KUBE-NODEPORTS', 'KUBE-POSTROUTING', 'KUBE-PROXY-CANARY', 'KUBE-SERVICES'];

const NAT_FIXED = [
  '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  '-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
  '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
  `-A KUBE-MARK-MASQ -j MARK --set-xmark ${MASQ_MARK}`,
  `-A KUBE-POSTROUTING -m mark ! --mark ${MASQ_MARK} -j RETURN`,
  '-A KUBE-POSTROUTING -j MARK --set-xmark 0x4000/0x0',
  '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
];

const NODEPORTS_LAST = '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS';

/** One table block: built-in chains with policies, user chains, then rules. */
function tableBlock(name: string, builtins: string[], userChains: string[], rules: string[]): string[] {
  return [
    `*${name}`,
    ...builtins.map((chain) => `:${chain} ACCEPT [0:0]`),
    ...userChains.map((chain) => `:${chain} - [0:0]`),
    ...rules,
    'COMMIT',
  ];
}

/** Generates the whole file as lines and the number of rules in it. */
function generate(options: GeneratorOptions): { lines: string[]; rules: number } {
  const random = seededRandom(options.seed);
  const nextPod = { value: 0 };
  const natChains = new Map<string, string[]>(NAT_CHAINS.map((chain) => [chain, []]));
  const filterRules: string[] = [];
  let rules = FILTER_FIXED.length + NAT_FIXED.length + 1;
  for (let index = 0; ; index++) {
    if (options.services !== undefined && index >= options.services) break;
    if (options.rules !== undefined && rules >= options.rules) break;
    const service = makeService(index, random, nextPod);
    const before = [...natChains.values()].reduce((sum, list) => sum + list.length, 0);
    natRules(service, natChains);
    const reject = filterRule(service);
    if (reject) filterRules.push(reject);
    rules += [...natChains.values()].reduce((sum, list) => sum + list.length, 0) - before + (reject ? 1 : 0);
  }
  natChains.get('KUBE-SERVICES')?.push(NODEPORTS_LAST);
  const natRulesInOrder = [...natChains.values()].flat();
  const filterBlock = tableBlock('filter', ['INPUT', 'FORWARD', 'OUTPUT'], FILTER_CHAINS, [...FILTER_FIXED, ...filterRules]);
  const userNat = [...natChains.keys()].sort();
  const natBlock = tableBlock('nat', ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'], userNat, [...NAT_FIXED, ...natRulesInOrder]);
  const header = `# Generated by gen-kube-proxy (seed ${options.seed}) in the layout of iptables-save`;
  return { lines: [header, ...filterBlock, '# Completed', header, ...natBlock, '# Completed'], rules };
}

function main(): void {
  const options = parseGeneratorArgs('gen-kube-proxy', process.argv.slice(2));
  const { lines, rules } = generate(options);
  writeFileSync(options.output, `${lines.join('\n')}\n`);
  console.log(`wrote ${options.output}: ${rules} rules, ${lines.length} lines`);
}

main();
