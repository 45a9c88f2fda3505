/**
 * Declarations of nft tables, chains, flowtables and named objects (sets and maps are in nft-sets.ts), shared by
 * block style (`table inet t { chain c { … } }`) and command style (`add chain inet t c { … }`).
 *
 * Declaring an existing object again adds to it (nft merges), and the repeated name is recorded as a reference so
 * renaming finds every place. Within one table block nft creates chains, sets, flowtables and objects before it
 * adds rules, so a rule may use a name the block declares further down.
 */
import type { Node } from 'web-tree-sitter';
import { namedPriority } from '../catalog/nftables/index';
import type { NftFamily, NftHook } from '../catalog/nftables/types';
import { IFNAME_MAX } from '../catalog/values/index';
import { children, unquote } from './lowering-util';
import type { Env, NftLowering, WrittenName } from './nft-context';
import { lowerInclude } from './nft-includes';
import { lowerRuleOrReuse } from './nft-memo';
import { declareSet, lowerSetBody } from './nft-sets';
import { parseInteger } from './nft-values';
import { expand, lowerVariableDirective, writtenName } from './nft-variables';
import type { BaseChainInfo, Chain, ChainType, Family, Flowtable, Hook, Location, NamedObject, ObjectKind, Table } from './types';
import { byName } from './lookup';

const FAMILIES = new Set<Family>(['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev']);
const CHAIN_TYPES = new Set<ChainType>(['filter', 'nat', 'route']);
const HOOKS = new Set<Hook>(['prerouting', 'input', 'forward', 'output', 'postrouting', 'ingress', 'egress']);
const OBJECT_KINDS = new Set<ObjectKind>(['counter', 'quota', 'limit', 'ct helper', 'ct timeout', 'ct expectation', 'synproxy', 'secmark']);

/** The family a `family` node names; nft's default is ip. */
export function familyOf(node: Node | null): Family {
  const text = node?.text as Family | undefined;
  return text && FAMILIES.has(text) ? text : 'ip';
}

/** The table of that family and name, if the ruleset has it. */
export function findTable(cx: NftLowering, family: Family, name: string): Table | undefined {
  return cx.ruleset.tables.find((t) => t.family === family && t.name === name);
}

/** Creates a table, or returns the existing one (recording the repeated name as a reference). */
export function declareTable(cx: NftLowering, family: Family, name: WrittenName, location: Location): Table {
  const existing = findTable(cx, family, name.name);
  if (existing) return existing;
  const table: Table = {
    family, name: name.name, origin: 'nftables', location, nameLocation: name.location,
    chains: [], sets: [], flowtables: [], objects: [], flags: [],
  };
  cx.ruleset.tables.push(table);
  return table;
}

/** `table FAMILY NAME { … }`. */
export function lowerTableBlock(cx: NftLowering, node: Node): void {
  const end = cx.beginUnit();
  const name = writtenName(cx, node.childForFieldName('name'), cx.env());
  const body = node.childForFieldName('body');
  if (name) {
    const table = declareTable(cx, familyOf(node.childForFieldName('family')), name, cx.loc(node));
    if (body) cx.inScope(() => lowerTableBody(cx, table, body));
  }
  end();
}

/** The items of a table block, in order. */
export function lowerTableBody(cx: NftLowering, table: Table, body: Node): void {
  const seen = new Map<string, Location>();
  for (const item of children(body)) {
    switch (item.type) {
      case 'define': case 'redefine': case 'undefine': lowerVariableDirective(cx, item); break;
      case 'include': lowerInclude(cx, item, { table }); break;
      case 'chain': {
        const name = writtenName(cx, item.childForFieldName('name'), cx.env());
        const chainBody = item.childForFieldName('body');
        if (name) lowerChainBody(cx, declareChain(cx, table, name, cx.loc(item)), chainBody);
        break;
      }
      case 'set': case 'map': {
        const name = writtenName(cx, item.childForFieldName('name'), cx.env());
        if (name) lowerSetBody(cx, declareSet(cx, table, item.type, name, cx.loc(item)), item.childForFieldName('body'));
        break;
      }
      case 'flowtable': {
        const name = writtenName(cx, item.childForFieldName('name'), cx.env());
        if (name) lowerFlowtableBody(cx, declareFlowtable(cx, table, name, cx.loc(item)), item.childForFieldName('body'));
        break;
      }
      case 'object': lowerObjectItem(cx, table, item); break;
      case 'flags_declaration':
        for (const flag of item.childrenForFieldName('flags')) if (flag?.isNamed) table.flags.push(flag.text);
        break;
      case 'comment_declaration': once(cx, seen, 'comment', item); break;
      default: break;
    }
  }
}

