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

/**
 * The words of a selector as the catalog keys it (`['ct', 'original', 'saddr']`), or undefined for other nodes. Read
 * from the node's text: one call into the tree instead of one per field, which matters on large files.
 */
export function selectorWords(node: Node): string[] | undefined {
  const type = node.type;
  if (!SELECTOR_TYPES.has(type)) return undefined;
  const text = node.text;
  const words = text.split(/\s+/).filter((w) => w !== '');
  switch (type) {
    case 'meta_expression': return words[0] === 'meta' ? words : ['meta', ...words];
    case 'ipsec_expression': return words.filter((w, i) => w !== 'spnum' && words[i - 1] !== 'spnum');
    case 'fib_expression': return ['fib', words[words.length - 1]];
    case 'osf_expression': return ['osf', words[words.length - 1]];
    case 'socket_expression':
    case 'numgen_expression': return words.slice(0, 2);
    case 'hash_expression': return words.slice(0, 1);
    case 'raw_payload_expression': return [text.split(',')[0].trim()];
    default: return words;
  }
}

const SELECTOR_TYPES = new Set([
  'payload_expression', 'meta_expression', 'ct_expression', 'rt_expression', 'ipsec_expression', 'fib_expression',
  'socket_expression', 'osf_expression', 'numgen_expression', 'hash_expression', 'raw_payload_expression',
  'tcp_option_expression', 'ip_option_expression', 'sctp_chunk_expression',
]);

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
    // In bridge tables nft tests the link-layer header's type for ICMP and ARP (not the stack's protocol): no field.
    const linkLayer = family === 'bridge' && (dep.l4proto !== undefined || dep.network === 'arp');
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
