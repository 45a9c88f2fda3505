/**
 * Values of nft matches and set elements, lowered into value items of a data type: integers and ranges, address
 * prefixes, flag bits, interface names. A value the model cannot interpret for certain (a host name, a service name
 * not in our table, a variable that is not defined) is "unknown": the match stays opaque and nothing is reported.
 * Only values nft 1.0.6 refuses for a reason visible in the text are issues (out of range, wrong address family,
 * a word the type has no symbol for).
 */
import type { Node } from 'web-tree-sitter';
import { findDataType, type NftBaseType, type NftSelector } from '../catalog/nftables/index';
import { parseIpv4, parseIpv6, parseMac, PROTOCOL_NUMBERS, servicePort } from '../catalog/values/index';
import { children, unquote } from './lowering-util';
import type { Env, NftLowering } from './nft-context';
import type { ValueIssue } from './nft-facts';
import { expand } from './nft-variables';
import type { Family, Location, ValueItem } from './types';
import { closestName } from './suggest';

/** A data type as the value lowering needs it. */
export interface ValueType {
  /** The nft data type name (`ipv4_addr`, `inet_service`, `ct_state` …). */
  name: string;
  bits: number;
  base: NftBaseType;
  symbols?: Record<string, number>;
}

export type Lowered =
  | { ok: true; items: ValueItem[] }
  /** Not interpretable: `issue` when nft refuses it, none when it may well be valid (resolved at load time). */
  | { ok: false; issue?: ValueIssue };

/** Types whose symbol list is closed: a word that is not one of its symbols is refused by nft. */
const CLOSED_SYMBOLS = new Set([
  'ct_state', 'ct_status', 'ct_dir', 'tcp_flag', 'nf_proto', 'pkt_type', 'icmp_type', 'icmpv6_type', 'icmp_code',
  'icmpv6_code', 'icmpx_code', 'dscp', 'ecn', 'arp_op', 'iface_type', 'igmp_type', 'dccp_pkttype', 'mh_type',
  'fib_addrtype', 'ct_event', 'ether_type', 'boolean',
]);

const ADDRESS_TYPES = new Set(['ipv4_addr', 'ipv6_addr']);

/** The value type of a data type name, with the width of the selector when the type has none of its own. */
export function valueType(name: string, bits?: number): ValueType | undefined {
  const type = findDataType(name);
  if (!type) return undefined;
  const width = type.bits ?? bits;
  if (width === undefined) return undefined;
  return { name, bits: width, base: type.base, symbols: type.symbols };
}

/**
 * The value type of a selector in a table family. Selectors whose address type follows the family (`ct saddr`,
 * `rt nexthop`) have none in inet, bridge and netdev tables: nft wants `ct ip saddr` there.
 */
export function selectorType(selector: NftSelector, family: Family): ValueType | undefined {
  if (selector.bits === undefined && selector.type === 'ipv4_addr') {
    if (family === 'ip') return valueType('ipv4_addr');
    if (family === 'ip6') return valueType('ipv6_addr');
    return undefined;
  }
  return valueType(selector.type, selector.bits);
}

/** Lowers a value into items of a type. */
export function lowerValue(cx: NftLowering, node: Node, env: Env, type: ValueType): Lowered {
  const inner = unwrap(node, env);
  if (!inner) return unknown();
  ({ node, env } = inner);
  switch (node.type) {
    case 'set_expression': return lowerSet(cx, node, env, type);
    case 'range_expression': return lowerRange(cx, node, env, type);
    case 'prefix_expression': return lowerPrefix(cx, node, env, type);
    case 'list_expression':
    case 'binary_expression': return lowerBits(cx, node, env, type);
    default: {
      const single = lowerScalar(cx, node, env, type);
      if (!single.ok) return single;
      return { ok: true, items: [single.item] };
    }
  }
}

/**
 * The value behind variables and parentheses, found in a loop: nesting thousands deep (`((((1))))`) must not
 * exhaust the stack. Undefined when a variable has no value or the parentheses are empty.
 */