/** Records a property written twice in one block (nft: "You can only specify this once"). */
export function once(cx: NftLowering, seen: Map<string, Location>, what: string, node: Node): void {
  const first = seen.get(what);
  if (first) cx.facts.duplicates.push({ what, location: cx.loc(node), first });
  else seen.set(what, cx.loc(node));
}

/** Creates a chain, or returns the existing one. */
export function declareChain(cx: NftLowering, table: Table, name: WrittenName, location: Location): Chain {
  const existing = byName(table.chains, name.name);
  if (existing) {
    cx.reference({ kind: 'chain', name: name.name, location: name.location, table });
    return existing;
  }
  const chain: Chain = { table, name: name.name, location, nameLocation: name.location, rules: [], builtin: false };
  table.chains.push(chain);
  return chain;
}

/** The items of a chain block: its base chain settings, policy, comment and rules. */
export function lowerChainBody(cx: NftLowering, chain: Chain, body: Node | null): void {
  if (!body) return;
  cx.inScope(() => lowerChainItems(cx, chain, body, new Map()));
}

/** The items of a chain block in the current scope (an include inside a chain reads its file this way). */
export function lowerChainItems(cx: NftLowering, chain: Chain, body: Node, seen: Map<string, Location>): void {
  for (const item of children(body)) {
    {
      switch (item.type) {
        case 'define': case 'redefine': case 'undefine': lowerVariableDirective(cx, item); break;
        case 'include': lowerInclude(cx, item, { table: chain.table, chain }); break;
        case 'chain_type_declaration': baseChain(cx, chain, item); break;
        case 'policy_declaration': policy(cx, chain, item, seen); break;
        case 'comment_declaration':
          once(cx, seen, 'comment', item);
          chain.comment = unquote(item.childForFieldName('value')?.text ?? '');
          break;
        case 'devices_declaration': {
          const devices = devicesOf(cx, item.childForFieldName('devices'), cx.env());
          if (chain.base) chain.base.devices.push(...devices);
          break;
        }
        case 'rule': {
          const rule = lowerRuleOrReuse(cx, chain, item);
          rule.index = chain.rules.length;
          chain.rules.push(rule);
          break;
        }
        default: break;
      }
    }
  }
}

function policy(cx: NftLowering, chain: Chain, item: Node, seen: Map<string, Location>): void {
  const first = seen.get('policy');
  if (first) cx.facts.duplicates.push({ what: 'policy', location: cx.loc(item), first });
  seen.set('policy', cx.loc(item));
  cx.facts.policies.push({ chain, location: cx.loc(item) });
  const policyNode = item.childForFieldName('policy');
  const written = writtenName(cx, policyNode, cx.env());
  const undefinedVariable = policyNode?.type === 'variable' && !cx.scope.lookup(policyNode.text.slice(1));
  if (policyNode && written?.name !== 'accept' && written?.name !== 'drop' && !undefinedVariable) {
    const what = written ? `, not '${written.name}'` : `; $${policyNode.text.slice(1)} holds something else`;
    const at = policyNode.type === 'variable' ? cx.nameLoc(policyNode) : cx.loc(policyNode);
    cx.facts.valueIssues.push({ code: 'invalid-value', location: at, message: `A chain policy is accept or drop${what}.` });
  }
  if (written?.name === 'accept' || written?.name === 'drop') {
    chain.policy = written.name;
    chain.policyLocation = cx.loc(item);
  }
}

/** `type T hook H [device D | devices = { … }] priority P`. */
function baseChain(cx: NftLowering, chain: Chain, node: Node): void {
  const env = cx.env();
  const typeNode = node.childForFieldName('type');
  const hookNode = node.childForFieldName('hook');
  const priorityNode = node.childForFieldName('priority');
  if (!typeNode || !hookNode || !priorityNode) return;
  const type = typeNode.text as ChainType;
  const hook = hookNode.text as Hook;
  const deviceNode = node.childForFieldName('device') ?? node.childForFieldName('devices');
  const devices = devicesOf(cx, deviceNode, env);
  const priority = evalPriority(cx, chain.table.family, hook, priorityNode, env);
  cx.facts.baseChains.push({
    chain, table: chain.table, type: type, typeLocation: cx.loc(typeNode), hook: hook, hookLocation: cx.loc(hookNode),
    ...(priority.name !== undefined ? { priorityName: priority.name } : {}), priorityLocation: cx.loc(priorityNode),
    ...(priority.invalid !== undefined ? { priorityInvalid: priority.invalid } : {}),
    hasDevice: deviceNode !== null, location: cx.loc(node),
  });
  if (!CHAIN_TYPES.has(type) || !HOOKS.has(hook)) return;
  const info: BaseChainInfo = { type, hook, priority: priority.value, priorityText: priorityNode.text, devices };
  if (chain.base && (chain.base.type !== type || chain.base.hook !== hook)) {
    cx.facts.conflicts.push({ kind: 'chain', name: chain.name, location: cx.loc(node), first: chain.location, reason: 'hook' });
  }
  chain.base = info;
}

