/**
 * nft statements lowered into model statements (verdicts and effects) or, for the ones that can stop a rule
 * (limit, quota, ct count, meters and set updates with a limit, tproxy without a socket), into opaque matches.
 *
 * nft's nat statements end the rule with an accept (the nat expression sets the verdict itself), so snat, dnat,
 * masquerade and redirect carry verdict accept. tproxy does not: without a matching socket it stops the rule
 * (NFT_BREAK), so it also adds an opaque match.
 */
import type { Node } from 'web-tree-sitter';
import type { Field } from './fields';
import { children, unquote } from './lowering-util';
import { findSelector } from '../catalog/nftables/index';
import { addDependencies, type RuleBuilder } from './nft-matches';
import { natEffect, natFamilyIssue, tproxyEffect } from './nft-nat';
import { modulePath, selectorOf } from './nft-selectors';
import { concatParts, parseInteger } from './nft-values';
import { expand, writtenName } from './nft-variables';
import { vmapEntries, vmapKey } from './nft-vmap';
import { lowerRule } from './nft-rules';
import type { Chain, Effect, ObjectKind, Statement, Verdict } from './types';

const STATEFUL = new Set(['limit_statement', 'quota_statement', 'connlimit_statement']);

/** Lowers one rule item that is not a match expression. */
export function lowerStatement(b: RuleBuilder, node: Node): void {
  if (STATEFUL.has(node.type)) {
    statefulMatch(b, node, node.type === 'connlimit_statement' ? 'ct count' : node.type.replace(/_statement$/, ''));
    objectReference(b, node, node.type === 'limit_statement' ? 'limit' : 'quota');
    return;
  }
  const statement: Statement = {
    name: node.type.replace(/_statement$/, ''), location: b.cx.loc(node), text: node.text, effect: { kind: 'none' },
    args: {}, afterMatches: b.rule.matches.length,
  };
  switch (node.type) {
    case 'verdict_statement': verdict(b, node, statement); break;
    case 'reject_statement': reject(node, statement); break;
    case 'nat_statement': nat(b, node, statement); break;
    case 'tproxy_statement': tproxy(b, node, statement); break;
    case 'mangle_statement': mangle(b, node, statement); break;
    case 'vmap_statement': lowerVmap(b, node, statement); break;
    case 'counter_statement': counter(b, node, statement); break;
    case 'log_statement': log(node, statement); break;
    case 'queue_statement': queue(node, statement); break;
    case 'notrack_statement': statement.effect = { kind: 'notrack' }; break;
    case 'set_statement':
    case 'meter_statement': dynamicSet(b, node, statement); break;
    case 'synproxy_statement':
      objectReference(b, node, 'synproxy');
      statement.effect = { kind: 'unknown', fields: [] };
      break;
    case 'fwd_statement':
    case 'reset_statement': statement.effect = { kind: 'unknown', fields: [] }; break;
    default: break;
  }
  b.rule.statements.push(statement);
}

/** An opaque match whose outcome changes from packet to packet (rate limits, quotas, connection counts). */
function statefulMatch(b: RuleBuilder, node: Node, module: string): void {
  b.rule.matches.push({ kind: 'opaque', text: node.text, location: b.cx.loc(node), stateful: true, module });
}

/** `counter name x`, `quota name x`, `limit name x`, `synproxy name x`: a named-object reference. */
function objectReference(b: RuleBuilder, node: Node, objectKind: ObjectKind): void {
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return;
  if (nameNode.type === 'map_expression') {
    mapObjectReferences(b, nameNode, objectKind);
    return;
  }
  const name = writtenName(b.cx, nameNode, b.env);
  if (name) b.cx.reference({ kind: 'object', name: name.name, location: name.location, table: b.table, objectKind });
}

/** `counter name tcp dport map { 80 : "http" }`: each object named in the anonymous map. */
function mapObjectReferences(b: RuleBuilder, mapNode: Node, objectKind: ObjectKind): void {
  const source = mapNode.childForFieldName('map');
  const map = source && source.type === 'variable' ? expand(source, b.env)?.node : source;
  if (!map || map.type !== 'set_expression') return;
  for (const element of children(map)) {
    const value = element.childForFieldName('value');
    const name = value ? writtenName(b.cx, value, b.env) : undefined;
    if (name) b.cx.reference({ kind: 'object', name: name.name, location: name.location, table: b.table, objectKind });
  }
}

