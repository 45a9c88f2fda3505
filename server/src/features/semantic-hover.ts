/**
 * Semantic hovers: what the model knows about the name or value under the cursor. Chains (kind, hook, numeric
 * priority, policy, rules, who jumps here), sets and maps (types, flags, elements), variables (value, definition,
 * uses), flowtables and named objects, tables; values are explained by semantic-hover-values.ts.
 */
import { NAMED_PRIORITIES } from '../catalog/nftables/index';
import type { NftFamily, NftHook } from '../catalog/nftables/types';
import type { CheckResult } from '../engine/check';
import type { ParsedFile } from '../engine/source';
import type { Chain, Location, NamedSet, Position, Reference, Rule, Ruleset, Table, Variable } from '../model/types';
import { nodeRange } from '../syntax/syntax-errors';
import { containsPosition } from './ranges';
import { valueHover } from './semantic-hover-values';

/** Markdown about the thing at the position, with the range it covers. */
export interface SemanticHover {
  contents: string;
  range: Location['range'];
}

/** The semantic hover at a position, if the model knows the name or value there. */
export function semanticHover(result: CheckResult, file: ParsedFile, position: Position): SemanticHover | undefined {
  return nameHover(result.ruleset, file.uri, position) ?? iptChainNameHover(result.ruleset, file, position) ?? valueHover(result, file, position);
}

/** Where a numeric priority sits among the standard ones of the family and hook (lower runs first). */
export function priorityOrder(family: string, hook: string, priority: number): string | undefined {
  const named = NAMED_PRIORITIES.filter((p) => p.families.includes(family as NftFamily) && (!p.hooks || p.hooks.includes(hook as NftHook)))
    .sort((a, b) => a.value - b.value);
  if (named.length === 0) return undefined;
  const same = named.find((p) => p.value === priority);
  if (same) return `Runs at the standard \`${same.name}\` priority of this hook.`;
  const before = named.filter((p) => p.value < priority).pop();
  const after = named.find((p) => p.value > priority);
  const parts = [before && `after \`${before.name}\` (${before.value})`, after && `before \`${after.name}\` (${after.value})`].filter(Boolean);
  return `Runs ${parts.join(' and ')} on this hook.`;
}

/** iptables names chains in `-A CHAIN`, `-P CHAIN`, `-N CHAIN` too, which are not references in the model. */
function iptChainNameHover(ruleset: Ruleset, file: ParsedFile, position: Position): SemanticHover | undefined {
  if (file.dialect !== 'iptables') return undefined;
  const node = file.tree.rootNode.descendantForPosition({ row: position.line, column: position.character });
  if (node?.type !== 'chain_name') return undefined;
  const table = ruleset.tables.find((t) => at(t.location, file.uri, position));
  const chain = table?.chains.find((c) => c.name === node.text);
  return chain ? { contents: chainHover(ruleset, chain), range: nodeRange(node) } : undefined;
}

const at = (location: Location, uri: string, position: Position): boolean => location.uri === uri && containsPosition(location.range, position);

function nameHover(ruleset: Ruleset, uri: string, position: Position): SemanticHover | undefined {
  const reference = ruleset.references.find((r) => at(r.location, uri, position));
  if (reference) {
    const contents = referenceHover(ruleset, reference);
    return contents ? { contents, range: reference.location.range } : undefined;
  }
  for (const table of ruleset.tables) {
    if (at(table.nameLocation, uri, position)) return { contents: tableHover(table), range: table.nameLocation.range };
    for (const chain of table.chains) {
      if (at(chain.nameLocation, uri, position)) return { contents: chainHover(ruleset, chain), range: chain.nameLocation.range };
    }
    for (const set of table.sets) {
      if (at(set.nameLocation, uri, position)) return { contents: setHover(ruleset, set), range: set.nameLocation.range };
    }
  }
  const variable = ruleset.variables.find((v) => at(v.nameLocation, uri, position));
  return variable ? { contents: variableHover(ruleset, variable), range: variable.nameLocation.range } : undefined;
}