/** A priority as a number: `-150`, `filter + 10`, `$prio`; unknown names count as 0 (the diagnostics say why). */
function evalPriority(cx: NftLowering, family: Family, hook: Hook, node: Node, env: Env): { value: number; name?: string; invalid?: string } {
  const base = node.childForFieldName('base');
  if (!base) {
    const n = Number(node.text.replace(/\s+/g, ''));
    return { value: Number.isFinite(n) ? n : 0 };
  }
  let baseValue: number | undefined;
  let name: string | undefined;
  const target = base.type === 'variable' ? expand(base, env)?.node : base;
  if (target?.type === 'number') baseValue = Number(parseInteger(target.text) ?? 0n);
  else if (target?.type === 'negative_number') baseValue = -Number(parseInteger(target.text.replace(/^-\s*/, '')) ?? 0n);
  else if (target && (target.type === 'identifier' || target.type === 'string')) {
    // A string may hold a whole priority expression: define p = "filter - 100".
    const m = /^\s*(-?[0-9]+|[A-Za-z_][A-Za-z0-9_-]*)\s*(?:([+-])\s*([0-9]+))?\s*$/.exec(unquote(target.text));
    if (!m) return { value: 0, invalid: target.text };
    if (/^-?[0-9]/.test(m[1])) baseValue = Number(m[1]);
    else {
      name = m[1];
      baseValue = namedPriority(family as NftFamily, hook as NftHook, name);
    }
    if (m[2]) baseValue = (baseValue ?? 0) + (m[2] === '-' ? -Number(m[3]) : Number(m[3]));
  } else if (target) {
    return { value: 0, invalid: target.text };
  }
  const offset = Number(parseInteger(node.childForFieldName('offset')?.text ?? '0') ?? 0n);
  const value = (baseValue ?? 0) + (node.childForFieldName('operator')?.text === '-' ? -offset : offset);
  return name === undefined ? { value } : { value, name };
}

/** Device names of `device X` or `devices = { a, b }`; a name longer than IFNAMSIZ allows is an issue. */
function devicesOf(cx: NftLowering, node: Node | null, env: Env): string[] {
  if (!node) return [];
  const target = node.type === 'variable' ? expand(node, env) : { node, env };
  if (!target) return [];
  const items = target.node.type === 'set_expression'
    ? children(target.node).map((e) => e.childForFieldName('key')).filter((k): k is Node => k !== null)
    : [target.node];
  const names: string[] = [];
  for (const item of items) {
    if (item.type === 'variable' || item.type === 'set_expression') {
      names.push(...devicesOf(cx, item, target.env));
      continue;
    }
    const name = writtenName(cx, item, target.env);
    if (!name) continue;
    if (name.name.length > IFNAME_MAX) {
      cx.facts.valueIssues.push({ code: 'invalid-value', location: target.env.site ?? name.location, message: `Device name '${name.name}' is longer than ${IFNAME_MAX} characters.` });
    }
    names.push(name.name);
  }
  return names;
}

/** Creates a flowtable, or returns the existing one. */
export function declareFlowtable(cx: NftLowering, table: Table, name: WrittenName, location: Location): Flowtable {
  const existing = table.flowtables.find((f) => f.name === name.name);
  if (existing) {
    cx.reference({ kind: 'flowtable', name: name.name, location: name.location, table });
    return existing;
  }
  const flowtable: Flowtable = { table, name: name.name, location, nameLocation: name.location, devices: [] };
  table.flowtables.push(flowtable);
  return flowtable;
}

/** `hook ingress priority P; devices = { … }` of a flowtable. */
export function lowerFlowtableBody(cx: NftLowering, flowtable: Flowtable, body: Node | null): void {
  for (const item of body ? children(body) : []) {
    if (item.type === 'hook_declaration') {
      const hookNode = item.childForFieldName('hook');
      const hook = hookNode?.text;
      const priority = item.childForFieldName('priority');
      if (hookNode && hook) cx.facts.flowtableHooks.push({ hook, location: cx.loc(hookNode) });
      if (hook) flowtable.hook = hook;
      if (priority) flowtable.priority = evalPriority(cx, flowtable.table.family, 'ingress', priority, cx.env()).value;
    } else if (item.type === 'devices_declaration') {
      flowtable.devices.push(...devicesOf(cx, item.childForFieldName('devices'), cx.env()));
    } else if (item.type === 'define' || item.type === 'redefine' || item.type === 'undefine') {
      lowerVariableDirective(cx, item);
    }
  }
}