/** A verdict node (`accept`, `jump x`, a map value `goto y`) as a model verdict; records the chain reference. */
export function verdictOf(b: Pick<RuleBuilder, 'cx' | 'env' | 'table'>, node: Node): Verdict | undefined {
  const kind = node.childForFieldName('verdict')?.text;
  if (kind === 'accept' || kind === 'drop' || kind === 'return' || kind === 'continue') return { kind };
  if (kind !== 'jump' && kind !== 'goto') return undefined;
  const target = node.childForFieldName('chain');
  if (!target || target.type === 'chain_body') return undefined;
  const name = writtenName(b.cx, target, b.env);
  if (!name) return undefined;
  b.cx.reference({ kind: 'chain', name: name.name, location: name.location, table: b.table });
  return { kind, target: name.name, targetLocation: name.location };
}

/** Anonymous chains read inside each other at most (the kernel allows 15 user chains below a base chain). */
const MAX_ANONYMOUS_DEPTH = 64;

function verdict(b: RuleBuilder, node: Node, statement: Statement): void {
  statement.name = node.childForFieldName('verdict')?.text ?? 'verdict';
  const v = verdictOf(b, node);
  if (v) {
    statement.verdict = v;
    if (v.kind === 'jump' || v.kind === 'goto') statement.args.target = v.target;
  } else if (node.childForFieldName('chain')?.type === 'chain_body') {
    // An anonymous chain (`jump { … }`): its rules are read for their references and checks, but the model has no
    // chain to jump to, so the statement's effect is unknown and it has no verdict.
    statement.effect = { kind: 'unknown' };
    const body = node.childForFieldName('chain')!;
    const anonymous: Chain = { ...b.rule.chain, name: `${b.rule.chain.name} (anonymous)`, rules: [], base: undefined };
    // Each level is a chain nested below the last. Far past the kernel's limit reading stops: a pathological input
    // would otherwise exhaust the stack.
    if (b.cx.anonymousDepth >= MAX_ANONYMOUS_DEPTH) {
      b.cx.ruleset.problems.push({
        code: 'jump-depth', severity: 'warning', location: b.cx.loc(node),
        message: `Anonymous chains are nested more than ${MAX_ANONYMOUS_DEPTH} deep here: the rules inside are not read. The kernel refuses chains nested more than 15 deep below a base chain ("Too many links").`,
      });
      return;
    }
    b.cx.anonymousDepth++;
    try {
      for (const item of children(body)) if (item.type === 'rule') lowerRule(b.cx, anonymous, item);
    } finally {
      b.cx.anonymousDepth--;
    }
  }
}

function reject(node: Node, statement: Statement): void {
  const protocol = node.childForFieldName('protocol')?.text;
  const type = node.childForFieldName('type')?.text;
  const withText = protocol ? `${protocol}${type ? ` ${type}` : ''}` : undefined;
  statement.verdict = withText ? { kind: 'reject', with: withText } : { kind: 'reject' };
  if (withText) statement.args.with = withText;
}

function nat(b: RuleBuilder, node: Node, statement: Statement): void {
  const kind = node.childForFieldName('kind')?.text ?? 'nat';
  statement.name = kind;
  for (const field of ['family', 'address', 'port', 'flags']) {
    const value = node.childForFieldName(field);
    if (value) statement.args[field] = field === 'flags' ? node.childrenForFieldName('flags').filter((n) => n?.isNamed).map((n) => n!.text).join(',') : value.text;
  }
  statement.effect = natEffect(b, node, kind);
  statement.verdict = { kind: 'accept' };
  checkContext(b, node, kind, node.childForFieldName('port') !== null);
}

function tproxy(b: RuleBuilder, node: Node, statement: Statement): void {
  for (const field of ['family', 'address', 'port']) {
    const value = node.childForFieldName(field);
    if (value) statement.args[field] = value.text;
  }
  statement.effect = tproxyEffect(b, node);
  checkContext(b, node, 'tproxy', true);
  // No socket for the packet: the rule stops here (tproxy sets NFT_BREAK).
  b.rule.matches.push({ kind: 'opaque', text: node.text, location: b.cx.loc(node), stateful: false, module: 'tproxy' });
}

/**
 * What nft wants before tproxy and nat: a transport protocol match (a positive `meta l4proto`, `ip protocol`,
 * `ip6 nexthdr` with values, or a tcp/udp header match) before tproxy or a port mapping, and, in an inet table, an
 * `ip`/`ip6` family (or an IPv4/IPv6 match) when an address is given.
 */
