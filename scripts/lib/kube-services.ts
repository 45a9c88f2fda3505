/** Services, endpoints and chain names shared by the kube-proxy generators (iptables and nftables layouts). */
import { createHash } from 'node:crypto';

const NAMESPACES = ['default', 'kube-system', 'payments', 'web', 'data', 'monitoring', 'auth', 'search', 'ingress', 'batch'];
const PORTS = [
  { name: 'http', port: 80, targetPort: 8080, protocol: 'tcp' },
  { name: 'https', port: 443, targetPort: 8443, protocol: 'tcp' },
  { name: 'grpc', port: 9090, targetPort: 9090, protocol: 'tcp' },
  { name: 'metrics', port: 9100, targetPort: 9100, protocol: 'tcp' },
  { name: 'dns', port: 53, targetPort: 53, protocol: 'udp' },
];

export interface Service {
  /** `namespace/name:port`, the key kube-proxy hashes into chain names and writes into comments. */
  key: string;
  clusterIp: string;
  port: number;
  targetPort: number;
  protocol: string;
  endpoints: string[];
  nodePort?: number;
  affinity: boolean;
}

/** An IPv4 address `offset` after a base address, as dotted quad. */
export function addressAt(base: number, offset: number): string {
  const value = (base + offset) >>> 0;
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 0xff).join('.');
}

/** Chain name as kube-proxy derives it: prefix + first 16 base32 characters of a SHA-256 of the identity. */
export function chainName(prefix: string, identity: string): string {
  const digest = createHash('sha256').update(identity).digest();
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < 16) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return `${prefix}-${out}`;
}

/** Builds service number `index` with its endpoints; pod addresses continue where the previous service stopped. */
export function makeService(index: number, random: () => number, nextPod: { value: number }): Service {
  const spec = PORTS[index % PORTS.length];
  const namespace = NAMESPACES[index % NAMESPACES.length];
  const draw = random();
  // About one service in twenty has no ready endpoint; most have one to four.
  const count = draw < 0.05 ? 0 : 1 + Math.floor(random() * 4);
  const endpoints: string[] = [];
  for (let i = 0; i < count; i++) endpoints.push(`${addressAt(0x0af40000, (nextPod.value++ % 262142) + 1)}:${spec.targetPort}`);
  return {
    key: `${namespace}/svc-${index}:${spec.name}`,
    clusterIp: addressAt(0x0a600000, index + 1),
    port: spec.port,
    targetPort: spec.targetPort,
    protocol: spec.protocol,
    endpoints,
    nodePort: random() < 0.2 ? 30000 + (index % 2768) : undefined,
    affinity: random() < 0.1,
  };
}

/** The command line of both generators. */
export interface GeneratorOptions {
  rules?: number;
  services?: number;
  seed: number;
  output: string;
}

/** Parses a generator's command line; exits with usage (naming `tool`) on mistakes. */
export function parseGeneratorArgs(tool: string, argv: string[]): GeneratorOptions {
  const usage = (problem: string): never => {
    console.error(`${tool}: ${problem}\nusage: node out/scripts/${tool}.js (--rules N | --services N) [--seed S] <output-file>`);
    process.exit(2);
  };
  const options: Partial<GeneratorOptions> = { seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--rules') options.rules = Number(argv[++i]);
    else if (arg === '--services') options.services = Number(argv[++i]);
    else if (arg === '--seed') options.seed = Number(argv[++i]);
    else if (!arg.startsWith('--') && options.output === undefined) options.output = arg;
    else usage(`unexpected argument ${arg}`);
  }
  const sizes = [options.rules, options.services].filter((n) => n !== undefined);
  if (sizes.length !== 1 || !sizes.every((n) => Number.isInteger(n) && (n as number) >= 0)) usage('give one of --rules N or --services N');
  if (!Number.isInteger(options.seed)) usage('--seed takes an integer');
  if (options.output === undefined) usage('missing output file');
  return options as GeneratorOptions;
}
