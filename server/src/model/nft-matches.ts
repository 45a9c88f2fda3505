/**
 * nft relational expressions lowered into matches. The forms and their meaning were checked against the netlink
 * bytecode nft 1.0.6 generates (`nft --debug=netlink -c`):
 * - `sel value` is equality, except on a flag type (`tcp flags syn`, `ct state established,related`) where it tests
 *   whether ANY of the bits is set: `(sel & v) != 0`;
 * - `==` / `!=` compare the whole value, also on flag types (`ct state != established` is plain inequality);
 * - `<`, `>`, `<=`, `>=` become ranges; `a-b`, prefixes and `{ … }` become value lists; `@set` a set reference;
 * - `sel & mask OP value` is a bitwise test (implicit OP is equality there);
 * - concatenations become tuple matches.
 * nft adds protocol dependencies itself (`tcp dport` ⇒ `meta l4proto tcp`, `ip saddr` in inet ⇒ `meta nfproto
 * ipv4`); they are added as implicit matches in front. Everything else is an opaque match.
 */
import type { Node } from 'web-tree-sitter';
import type { NftSelector } from '../catalog/nftables/index';
import { FIELDS } from './fields';
import { children } from './lowering-util';
import type { Env, NftLowering } from './nft-context';
import {
  dependenciesOf, headerNetwork, isStatefulSelector, modulePath, selectorOf, selectorWords,
} from './nft-selectors';
import { concatParts, lowerValue, selectorType, siteOf, type Lowered, type ValueType } from './nft-values';
import { definitionEnv, expand } from './nft-variables';
import type { FieldMatch, Location, Match, Rule, Table, TupleMatch, ValueItem } from './types';

/** What the lowering of one rule shares between its matches and statements. */
export interface RuleBuilder {
  cx: NftLowering;
  rule: Rule;
  table: Table;
  env: Env;
  /** The rule's syntax node. */
  ruleNode: Node;
  /** The network protocol the rule's header matches so far belong to, and where it was set. */
  network?: { name: 'ipv4' | 'ipv6' | 'arp'; at: Location };
}

const EQ = new Set(['', '==', 'eq']);
const NE = new Set(['!=', 'ne', '!']);
const ORDER = new Set(['<', '>', '<=', '>=', 'lt', 'gt', 'le', 'ge']);
/** Transport protocols with 16-bit ports at the start of their header (`th dport` reads those bytes). */
const PORT_PROTOCOLS = new Set([6n, 17n, 33n, 132n, 136n]);

/** Lowers one `match_expression` of a rule, adding its matches (implicit dependencies first). */
export function lowerMatch(b: RuleBuilder, node: Node): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return;
  const op = node.childForFieldName('operator')?.text ?? '';
  const location = b.cx.loc(node);
  const opaque = (): Match => ({
    kind: 'opaque', text: node.text, location, stateful: isStatefulSelector(left), module: modulePath(left),
  });
  if (left.type === 'concatenation') {
    b.rule.matches.push(lowerTuple(b, node, left, op, right) ?? opaque());
    return;
  }
  const { selectorNode, mask, maskType } = splitMask(b, left);
  const selector = selectorNode ? selectorOf(selectorNode) : undefined;
  if (!selectorNode || !selector) {
    b.rule.matches.push(opaque());
    return;
  }
  checkFamily(b, selector, selectorNode);
  addDependencies(b, selector, location);
  const type = selectorType(selector, b.table.family);
  const lowered = type && right.type !== 'set_reference' ? lowerValue(b.cx, right, b.env, maskType ?? type) : undefined;
  if (lowered && !lowered.ok && lowered.issue) b.cx.facts.valueIssues.push(lowered.issue);
  if (lowered?.ok && lowered.items.length === 0 && isSetValue(right, b.env)) {
    b.cx.facts.valueIssues.push({ code: 'invalid-value', location: siteOf(b.cx, right, b.env), message: 'nft refuses an empty set: `{ }` must hold at least one element.' });
  }
  const match = selector.field && type && mask !== null
    ? fieldMatch(b, { selector, type, op, right, lowered, mask, node, location }) : undefined;
  // `th dport` reads two bytes of whatever transport header follows: a port only when the protocol is known.
  const unsureTh = selector.words[0] === 'th' && !portProtocolKnown(b.rule);
  b.rule.matches.push(match && !unsureTh ? match : opaque());
}

