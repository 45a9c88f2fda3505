/**
 * Selector nodes (`tcp dport`, `meta mark`, `ct original ip saddr` …) resolved to their catalog entries, and the
 * protocol dependencies nft adds for them in each family (checked with `nft --debug=netlink` on nft 1.0.6).
 */
import type { Node } from 'web-tree-sitter';
import { findSelector, type NftSelector } from '../catalog/nftables/index';
import { PROTOCOL_NUMBERS } from '../catalog/values/index';
import type { Field } from './fields';
import { children } from './lowering-util';
import type { Family } from './types';

/** The words of a selector as the catalog keys it (`['ct', 'original', 'saddr']`), or undefined for other nodes. */
export function selectorWords(node: Node): string[] | undefined {
  const f = (name: string): string | undefined => node.childForFieldName(name)?.text;
  const words = (...parts: (string | undefined)[]): string[] => parts.filter((p): p is string => p !== undefined);
  switch (node.type) {
    case 'payload_expression': {
      const index = f('index');
      return words(f('protocol'), index === undefined ? f('field') : `${f('field')}[${index}]`, f('subfield'));
    }
    case 'meta_expression': return words('meta', f('key'));
    case 'ct_expression': return words('ct', f('direction'), f('family'), f('key'));
    case 'rt_expression': return words('rt', f('family'), f('key'));
    case 'ipsec_expression': return words('ipsec', f('direction'), f('family'), f('key'));
    case 'fib_expression': return words('fib', f('result'));
    case 'socket_expression': return words('socket', f('key'));
    case 'osf_expression': return words('osf', f('key'));
    case 'numgen_expression': return words('numgen', f('mode'));
    case 'hash_expression': return words(f('function'));
    case 'raw_payload_expression': return words(f('base'));
    case 'tcp_option_expression': return words('tcp', 'option', f('option'), f('field'));
    case 'ip_option_expression': return words('ip', 'option', f('option'), f('field'));
    case 'sctp_chunk_expression': return words('sctp', 'chunk', f('chunk'), f('field'));
    default: return undefined;
  }
}

/** The catalog entry of a selector node. */
export function selectorOf(node: Node): NftSelector | undefined {
  const words = selectorWords(node);
  return words ? findSelector(...words) : undefined;
}

/** The selector path used as `module` of matches (`tcp dport`, `meta mark`), or the node type for others. */
export function modulePath(node: Node): string {
  if (node.type === 'concatenation') return children(node).map(modulePath).join(' . ');
  if (node.type === 'binary_expression' || node.type === 'parenthesized_expression') {
    const first = node.childForFieldName('left') ?? children(node)[0];
    return first ? modulePath(first) : node.type;
  }
  return selectorWords(node)?.join(' ') ?? node.type.replace(/_expression$/, '');
}

/** Selectors whose value changes from one evaluation to the next even for the same packet. */
export function isStatefulSelector(node: Node): boolean {
  const path = modulePath(node);
  return path.startsWith('numgen') || path === 'meta random';
}

/** Meta keys nft 1.0.6 also accepts under old names (not in the catalog). */
const META_ALIASES = new Set(['ibriport', 'obriport']);

/** A meta key nft does not know (`meta ibrhwaddr`), or undefined. */
export function unknownMetaKey(node: Node): string | undefined {
  if (node.type !== 'meta_expression') return undefined;
  const key = node.childForFieldName('key')?.text;
  if (!key || META_ALIASES.has(key)) return undefined;
  return findSelector('meta', key) ? undefined : key;
}

/** One protocol dependency nft adds for a selector in a family: a match on a model field, or an opaque one. */
export interface Dependency {
  field?: Field;
  value: bigint;
  /** How nft would write it (`meta l4proto tcp`). */
  text: string;
}

const NFPROTO: Record<string, bigint> = { ipv4: 2n, ipv6: 10n };
const ETHERTYPE: Record<string, bigint> = { ipv4: 0x0800n, ipv6: 0x86ddn, arp: 0x0806n };

/** The matches nft adds in front of a selector, in order (network first, then transport). */
export function dependenciesOf(selector: NftSelector, family: Family): Dependency[] {
  const dep = selector.dependency;
  if (!dep) return [];
  const out: Dependency[] = [];
  if (dep.network && dep.network !== 'arp' && family === 'inet') {
    out.push({ field: 'nfproto', value: NFPROTO[dep.network], text: `meta nfproto ${dep.network}` });
  } else if (dep.network && (family === 'bridge' || family === 'netdev')) {
    const word = dep.network === 'ipv4' ? 'ip' : dep.network === 'ipv6' ? 'ip6' : 'arp';
    // In bridge tables nft tests the link-layer header's type for ICMP (not the stack's protocol): no model field.
    const linkLayer = family === 'bridge' && dep.l4proto !== undefined;
    out.push({ ...(linkLayer ? {} : { field: 'ethertype' as const }), value: ETHERTYPE[dep.network], text: linkLayer ? `ether type ${word}` : `meta protocol ${word}` });
  }
  if (dep.l4proto) {
    const number = PROTOCOL_NUMBERS[dep.l4proto];
    if (number !== undefined) out.push({ field: 'l4proto', value: BigInt(number), text: `meta l4proto ${dep.l4proto}` });
  }
  if (dep.ethertype && (family === 'bridge' || family === 'netdev')) {
    out.push({ value: 0x8100n, text: `ether type ${dep.ethertype}` });
  }
  return out;
}

/** The network protocol a selector's header belongs to, for nft's "conflicting protocols" check. */
export function headerNetwork(selector: NftSelector, words: string[]): 'ipv4' | 'ipv6' | 'arp' | undefined {
  if (selector.kind === 'ct') return words.includes('ip') ? 'ipv4' : words.includes('ip6') ? 'ipv6' : undefined;
  if (selector.kind !== 'payload') return undefined;
  if (words[0] === 'ip') return 'ipv4';
  if (words[0] === 'ip6') return 'ipv6';
  if (words[0] === 'arp') return 'arp';
  return undefined;
}
