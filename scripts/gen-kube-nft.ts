/**
 * Writes a kube-proxy-style nftables ruleset (the layout of kube-proxy's nftables mode) for benchmarks: one
 * `ip kube-proxy` table whose service dispatch is a verdict map keyed by `ip daddr . meta l4proto . th dport`, one
 * service chain per service port load-balancing with `numgen random mod N vmap`, one endpoint chain per endpoint
 * (masquerade mark for hairpin traffic, then DNAT), NodePorts in a second verdict map, sets of cluster IPs and of
 * services without endpoints, and the fixed filter/nat base chains. Deterministic for given arguments.
 *
 * usage: node out/scripts/gen-kube-nft.js (--rules N | --services N) [--seed S] <output-file>
 *   --rules N     add services until rules plus set and map elements reach at least N
 *   --services N  exactly N services
 */
import { writeFileSync } from 'node:fs';
import { addressAt, chainName, makeService, type GeneratorOptions, parseGeneratorArgs, type Service } from './lib/kube-services';
import { random as seededRandom } from '../test/kernel/lib/trace-generator';

const CLUSTER_CIDR = '10.244.0.0/14';

/** The chains, map and set elements of one service (none for the dispatch when it has no endpoint). */
interface ServiceParts {
  chains: string[];
  serviceIp?: string;
  nodePort?: string;
  noEndpoint?: string;
  clusterIp: string;
  count: number;
}

/** Chain names in kube-proxy's nftables mode: readable, with a hash prefix that keeps them unique and short. */
function name(prefix: string, identity: string): string {
  return `${prefix}-${chainName('', identity).slice(1, 9)}-${identity.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40)}`;
}

function serviceParts(service: Service): ServiceParts {
  const key = `${service.protocol} . ${service.port}`;
  const parts: ServiceParts = { chains: [], clusterIp: service.clusterIp, count: 0 };
  if (service.endpoints.length === 0) {
    parts.noEndpoint = `${service.clusterIp} . ${key} : goto reject-chain`;
    parts.count = 1;
    return parts;
  }
  const svc = name('service', `${service.key}/${service.protocol}`);
  const endpoints = service.endpoints.map((endpoint) => ({ endpoint, chain: name('endpoint', `${service.key}/${service.protocol}__${endpoint}`) }));
  const svcRules = [`ip daddr ${service.clusterIp} ${service.protocol} dport ${service.port} ip saddr != ${CLUSTER_CIDR} jump mark-for-masquerade`];
  const spread = endpoints.map((e, i) => `${i} : goto ${e.chain}`).join(', ');
  svcRules.push(`numgen random mod ${endpoints.length} vmap { ${spread} }`);
  parts.chains.push(chainBlock(svc, svcRules));
  for (const { endpoint, chain } of endpoints) {
    const ip = endpoint.split(':')[0];
    parts.chains.push(chainBlock(chain, [
      `ip saddr ${ip} jump mark-for-masquerade`,
      `meta l4proto ${service.protocol} dnat to ${endpoint}`,
    ]));
  }
  parts.serviceIp = `${service.clusterIp} . ${key} : goto ${svc}`;
  if (service.nodePort !== undefined) {
    const ext = name('external', `${service.key}/${service.protocol}`);
    parts.chains.push(chainBlock(ext, ['jump mark-for-masquerade', `goto ${svc}`]));
    parts.nodePort = `${service.protocol} . ${service.nodePort} : goto ${ext}`;
  }
  parts.count = svcRules.length + 2 * endpoints.length + (service.nodePort !== undefined ? 3 : 1);
  return parts;
}

function chainBlock(chain: string, rules: string[]): string {
  return [`\tchain ${chain} {`, ...rules.map((r) => `\t\t${r}`), '\t}'].join('\n');
}

/** A set or map declaration with one element per line. */
function collection(kind: 'set' | 'map', setName: string, type: string, elements: string[], comment: string): string {
  const lines = [`\t${kind} ${setName} {`, `\t\ttype ${type}`, `\t\tcomment "${comment}"`];
  if (elements.length > 0) lines.push(`\t\telements = {\n${elements.map((e) => `\t\t\t${e}`).join(',\n')}\n\t\t}`);
  lines.push('\t}');
  return lines.join('\n');
}