function unwrap(node: Node, env: Env): { node: Node; env: Env } | undefined {
  for (;;) {
    if (node.type === 'variable') {
      const target = expand(node, env);
      if (!target) return undefined;
      ({ node, env } = target);
    } else if (node.type === 'parenthesized_expression') {
      const inner = children(node)[0];
      if (!inner) return undefined;
      node = inner;
    } else {
      return { node, env };
    }
  }
}

type Scalar = { ok: true; item: ValueItem; value?: bigint } | { ok: false; issue?: ValueIssue };

function unknown(): { ok: false } {
  return { ok: false };
}

function issue(code: ValueIssue['code'], message: string, location: Location): { ok: false; issue: ValueIssue } {
  return { ok: false, issue: { code, message, location } };
}

/** Where to report a problem with a node: the `$name` it came through, or the node itself. */
export function siteOf(cx: NftLowering, node: Node, env: Env): Location {
  return env.site ?? { uri: env.uri, range: cx.loc(node).range };
}

function point(value: bigint): ValueItem {
  return { kind: 'range', lo: value, hi: value };
}

/**
 * The items of a set; sets nested in it (`{ 1, { 2, 3 } }`, which nft flattens) are walked with an explicit stack,
 * so nesting thousands deep cannot exhaust the call stack.
 */
function lowerSet(cx: NftLowering, node: Node, env: Env, type: ValueType): Lowered {
  const items: ValueItem[] = [];
  let failed: Lowered | undefined;
  const stack = [{ elements: children(node), at: 0, env }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.at >= top.elements.length) {
      stack.pop();
      continue;
    }
    const element = top.elements[top.at++];
    if (element.type !== 'element') continue;
    const key = element.childForFieldName('key');
    if (!key) {
      // An element without a key makes its own set unknown: the whole value at the top, a failed element below.
      if (stack.length === 1) return unknown();
      failed = unknown();
      stack.pop();
      continue;
    }
    const inner = unwrap(key, top.env);
    if (inner?.node.type === 'set_expression') {
      stack.push({ elements: children(inner.node), at: 0, env: inner.env });
      continue;
    }
    const lowered: Lowered = inner ? lowerValue(cx, inner.node, inner.env, type) : unknown();
    if (!lowered.ok) {
      if (lowered.issue) return lowered;
      failed = lowered;
      continue;
    }
    items.push(...lowered.items);
  }
  return failed ?? { ok: true, items };
}

function lowerRange(cx: NftLowering, node: Node, env: Env, type: ValueType): Lowered {
  const low = node.childForFieldName('low');
  const high = node.childForFieldName('high');
  if (!low || !high) return unknown();
  const lo = lowerScalar(cx, low, env, type);
  if (!lo.ok) return lo;
  const hi = lowerScalar(cx, high, env, type);
  if (!hi.ok) return hi;
  if (lo.value === undefined || hi.value === undefined) return unknown();
  if (lo.value > hi.value) {
    return issue('invalid-value', 'Range has zero or negative size: its start is above its end.', siteOf(cx, node, env));
  }
  return { ok: true, items: [{ kind: 'range', lo: lo.value, hi: hi.value }] };
}

function lowerPrefix(cx: NftLowering, node: Node, env: Env, type: ValueType): Lowered {
  const address = node.childForFieldName('address');
  const length = node.childForFieldName('length');
  if (!address || !length || !ADDRESS_TYPES.has(type.name)) return unknown();
  const base = lowerScalar(cx, address, env, type);
  if (!base.ok || base.value === undefined) return base.ok ? unknown() : base;
  const lengthNode = length.type === 'variable' ? expand(length, env)?.node : length;
  if (!lengthNode || lengthNode.type !== 'number') return unknown();
  const len = parseInteger(lengthNode.text);
  if (len === undefined) return unknown();
  const bits = BigInt(type.bits);
  if (len > bits) {
    return issue('invalid-value', `Prefix length ${len} is too long for a ${type.bits}-bit address.`, siteOf(cx, node, env));
  }
  const all = (1n << bits) - 1n;
  const mask = (all << (bits - len)) & all;
  return { ok: true, items: [{ kind: 'range', lo: base.value & mask, hi: (base.value & mask) | (all & ~mask) }] };
}