/** Whether a value is (or a variable holds) an anonymous set. */
function isSetValue(node: Node, env: Env): boolean {
  const target = node.type === 'variable' ? expand(node, env)?.node : node;
  return target?.type === 'set_expression';
}

/** Splits `sel & mask` into the selector and the mask; mask null when the left side is another expression. */
function splitMask(b: RuleBuilder, left: Node): { selectorNode?: Node; mask?: bigint | null; maskType?: ValueType } {
  if (left.type !== 'binary_expression') return { selectorNode: left };
  const op = left.childForFieldName('operator')?.text;
  const inner = left.childForFieldName('left');
  const maskNode = left.childForFieldName('right');
  if (!inner || !maskNode) return {};
  const selector = selectorOf(inner);
  if ((op !== '&' && op !== 'and') || !selector) return { selectorNode: inner, mask: null };
  const type = selectorType(selector, b.table.family);
  const lowered = type ? lowerValue(b.cx, maskNode, b.env, type) : undefined;
  if (!lowered?.ok || lowered.items.length !== 1 || lowered.items[0].kind !== 'range' || lowered.items[0].lo !== lowered.items[0].hi) {
    return { selectorNode: inner, mask: null };
  }
  return { selectorNode: inner, mask: lowered.items[0].lo, maskType: type };
}

interface FieldMatchInput {
  selector: NftSelector;
  type: ValueType;
  op: string;
  right: Node;
  lowered: Lowered | undefined;
  mask: bigint | undefined;
  node: Node;
  location: Location;
}

function fieldMatch(b: RuleBuilder, input: FieldMatchInput): FieldMatch | undefined {
  const { selector, type, op, right, lowered, mask } = input;
  const field = selector.field;
  if (!field) return undefined;
  const base: Omit<FieldMatch, 'negated' | 'values'> = {
    kind: 'field', field, location: input.location, text: input.node.text, module: selector.words.join(' '),
    ...(type.name === 'ipv4_addr' ? { family: 'ip' as const } : type.name === 'ipv6_addr' ? { family: 'ip6' as const } : {}),
  };
  if (right.type === 'set_reference') {
    if (!EQ.has(op) && !NE.has(op)) return undefined;
    const item: ValueItem = { kind: 'set', name: right.text.slice(1), location: b.cx.nameLoc(right) };
    return { ...base, negated: NE.has(op), values: [item], ...(mask !== undefined ? { bitwise: { mask } } : {}) };
  }
  if (!lowered?.ok) return undefined;
  const values = lowered.items;
  if (mask !== undefined) {
    if (!EQ.has(op) && !NE.has(op)) return undefined;
    return { ...base, negated: NE.has(op), values, bitwise: { mask } };
  }
  const isSet = right.type === 'set_expression' || right.type === 'variable' && values.length !== 1;
  if (op === '' && type.base === 'bitmask' && !isSet) return bitTest(base, values);
  if (EQ.has(op)) return { ...base, negated: false, values };
  if (NE.has(op)) return { ...base, negated: true, values };
  if (ORDER.has(op)) return ordered(base, op, values, bitsOf(field, type));
  return undefined;
}

/** `tcp flags syn`: the bit is set; `tcp flags syn,ack`: at least one of the bits is set. */
function bitTest(base: Omit<FieldMatch, 'negated' | 'values'>, values: ValueItem[]): FieldMatch | undefined {
  const v = single(values);
  if (v === undefined) return undefined;
  if (v !== 0n && (v & (v - 1n)) === 0n) return { ...base, negated: false, values: [{ kind: 'range', lo: v, hi: v }], bitwise: { mask: v } };
  return { ...base, negated: true, values: [{ kind: 'range', lo: 0n, hi: 0n }], bitwise: { mask: v } };
}