function referenceHover(ruleset: Ruleset, reference: Reference): string | undefined {
  const table = reference.table;
  if (reference.kind === 'chain') {
    const chain = table?.chains.find((c) => c.name === reference.name);
    return chain ? chainHover(ruleset, chain) : `**chain \`${reference.name}\`** — not declared in table \`${table?.name ?? '?'}\`.`;
  }
  if (reference.kind === 'set' || reference.kind === 'map') {
    const set = table?.sets.find((s) => s.name === reference.name);
    return set ? setHover(ruleset, set) : `**${reference.kind} \`@${reference.name}\`** — not declared in table \`${table?.name ?? '?'}\`.`;
  }
  if (reference.kind === 'variable') {
    const variable = ruleset.variables.find((v) => reference.definition && sameLocation(v.nameLocation, reference.definition))
      ?? [...ruleset.variables].reverse().find((v) => v.name === reference.name && v.action !== 'undefine');
    return variable ? variableHover(ruleset, variable) : `**\`$${reference.name}\`** — no visible \`define\` for this variable.`;
  }
  if (reference.kind === 'flowtable') {
    const flowtable = table?.flowtables.find((f) => f.name === reference.name);
    if (!flowtable) return undefined;
    const hook = flowtable.hook ? ` · hook ${flowtable.hook}${flowtable.priority === undefined ? '' : ` priority ${flowtable.priority}`}` : '';
    return `**flowtable \`${flowtable.name}\`**${hook}\n\nDevices: ${flowtable.devices.map((d) => `\`${d}\``).join(', ') || 'none'}; \`flow add @${flowtable.name}\` offloads connections to it.`;
  }
  const object = table?.objects.find((o) => o.name === reference.name && (!reference.objectKind || o.kind === reference.objectKind));
  if (!object) return undefined;
  const properties = Object.entries(object.properties ?? {}).map(([k, v]) => `\`${k} ${v}\``).join(', ');
  return `**${object.kind} \`${object.name}\`** of table \`${table?.name}\`${properties ? `\n\n${properties}` : ''}`;
}

function sameLocation(a: Location, b: Location): boolean {
  return a.uri === b.uri && a.range.start.line === b.range.start.line && a.range.start.character === b.range.start.character;
}

/** Where a location is, for lists: `line 12` in this file, `file.nft:12` elsewhere. */
function where(location: Location, uri: string): string {
  const line = location.range.start.line + 1;
  return location.uri === uri ? `line ${line}` : `${decodeURIComponent(location.uri.slice(location.uri.lastIndexOf('/') + 1))}:${line}`;
}

const LIST_MAX = 8;