function checkContext(b: RuleBuilder, node: Node, statement: string, needsTransport: boolean): void {
  const matches = b.rule.matches;
  const transport = matches.some((m) => (m.kind === 'field' && m.field === 'l4proto' && !m.negated && m.values.length > 0
    && m.values.every((v) => v.kind === 'range')) || (m.kind === 'opaque' && /^(ip6 nexthdr|ip protocol)\s+(?!!=)/.test(m.text)));
  // A transport header read inside the statement (`redirect to :tcp dport map { … }`) sets the context too.
  const inside = node.descendantsOfType('payload_expression').some((n) => n !== null && selectorOf(n)?.dependency?.l4proto !== undefined);
  if (needsTransport && !transport && !inside) {
    b.cx.facts.missingProtocols.push({ statement, location: b.cx.loc(node), ruleStart: b.cx.loc(b.ruleNode), family: b.table.family });
  }
  const address = node.childForFieldName('address');
  const familyIssue = address ? natFamilyIssue(b, node) : undefined;
  if (familyIssue) b.cx.facts.valueIssues.push({ code: 'wrong-family', location: b.cx.loc(address!), message: familyIssue });
  if (!address || b.table.family !== 'inet' || node.childForFieldName('family') || !isLiteralAddress(b, address)) return;
  const network = matches.some((m) => m.kind === 'field' && (m.field === 'nfproto' || m.family !== undefined));
  if (!network) {
    b.cx.facts.valueIssues.push({
      code: 'wrong-family', location: b.cx.loc(node),
      message: `In an inet table, ${statement} to an address needs the family: write \`${statement} ip to …\` or \`${statement} ip6 to …\`.`,
    });
  }
}

/** An address written as a literal (or a variable holding one), not a map or an expression nft derives a family from. */
function isLiteralAddress(b: RuleBuilder, node: Node): boolean {
  const target = node.type === 'variable' ? expand(node, b.env)?.node : node;
  if (!target) return false;
  if (target.type === 'range_expression' || target.type === 'prefix_expression') {
    return [target.childForFieldName('low') ?? target.childForFieldName('address')].every((n) => n !== null && isLiteralAddress(b, n));
  }
  return target.type === 'ipv4_address' || target.type === 'ipv6_address';
}

const MARK_FIELDS: Record<string, Field> = { 'meta mark': 'mark', 'ct mark': 'ct.mark' };
/** ct keys whose change alters which connection (and so which state) later matches see. */
const CT_LOOKUP_KEYS = new Set(['ct zone']);
const CT_OBJECT_KEYS: Record<string, ObjectKind> = { 'ct helper': 'ct helper', 'ct timeout': 'ct timeout', 'ct expectation': 'ct expectation' };

function mangle(b: RuleBuilder, node: Node, statement: Statement): void {
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return;
  const path = modulePath(left);
  statement.name = left.type === 'meta_expression' ? 'meta-set' : left.type === 'ct_expression' ? 'ct-set' : 'payload-set';
  statement.args = { key: path, value: right.text };
  const objectKind = CT_OBJECT_KEYS[path] ?? (path === 'meta secmark' || path === 'ct secmark' ? 'secmark' : undefined);
  if (objectKind && (right.type === 'string' || right.type === 'identifier' || right.type === 'variable')) {
    statement.name = objectKind === 'secmark' ? 'secmark' : objectKind;
    const name = writtenName(b.cx, right, b.env);
    if (name) b.cx.reference({ kind: 'object', name: name.name, location: name.location, table: b.table, objectKind });
    return;
  }
  if (objectKind && right.type === 'map_expression') {
    mapObjectReferences(b, right, objectKind);
    return;
  }
  statement.effect = setEffect(b, path, right);
}

/** What `KEY set VALUE` does to the model's fields. */
function setEffect(b: RuleBuilder, path: string, right: Node): Effect {
  const field = MARK_FIELDS[path] ?? selectorOfPath(path);
  if (CT_LOOKUP_KEYS.has(path)) return { kind: 'unknown', fields: ['ct.state', 'ct.status', 'ct.mark', 'ct.direction'] };
  if (!field) return { kind: 'unknown', fields: [] };
  const target = right.type === 'variable' ? expand(right, b.env)?.node : right;
  if (target && MARK_FIELDS[path]) {
    if (target.type === 'number') {
      const value = parseInteger(target.text);
      if (value !== undefined) return { kind: 'set-field', field, value };
    }
    const from = selectorOf(target)?.field;
    if (from) return { kind: 'copy-field', field, from };
    const masked = maskedSelf(target, path);
    if (masked) return { kind: 'set-field', field, ...masked };
  }
  return { kind: 'unknown', fields: [field] };
}