function ordered(base: Omit<FieldMatch, 'negated' | 'values'>, op: string, values: ValueItem[], bits: number): FieldMatch | undefined {
  const v = single(values);
  if (v === undefined) return undefined;
  const max = (1n << BigInt(bits)) - 1n;
  const range = (lo: bigint, hi: bigint): ValueItem[] => (lo > hi ? [] : [{ kind: 'range', lo, hi }]);
  const items = op === '<' || op === 'lt' ? range(0n, v - 1n)
    : op === '<=' || op === 'le' ? range(0n, v)
      : op === '>' || op === 'gt' ? range(v + 1n, max) : range(v, max);
  return { ...base, negated: false, values: items };
}

function single(values: ValueItem[]): bigint | undefined {
  const [v] = values;
  return values.length === 1 && v.kind === 'range' && v.lo === v.hi ? v.lo : undefined;
}

function bitsOf(field: keyof typeof FIELDS, type: ValueType): number {
  const spec = FIELDS[field];
  return 'bits' in spec ? spec.bits : type.bits;
}

/** Whether an earlier match restricts the transport protocol to ones whose header starts with two ports. */
export function portProtocolKnown(rule: Rule): boolean {
  return rule.matches.some((m) => m.kind === 'field' && m.field === 'l4proto' && !m.negated && !m.bitwise
    && m.values.length > 0 && m.values.every((v) => v.kind === 'range' && rangeWithin(v.lo, v.hi)));
}

function rangeWithin(lo: bigint, hi: bigint): boolean {
  for (let v = lo; v <= hi; v++) if (!PORT_PROTOCOLS.has(v)) return false;
  return true;
}

/** Adds nft's protocol dependencies of a selector, unless the rule already has the same match. */
export function addDependencies(b: RuleBuilder, selector: NftSelector, location: Location): void {
  for (const dep of dependenciesOf(selector, b.table.family)) {
    if (!dep.field) {
      if (!b.rule.matches.some((m) => m.kind === 'opaque' && m.text === dep.text && m.implicit)) {
        b.rule.matches.push({ kind: 'opaque', text: dep.text, location, stateful: false, module: dep.text.split(' ').slice(0, 2).join(' '), implicit: true });
      }
      continue;
    }
    const present = b.rule.matches.some((m) => m.kind === 'field' && m.field === dep.field && !m.negated && !m.bitwise
      && m.values.length === 1 && m.values[0].kind === 'range' && m.values[0].lo === dep.value && m.values[0].hi === dep.value);
    if (present) continue;
    b.rule.matches.push({
      kind: 'field', field: dep.field, negated: false, values: [{ kind: 'range', lo: dep.value, hi: dep.value }],
      location, text: dep.text, implicit: true, module: dep.text.split(' ').slice(0, 2).join(' '),
    });
  }
}

/** nft refuses a header of another network protocol than the table's family (or the rule's earlier headers). */
export function checkFamily(b: RuleBuilder, selector: NftSelector, node: Node): void {
  const words = selectorWords(node) ?? selector.words;
  const family = b.table.family;
  const at = b.cx.loc(node);
  const report = (message: string): void => {
    b.cx.facts.valueIssues.push({ code: 'wrong-family', message, location: at });
  };
  if (selector.field === 'nfproto' && family !== 'inet') {
    report(`meta nfproto is only meaningful in inet tables; a ${family} table sees one protocol only.`);
    return;
  }
  if (selector.kind === 'exthdr' && family === 'ip') {
    report('IPv6 extension headers cannot be matched in an ip table.');
    return;
  }
  if (family === 'arp' && selector.kind === 'payload' && !['arp', 'ether', 'vlan'].includes(words[0])) {
    report(`An arp table sees ARP packets only; ${words[0]} headers are never there.`);
    return;
  }
  const network = headerNetwork(selector, words);
  if (!network) return;
  const familyNetwork = family === 'ip' ? 'ipv4' : family === 'ip6' ? 'ipv6' : family === 'arp' ? 'arp' : undefined;
  const name = (n: string): string => (n === 'ipv4' ? 'ip' : n === 'ipv6' ? 'ip6' : 'arp');
  if (familyNetwork && familyNetwork !== network) {
    report(`${words.join(' ')} is a ${name(network)} header field; an ${family} table only sees ${name(familyNetwork)} packets.`);
  } else if (family === 'inet' && network === 'arp') {
    report('An inet table sees IPv4 and IPv6 packets, never ARP.');
  } else if (b.network && b.network.name !== network) {
    report(`${words.join(' ')} needs ${name(network)} packets, but this rule already matched ${name(b.network.name)} header fields.`);
  } else if (!b.network) {
    b.network = { name: network, at };
  }
}