/** `a,b` and `a|b` of a bitmask type: the bits OR-ed together. */
function lowerBits(cx: NftLowering, node: Node, env: Env, type: ValueType): Lowered {
  if (type.base !== 'bitmask') {
    if (node.type === 'list_expression') {
      return issue('type-mismatch', `A comma list needs a flag type; ${type.name} values go in a set: { a, b }.`, siteOf(cx, node, env));
    }
    return unknown();
  }
  let bits = 0n;
  const parts = node.type === 'list_expression' ? children(node) : [node];
  for (const part of parts) {
    const value = bitsOf(cx, part, env, type);
    if (!value.ok) return value;
    bits |= value.value ?? 0n;
  }
  return { ok: true, items: [point(bits)] };
}

function bitsOf(cx: NftLowering, node: Node, env: Env, type: ValueType): Scalar {
  if (node.type === 'parenthesized_expression') {
    const inner = children(node)[0];
    return inner ? bitsOf(cx, inner, env, type) : unknown();
  }
  if (node.type === 'binary_expression') {
    const op = node.childForFieldName('operator')?.text;
    const left = node.childForFieldName('left');
    const right = node.childForFieldName('right');
    if ((op !== '|' && op !== 'or') || !left || !right) return unknown();
    const a = bitsOf(cx, left, env, type);
    if (!a.ok) return a;
    const b = bitsOf(cx, right, env, type);
    if (!b.ok) return b;
    const value = (a.value ?? 0n) | (b.value ?? 0n);
    return { ok: true, item: point(value), value };
  }
  return lowerScalar(cx, node, env, type);
}

/** One value written as a literal or a word. */
function lowerScalar(cx: NftLowering, node: Node, env: Env, type: ValueType): Scalar {
  if (node.type === 'variable') {
    const target = expand(node, env);
    return target ? lowerScalar(cx, target.node, target.env, type) : unknown();
  }
  const at = (): Location => siteOf(cx, node, env);
  switch (node.type) {
    case 'number': return lowerNumber(node.text, type, at);
    case 'ipv4_address':
    case 'ipv6_address': return lowerAddress(node.type === 'ipv4_address' ? 'ip' : 'ip6', node.text, type, at);
    case 'mac_address': {
      if (type.name !== 'ether_addr') return unknown();
      const mac = parseMac(node.text);
      return mac.ok ? scalar(mac.value) : unknown();
    }
    case 'boolean': return type.name === 'boolean' ? scalar(node.text === 'exists' ? 1n : 0n) : unknown();
    case 'string': return lowerWord(unquote(node.text), type, at, true);
    case 'identifier': return lowerWord(node.text, type, at, false);
    default: return unknown();
  }
}

function scalar(value: bigint): Scalar {
  return { ok: true, item: point(value), value };
}

function lowerNumber(text: string, type: ValueType, at: () => Location): Scalar {
  if (type.name === 'ifname' || type.name === 'string') return { ok: true, item: { kind: 'name', name: text, wildcard: false } };
  if (ADDRESS_TYPES.has(type.name) || type.base !== 'integer' && type.base !== 'bitmask') return unknown();
  const value = parseInteger(text);
  if (value === undefined) return unknown();
  const max = (1n << BigInt(type.bits)) - 1n;
  if (value > max) {
    const what = type.name === 'inet_service' ? 'A port' : type.name === 'inet_proto' ? 'A protocol number' : `A ${type.name} value`;
    return issue('invalid-value', `${what} must be in 0-${max}; ${text} is too large.`, at()) as Scalar;
  }
  return scalar(value);
}

function lowerAddress(family: 'ip' | 'ip6', text: string, type: ValueType, at: () => Location): Scalar {
  if (type.name === 'ipv4_addr' || type.name === 'ipv6_addr') {
    const wanted = type.name === 'ipv4_addr' ? 'ip' : 'ip6';
    if (wanted !== family) {
      return issue('wrong-family', `${text} is an ${family === 'ip' ? 'IPv4' : 'IPv6'} address where an ${wanted === 'ip' ? 'IPv4' : 'IPv6'} address is expected.`, at()) as Scalar;
    }
    const parsed = family === 'ip' ? parseIpv4(text) : parseIpv6(text);
    return parsed.ok ? scalar(parsed.value) : unknown();
  }
  if (type.name === 'inet_service' || type.name === 'inet_proto' || type.name === 'mark' || (type.base === 'bitmask' && CLOSED_SYMBOLS.has(type.name))) {
    return issue('type-mismatch', `${text} is an address; a ${describeType(type)} is expected here.`, at()) as Scalar;
  }
  return unknown();
}