/** The rules (or other places) that use a name, as a short list. */
function usesList(ruleset: Ruleset, uses: readonly Reference[], one: string, many: string): string {
  if (uses.length === 0) return `No ${many}.`;
  const byRule = ruleAt(ruleset);
  const lines = uses.slice(0, LIST_MAX).map((r) => {
    const rule = byRule(r.location);
    const text = rule ? rule.text.replace(/\s+/g, ' ').slice(0, 80) : '';
    const owner = rule ? ` (chain \`${rule.chain.name}\`)` : setHolding(ruleset, r.location);
    return `- ${where(r.location, ruleset.uri)}${owner}${text ? `: \`${text}\`` : ''}`;
  });
  if (uses.length > LIST_MAX) lines.push(`- and ${uses.length - LIST_MAX} more`);
  return `${uses.length === 1 ? `1 ${one}` : `${uses.length} ${many}`}:\n${lines.join('\n')}`;
}

/** ` (map \`m\`)` when a map element holds the location (a verdict map's `jump`). */
function setHolding(ruleset: Ruleset, location: Location): string {
  for (const table of ruleset.tables) {
    const set = table.sets.find((s) => s.location.uri === location.uri && containsPosition(s.location.range, location.range.start));
    if (set) return ` (${set.kind} \`${set.name}\`)`;
  }
  return '';
}

const ruleIndex = new WeakMap<Ruleset, Map<string, Rule[]>>();

/** Finds the rule holding a location (rules indexed by file and first line). */
function ruleAt(ruleset: Ruleset): (location: Location) => Rule | undefined {
  let index = ruleIndex.get(ruleset);
  if (!index) {
    index = new Map();
    for (const table of ruleset.tables) for (const chain of table.chains) for (const rule of chain.rules) {
      const key = `${rule.location.uri}#${rule.location.range.start.line}`;
      index.set(key, [...(index.get(key) ?? []), rule]);
    }
    ruleIndex.set(ruleset, index);
  }
  const found = index;
  return (location) => found.get(`${location.uri}#${location.range.start.line}`)?.find((r) => containsPosition(r.location.range, location.range.start));
}

function chainHover(ruleset: Ruleset, chain: Chain): string {
  const table = chain.table;
  const lines: string[] = [];
  if (chain.base) {
    const base = chain.base;
    const priority = base.priorityText === String(base.priority) ? `${base.priority}` : `${base.priorityText} (= ${base.priority})`;
    const kind = chain.builtin ? 'built-in chain' : 'base chain';
    lines.push(`**${kind} \`${chain.name}\`** of table \`${table.family} ${table.name}\``);
    lines.push(`type ${base.type} · hook ${base.hook} · priority ${priority} · policy ${chain.policy ?? 'accept'}${base.devices.length ? ` · device ${base.devices.join(', ')}` : ''}`);
    const order = priorityOrder(table.family, base.hook, base.priority);
    if (order) lines.push(order);
  } else {
    lines.push(`**${chain.table.origin === 'iptables' ? 'user chain' : 'regular chain'} \`${chain.name}\`** of table \`${table.family} ${table.name}\``);
    lines.push('Runs only when a rule jumps (or goes) to it; at its end, evaluation returns to the caller.');
  }
  lines.push(`${chain.rules.length} rule${chain.rules.length === 1 ? '' : 's'}.${chain.comment ? ` Comment: ${chain.comment}` : ''}`);
  const callers = ruleset.references.filter((r) => r.kind === 'chain' && r.name === chain.name && r.table === table);
  if (!chain.base || callers.length) lines.push(usesList(ruleset, callers, 'jump or goto leads here', 'jumps or gotos lead here'));
  return lines.join('\n\n');
}

const PREVIEW = 6;

function setHover(ruleset: Ruleset, set: NamedSet): string {
  const types = `${set.keyType}${set.dataType ? ` : ${set.dataType}` : ''}`;
  const lines = [`**${set.kind} \`${set.name}\`** of table \`${set.table.family} ${set.table.name}\``, `type \`${types}\`${set.flags.length ? ` · flags ${set.flags.join(', ')}` : ''}`];
  const count = set.elements.length;
  const preview = set.elements.slice(0, PREVIEW).map((e) => e.text.replace(/\s+/g, ' ')).join(', ');
  lines.push(count === 0 ? 'No elements in the file (they may be added at run time).' : `${count} element${count === 1 ? '' : 's'}: \`${preview}${count > PREVIEW ? ', …' : ''}\``);
  const uses = ruleset.references.filter((r) => (r.kind === 'set' || r.kind === 'map') && r.name === set.name && r.table === set.table);
  lines.push(usesList(ruleset, uses, 'rule uses it', 'rules use it'));
  return lines.join('\n\n');
}

function variableHover(ruleset: Ruleset, variable: Variable): string {
  const value = variable.value.length > 300 ? `${variable.value.slice(0, 297)}…` : variable.value;
  const lines = [`**\`$${variable.name}\`** — ${variable.action === 'redefine' ? 'redefined' : 'defined'} at ${where(variable.location, ruleset.uri)}`, `\`\`\`nft\n${value}\n\`\`\``];
  const uses = ruleset.references.filter((r) => r.kind === 'variable' && r.definition && sameLocation(r.definition, variable.nameLocation));
  lines.push(usesList(ruleset, uses, 'use', 'uses'));
  return lines.join('\n\n');
}

function tableHover(table: Table): string {
  const rules = table.chains.reduce((n, c) => n + c.rules.length, 0);
  const base = table.chains.filter((c) => c.base).length;
  const parts = [`${table.chains.length} chains (${base} attached to hooks)`, `${rules} rules`];
  if (table.sets.length) parts.push(`${table.sets.length} sets and maps`);
  if (table.flowtables.length) parts.push(`${table.flowtables.length} flowtables`);
  if (table.objects.length) parts.push(`${table.objects.length} named objects`);
  return `**table \`${table.family} ${table.name}\`**${table.flags.length ? ` · flags ${table.flags.join(', ')}` : ''}\n\n${parts.join(' · ')}`;
}