/** The object kind an `object_kind` node names (`ct helper` written with any spacing). */
export function objectKindOf(node: Node | null): ObjectKind | undefined {
  const text = node?.text.replace(/\s+/g, ' ') as ObjectKind | undefined;
  return text && OBJECT_KINDS.has(text) ? text : undefined;
}

function lowerObjectItem(cx: NftLowering, table: Table, item: Node): void {
  const kind = objectKindOf(item.childForFieldName('kind'));
  const name = writtenName(cx, item.childForFieldName('name'), cx.env());
  if (kind && name) lowerObjectBody(cx, declareObject(cx, table, kind, name, cx.loc(item)), item.childForFieldName('body'));
}

/** Creates a named object, or returns the existing one of that kind. */
export function declareObject(cx: NftLowering, table: Table, kind: ObjectKind, name: WrittenName, location: Location): NamedObject {
  const existing = table.objects.find((o) => o.kind === kind && o.name === name.name);
  if (existing) {
    cx.reference({ kind: 'object', name: name.name, location: name.location, table, objectKind: kind });
    return existing;
  }
  const object: NamedObject = { table, kind, name: name.name, location, nameLocation: name.location, properties: {} };
  table.objects.push(object);
  return object;
}

/** Words that start a property in the body of each object kind (what follows them is their value). */
const PROPERTY_WORDS: Record<ObjectKind, ReadonlySet<string>> = {
  counter: new Set(['packets', 'bytes']),
  quota: new Set(['over', 'until', 'used']),
  limit: new Set(['rate', 'burst']),
  'ct helper': new Set(['type', 'protocol', 'l3proto']),
  'ct timeout': new Set(['protocol', 'l3proto', 'policy']),
  'ct expectation': new Set(['protocol', 'dport', 'timeout', 'size', 'l3proto']),
  synproxy: new Set(['mss', 'wscale', 'timestamp', 'sack-perm']),
  secmark: new Set(),
};

/** The properties of a named object's body, by name; a bare value (`quota q { 25 mbytes }`) is `value`. */
export function lowerObjectBody(cx: NftLowering, object: NamedObject, body: Node | null): void {
  const seen = new Map<string, Location>();
  const properties = object.properties ?? (object.properties = {});
  for (const item of body ? children(body) : []) {
    if (item.type === 'comment_declaration') {
      once(cx, seen, 'comment', item);
      properties.comment = unquote(item.childForFieldName('value')?.text ?? '');
    } else if (item.type === 'object_property') {
      let key = object.kind === 'secmark' ? 'context' : 'value';
      for (const token of item.children) {
        if (!token) continue;
        if (token.type === 'identifier' && PROPERTY_WORDS[object.kind].has(token.text)) {
          key = token.text;
          properties[key] = properties[key] ?? '';
          continue;
        }
        if (token.text === '=' || token.text === ';') continue;
        properties[key] = `${properties[key] ? `${properties[key]} ` : ''}${token.type === 'string' ? unquote(token.text) : token.text}`;
      }
    } else if (item.type === 'define' || item.type === 'redefine' || item.type === 'undefine') {
      lowerVariableDirective(cx, item);
    }
  }
  if (object.kind === 'quota' && body) checkQuota(cx, properties, body);
}

const BYTE_UNITS: Record<string, bigint> = { bytes: 1n, kbytes: 1024n, mbytes: 1024n ** 2n, gbytes: 1024n ** 3n };

/** `12 mbytes` in bytes, when it reads as that. */
function bytesOf(text: string | undefined): bigint | undefined {
  const m = /^([0-9]+)\s*(bytes|kbytes|mbytes|gbytes)$/.exec(text?.trim() ?? '');
  return m ? BigInt(m[1]) * BYTE_UNITS[m[2]] : undefined;
}

/** The kernel refuses a quota whose `used` is already beyond the quota ("Invalid argument"). */
function checkQuota(cx: NftLowering, properties: Record<string, string>, body: Node): void {
  const limit = bytesOf(properties.over ?? properties.until ?? properties.value);
  const used = bytesOf(properties.used);
  if (limit !== undefined && used !== undefined && used > limit) {
    cx.facts.valueIssues.push({ code: 'invalid-value', location: cx.loc(body), message: `The quota has used ${properties.used}, more than its ${properties.over ?? properties.until ?? properties.value}: the kernel refuses it.` });
  }
}