function lowerWord(word: string, type: ValueType, at: () => Location, quoted: boolean): Scalar {
  if (type.name === 'ifname' || type.name === 'string') {
    const wildcard = word.endsWith('*') && !word.endsWith('\\*');
    return { ok: true, item: { kind: 'name', name: wildcard ? word.slice(0, -1) : word, wildcard } };
  }
  if (quoted && /^[0-9]/.test(word)) {
    if (/^[0-9]+\.[0-9]+\.[0-9]+\.[0-9]+$/.test(word)) return lowerAddress('ip', word, type, at);
    if (/^0x[0-9a-f]+$|^[0-9]+$/i.test(word)) return lowerNumber(word, type, at);
  }
  const symbol = type.symbols?.[word];
  if (symbol !== undefined) return scalar(BigInt(symbol));
  switch (type.name) {
    case 'inet_service': {
      const port = servicePort(word);
      return port === undefined ? unknown() : scalar(BigInt(port));
    }
    case 'inet_proto': {
      const proto = PROTOCOL_NUMBERS[word.toLowerCase()];
      return proto === undefined ? unknown() : scalar(BigInt(proto));
    }
    case 'uid':
    case 'gid': return word === 'root' ? scalar(0n) : unknown();
    default: break;
  }
  if (CLOSED_SYMBOLS.has(type.name) && /^[A-Za-z]/.test(word)) {
    const suggestion = closestName(word, Object.keys(type.symbols ?? {}));
    const failed = issue('invalid-value', `'${word}' is not a ${describeType(type)}${symbolHint(type)}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`, at());
    if (suggestion) failed.issue.suggestion = suggestion;
    return failed as Scalar;
  }
  return unknown();
}


function symbolHint(type: ValueType): string {
  const names = Object.keys(type.symbols ?? {});
  return names.length > 0 && names.length <= 24 ? ` (one of ${names.join(', ')})` : '';
}

const TYPE_NAMES: Record<string, string> = {
  ct_state: 'conntrack state', ct_status: 'conntrack status', ct_dir: 'conntrack direction', tcp_flag: 'TCP flag',
  nf_proto: 'network protocol (ipv4, ipv6)', pkt_type: 'packet type', icmp_type: 'ICMP type', icmpv6_type: 'ICMPv6 type',
  icmp_code: 'ICMP code', icmpv6_code: 'ICMPv6 code', icmpx_code: 'reject code', dscp: 'DSCP class', ecn: 'ECN value',
  arp_op: 'ARP operation', iface_type: 'interface type', igmp_type: 'IGMP type', dccp_pkttype: 'DCCP packet type',
  mh_type: 'mobility header type', fib_addrtype: 'address type', ct_event: 'conntrack event', ether_type: 'EtherType',
  boolean: 'boolean (exists, missing)', inet_service: 'port', inet_proto: 'protocol', mark: 'mark',
  ipv4_addr: 'IPv4 address', ipv6_addr: 'IPv6 address',
};

function describeType(type: ValueType): string {
  return TYPE_NAMES[type.name] ?? type.name;
}

/** The parts of a concatenation (`a . b . c` nests to the right in the tree), or the node itself. */
export function concatParts(node: Node): Node[] {
  if (node.type !== 'concatenation') return [node];
  return children(node).flatMap(concatParts);
}

/** Parses an integer the way nft does: decimal, 0x hex, or octal with a leading zero. */
export function parseInteger(text: string): bigint | undefined {
  if (/^0x[0-9a-f]+$/i.test(text)) return BigInt(text);
  if (/^0[0-7]+$/.test(text)) return BigInt(`0o${text.slice(1)}`);
  if (/^[0-9]+$/.test(text)) return BigInt(text);
  return undefined;
}