const FIXED_CHAINS = [
  chainBlock('filter-prerouting', ['type filter hook prerouting priority dstnat - 10; policy accept;', 'ct state new jump firewall-check']),
  chainBlock('filter-input', ['type filter hook input priority -110; policy accept;', 'ct state new jump nodeport-endpoints-check', 'ct state new jump service-endpoints-check']),
  chainBlock('filter-forward', ['type filter hook forward priority -110; policy accept;', 'ct state new jump service-endpoints-check', 'ct state new jump cluster-ips-check']),
  chainBlock('filter-output', ['type filter hook output priority -110; policy accept;', 'ct state new jump service-endpoints-check', 'ct state new jump firewall-check']),
  chainBlock('filter-output-post-dnat', ['type filter hook output priority -90; policy accept;', 'ct state new jump cluster-ips-check']),
  chainBlock('nat-prerouting', ['type nat hook prerouting priority dstnat; policy accept;', 'jump services']),
  chainBlock('nat-output', ['type nat hook output priority -100; policy accept;', 'jump services']),
  chainBlock('nat-postrouting', ['type nat hook postrouting priority srcnat; policy accept;', 'jump masquerading']),
  chainBlock('firewall-check', ['ip daddr . meta l4proto . th dport vmap @firewall-ips']),
  chainBlock('reject-chain', ['reject']),
  chainBlock('cluster-ips-check', [
    'ip daddr @cluster-ips reject comment "Reject traffic to invalid ports of ClusterIPs"',
    `ip daddr ${'10.96.0.0/12'} drop comment "Drop traffic to unallocated ClusterIPs"`,
  ]),
  chainBlock('mark-for-masquerade', ['meta mark set meta mark | 0x4000']),
  chainBlock('masquerading', ['meta mark & 0x4000 == 0 return', 'meta mark set meta mark ^ 0x4000', 'masquerade fully-random']),
  chainBlock('nodeport-endpoints-check', ['ip daddr @nodeport-ips meta l4proto . th dport vmap @no-endpoint-nodeports']),
  chainBlock('service-endpoints-check', ['ip daddr . meta l4proto . th dport vmap @no-endpoint-services']),
  chainBlock('services', [
    'ip daddr . meta l4proto . th dport vmap @service-ips',
    'ip daddr @nodeport-ips meta l4proto . th dport vmap @service-nodeports',
  ]),
];

function generate(options: GeneratorOptions): { text: string; rules: number } {
  const random = seededRandom(options.seed);
  const nextPod = { value: 0 };
  const chains: string[] = [];
  const serviceIps: string[] = [];
  const nodePorts: string[] = [];
  const noEndpoints: string[] = [];
  const clusterIps: string[] = [];
  let rules = 24;
  for (let index = 0; ; index++) {
    if (options.services !== undefined && index >= options.services) break;
    if (options.rules !== undefined && rules >= options.rules) break;
    const parts = serviceParts(makeService(index, random, nextPod));
    chains.push(...parts.chains);
    if (parts.serviceIp) serviceIps.push(parts.serviceIp);
    if (parts.nodePort) nodePorts.push(parts.nodePort);
    if (parts.noEndpoint) noEndpoints.push(parts.noEndpoint);
    clusterIps.push(parts.clusterIp);
    rules += parts.count + 1;
  }
  const nodeIps = [addressAt(0xc0a80000, 10), addressAt(0xc0a80000, 11)];
  const body = [
    collection('set', 'cluster-ips', 'ipv4_addr', clusterIps, 'Active ClusterIPs'),
    collection('set', 'nodeport-ips', 'ipv4_addr', nodeIps, 'IPs that accept NodePort traffic'),
    collection('map', 'firewall-ips', 'ipv4_addr . inet_proto . inet_service : verdict', [], 'destinations that are subject to LoadBalancerSourceRanges'),
    collection('map', 'no-endpoint-services', 'ipv4_addr . inet_proto . inet_service : verdict', noEndpoints, 'vmap to drop or reject packets to services with no endpoints'),
    collection('map', 'no-endpoint-nodeports', 'inet_proto . inet_service : verdict', [], 'vmap to drop or reject packets to service nodeports with no endpoints'),
    collection('map', 'service-ips', 'ipv4_addr . inet_proto . inet_service : verdict', serviceIps, 'ClusterIP, ExternalIP and LoadBalancer IP traffic'),
    collection('map', 'service-nodeports', 'inet_proto . inet_service : verdict', nodePorts, 'NodePort traffic'),
    ...FIXED_CHAINS,
    ...chains,
  ];
  const text = `#!/usr/sbin/nft -f\n# Generated by gen-kube-nft (seed ${options.seed}) in the layout of kube-proxy's nftables mode\n\ntable ip kube-proxy {\n\tcomment "rules for kube-proxy"\n${body.join('\n')}\n}\n`;
  return { text, rules };
}

function main(): void {
  const options = parseGeneratorArgs('gen-kube-nft', process.argv.slice(2));
  const { text, rules } = generate(options);
  writeFileSync(options.output, text);
  console.log(`wrote ${options.output}: ${rules} rules and elements, ${text.split('\n').length} lines`);
}

main();