function selectorOfPath(path: string): Field | undefined {
  return findSelector(...path.split(' '))?.field;
}

/** `meta mark set meta mark | 0x10` and `… & 0xff`: a change of some bits of the field itself. */
function maskedSelf(node: Node, path: string): { value: bigint; mask: bigint } | undefined {
  if (node.type !== 'binary_expression') return undefined;
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  const op = node.childForFieldName('operator')?.text;
  if (!left || !right || right.type !== 'number' || modulePath(left) !== path) return undefined;
  const v = parseInteger(right.text);
  if (v === undefined || v > 0xffffffffn) return undefined;
  if (op === '|' || op === 'or') return { value: v, mask: v };
  if (op === '&' || op === 'and') return { value: 0n, mask: 0xffffffffn & ~v };
  return undefined;
}

function counter(b: RuleBuilder, node: Node, statement: Statement): void {
  for (const field of ['packets', 'bytes']) {
    const value = node.childForFieldName(field);
    if (value) statement.args[field] = value.text;
  }
  const name = node.childForFieldName('name');
  if (name) statement.args.name = unquote(name.text);
  objectReference(b, node, 'counter');
}

function log(node: Node, statement: Statement): void {
  for (const option of children(node)) {
    const name = option.childForFieldName('name')?.text;
    if (!name) continue;
    statement.args[name] = option.childrenForFieldName('value').filter((n) => n !== null).map((n) => unquote(n!.text)).join(',');
  }
}

function queue(node: Node, statement: Statement): void {
  statement.verdict = { kind: 'queue' };
  const num = node.childForFieldName('num');
  if (num) statement.args.num = num.text;
  const flags = [...node.childrenForFieldName('flags'), ...node.childrenForFieldName('flag')].filter((n) => n?.isNamed || n?.type === 'bypass' || n?.type === 'fanout');
  if (flags.length > 0) statement.args.flags = flags.map((n) => n!.text).join(',');
}

/** `add @s { … }`, `update @s { … }`, `meter m { … }`: the set changes; a stateful element makes it a match too. */
function dynamicSet(b: RuleBuilder, node: Node, statement: Statement): void {
  const operation = node.childForFieldName('operation')?.text;
  statement.name = node.type === 'meter_statement' ? 'meter' : `set-${operation ?? 'add'}`;
  const element = node.childForFieldName('element');
  const set = node.childForFieldName('set');
  if (set) statement.args.set = set.text;
  if (element && children(element).some((c) => STATEFUL.has(c.type))) {
    statefulMatch(b, node, statement.name);
  }
  const name = set?.type === 'set_reference' ? set.text.slice(1) : node.childForFieldName('name')?.text;
  if (name) b.cx.dynamicSets.add(`${b.table.family} ${b.table.name} ${unquote(name)}`);
}

/** `KEY vmap { k : verdict, … }` or `vmap @m`: one verdict per key. */
function lowerVmap(b: RuleBuilder, node: Node, statement: Statement): void {
  statement.name = 'vmap';
  const key = node.childForFieldName('key');
  const source = node.childForFieldName('map');
  if (!key || !source) return;
  const map = source.type === 'variable' ? expand(source, b.env) : { node: source, env: b.env };
  statement.args.map = source.text;
  if (!map) {
    statement.verdict = { kind: 'vmap', map: undefined, entries: [] };
    statement.effect = { kind: 'unknown' };
    return;
  }
  if (map.node.type === 'set_reference') {
    statement.verdict = { kind: 'vmap', map: map.node.text.slice(1), entries: [] };
    addKeyDependencies(b, key);
    b.cx.namedVmaps.push({ statement, key: vmapKey(b, key), table: b.table });
    return;
  }
  addKeyDependencies(b, key);
  statement.verdict = { kind: 'vmap', map: undefined, entries: vmapEntries(b, key, map.node, map.env) };
}

/** The protocol dependencies of a vmap key are matches of the rule: without them there is no lookup. */
function addKeyDependencies(b: RuleBuilder, key: Node): void {
  const parts = concatParts(key);
  for (const part of parts) {
    const selector = selectorOf(part);
    if (selector) addDependencies(b, selector, b.cx.loc(key));
  }
}