/** `sel1 . sel2 { a . b, … }` or `sel1 . sel2 @set`: a tuple match, when every part has a model field. */
function lowerTuple(b: RuleBuilder, node: Node, left: Node, op: string, right: Node): TupleMatch | undefined {
  const parts = concatParts(left);
  const selectors = parts.map((p) => selectorOf(p));
  selectors.forEach((s, i) => {
    if (s) {
      checkFamily(b, s, parts[i]);
      addDependencies(b, s, b.cx.loc(node));
    }
  });
  const types = selectors.map((s) => (s ? selectorType(s, b.table.family) : undefined));
  const tuples = lowerTupleValues(b.cx, right, types, b.env);
  if (selectors.some((s) => !s?.field) || types.some((t) => !t) || (!EQ.has(op) && !NE.has(op))) return undefined;
  if (selectors.some((s) => s?.words[0] === 'th') && !portProtocolKnown(b.rule)) return undefined;
  const fields = selectors.map((s) => s!.field!);
  const families = types.map((t) => (t!.name === 'ipv4_addr' ? 'ip' as const : t!.name === 'ipv6_addr' ? 'ip6' as const : undefined));
  const base = {
    kind: 'tuple' as const, fields, negated: NE.has(op), location: b.cx.loc(node), text: node.text, module: modulePath(left),
    ...(families.some((f) => f) ? { families } : {}),
  };
  if (right.type === 'set_reference') return { ...base, tuples: [], set: right.text.slice(1) };
  return tuples ? { ...base, tuples } : undefined;
}

/** The tuples of a concatenated value or set of them; undefined when one part cannot be interpreted. */
export function lowerTupleValues(cx: NftLowering, node: Node, types: (ValueType | undefined)[], env: Env): ValueItem[][] | undefined {
  if (node.type === 'set_reference') return undefined;
  if (node.type === 'variable') {
    const definition = env.resolve(node);
    if (!definition) return undefined;
    return lowerTupleValues(cx, definition.value, types, definitionEnv(definition, env.site ?? siteOf(cx, node, env)));
  }
  const keys = node.type === 'set_expression'
    ? children(node).filter((e) => e.type === 'element').map((e) => e.childForFieldName('key')).filter((k): k is Node => k !== null)
    : [node];
  const out: ValueItem[][] = [];
  for (const key of keys) {
    if (key.type === 'variable' || key.type === 'set_expression') {
      const nested = lowerTupleValues(cx, key, types, env);
      if (!nested) return undefined;
      out.push(...nested);
      continue;
    }
    const tuple = lowerTuple1(cx, key, types, env);
    if (!tuple) return undefined;
    out.push(tuple);
  }
  return out;
}

function lowerTuple1(cx: NftLowering, key: Node, types: (ValueType | undefined)[], env: Env): ValueItem[] | undefined {
  const parts = concatParts(key);
  if (parts.length !== types.length) {
    cx.facts.valueIssues.push({
      code: 'type-mismatch', location: siteOf(cx, key, env),
      message: `This element has ${parts.length} part${parts.length === 1 ? '' : 's'}; the key is a concatenation of ${types.length}.`,
    });
    return undefined;
  }
  const tuple: ValueItem[] = [];
  for (let i = 0; i < parts.length; i++) {
    const type = types[i];
    if (!type) return undefined;
    const lowered = lowerValue(cx, parts[i], env, type);
    if (!lowered.ok) {
      if (lowered.issue) cx.facts.valueIssues.push(lowered.issue);
      return undefined;
    }
    // A part is one value (a point, a range or a prefix); anything else cannot be a tuple element.
    if (lowered.items.length !== 1) return undefined;
    tuple.push(lowered.items[0]);
  }
  return tuple;
}
