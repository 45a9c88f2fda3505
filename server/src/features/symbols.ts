/**
 * The outline of a document: tables → chains → rules, sets, maps, flowtables, named objects, and variables.
 * nft follows the blocks of the file (a table written twice is two entries, each with what it holds), enriched
 * from the model (hook and priority as a number, policy, key types); iptables follows the model (a chain gathers its
 * rules from anywhere in its `*table` block).
 */
import type { Node } from 'web-tree-sitter';
import type { CheckResult } from '../engine/check';
import type { ParsedFile } from '../engine/source';
import type { Chain, NamedSet, Range, Rule, Ruleset } from '../model/types';
import { nodeRange } from '../syntax/syntax-errors';
import { comparePositions } from './ranges';

export type OutlineKind = 'table' | 'chain' | 'rule' | 'set' | 'map' | 'flowtable' | 'object' | 'variable';

export interface OutlineItem {
  name: string;
  detail?: string;
  kind: OutlineKind;
  /** The whole element. */
  range: Range;
  /** The name (what the editor selects when the item is picked). */
  selectionRange: Range;
  children: OutlineItem[];
}

/** Longest rule text shown as an outline entry. */
const RULE_TEXT = 72;

/** The outline of a parsed file. */
export function documentSymbols(result: CheckResult, file: ParsedFile): OutlineItem[] {
  return file.dialect === 'iptables' ? iptablesOutline(result.ruleset, file.uri) : nftablesOutline(result.ruleset, file);
}

/** What an outline entry for a chain says after its name. */
export function chainDetail(chain: Chain): string {
  const parts: string[] = [];
  if (chain.base) {
    const { type, hook, priority, priorityText, devices } = chain.base;
    const shown = priorityText === String(priority) ? priorityText : `${priorityText} (${priority})`;
    if (chain.table.origin === 'nftables') parts.push(`type ${type}`);
    parts.push(`hook ${hook}`);
    if (devices.length > 0) parts.push(`device ${devices.join(', ')}`);
    parts.push(`priority ${shown}`);
    const policy = chain.policy ?? 'accept';
    parts.push(`policy ${chain.table.origin === 'iptables' ? policy.toUpperCase() : policy}`);
  }
  parts.push(chain.rules.length === 1 ? '1 rule' : `${chain.rules.length} rules`);
  return parts.join(' ');
}

function iptablesOutline(ruleset: Ruleset, uri: string): OutlineItem[] {
  return ruleset.tables.filter((t) => t.location.uri === uri).map((table) => ({
    name: table.name, detail: `*${table.name}`, kind: 'table' as const, range: table.location.range,
    selectionRange: table.nameLocation.range,
    children: table.chains.filter((c) => c.nameLocation.uri === uri).map((chain) => {
      const rules = chain.rules.filter((r) => r.location.uri === uri);
      const last = rules.reduce((end, r) => comparePositions(r.location.range.end, end) > 0 ? r.location.range.end : end, chain.location.range.end);
      return {
        name: chain.name, detail: chainDetail(chain), kind: 'chain' as const,
        range: { start: chain.location.range.start, end: last }, selectionRange: chain.nameLocation.range,
        children: rules.map((r) => ruleItem(r.text, r.location.range, r.comment)),
      };
    }),
  }));
}

function ruleItem(source: string, range: Range, comment: string | undefined): OutlineItem {
  const text = source.replace(/\s+/g, ' ').trim();
  return {
    name: text.length > RULE_TEXT ? `${text.slice(0, RULE_TEXT - 1)}…` : text, detail: comment, kind: 'rule',
    range, selectionRange: range, children: [],
  };
}

/** Model elements of one file by the start of their name, to enrich the tree's entries. */
interface ModelLookup {
  chains: Map<string, Chain>;
  sets: Map<string, NamedSet>;
  rules: Map<string, Rule>;
}

function at(range: Range): string {
  return `${range.start.line}:${range.start.character}`;
}

function lookup(ruleset: Ruleset, uri: string): ModelLookup {
  const found: ModelLookup = { chains: new Map(), sets: new Map(), rules: new Map() };
  for (const table of ruleset.tables) {
    for (const chain of table.chains) {
      if (chain.nameLocation.uri === uri) found.chains.set(at(chain.nameLocation.range), chain);
      for (const rule of chain.rules) if (rule.location.uri === uri) found.rules.set(at(rule.location.range), rule);
    }
    for (const set of table.sets) if (set.nameLocation.uri === uri) found.sets.set(at(set.nameLocation.range), set);
  }
  return found;
}

function nftablesOutline(ruleset: Ruleset, file: ParsedFile): OutlineItem[] {
  const model = lookup(ruleset, file.uri);
  const items: OutlineItem[] = [];
  for (const node of file.tree.rootNode.namedChildren) {
    if (!node) continue;
    if (node.type === 'table') {
      const name = node.childForFieldName('name');
      const body = node.childForFieldName('body');
      if (!name) continue;
      items.push({
        name: unquote(name.text), detail: node.childForFieldName('family')?.text ?? 'ip', kind: 'table',
        range: nodeRange(node), selectionRange: nodeRange(name), children: body ? bodyItems(body, model) : [],
      });
    } else {
      const variable = variableItem(node);
      if (variable) items.push(variable);
    }
  }
  const blocks = items.filter((i) => i.kind === 'table').map((i) => i.range);
  items.push(...commandTables(ruleset, file.uri, blocks));
  return items.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

/**
 * Tables built by commands (`add table inet t`, `add chain inet t c { … }`, `add rule inet t c …`): the model's
 * elements of this file that no table block holds, one entry per table spanning its commands.
 */
function commandTables(ruleset: Ruleset, uri: string, blocks: Range[]): OutlineItem[] {
  const outside = (range: Range): boolean => !blocks.some((b) => comparePositions(b.start, range.start) <= 0 && comparePositions(range.end, b.end) <= 0);
  const items: OutlineItem[] = [];
  for (const table of ruleset.tables) {
    const children: OutlineItem[] = [];
    for (const chain of table.chains) {
      if (chain.nameLocation.uri !== uri || !outside(chain.location.range)) continue;
      const rules = chain.rules.filter((r) => r.location.uri === uri && outside(r.location.range));
      children.push({
        name: chain.name, detail: chainDetail(chain), kind: 'chain', range: span([chain.location.range, ...rules.map((r) => r.location.range)]),
        selectionRange: chain.nameLocation.range, children: rules.map((r) => ruleItem(r.text, r.location.range, r.comment)),
      });
    }
    for (const set of table.sets) {
      if (set.nameLocation.uri !== uri || !outside(set.location.range)) continue;
      children.push({ name: set.name, detail: setDetail(undefined, set), kind: set.kind, range: set.location.range, selectionRange: set.nameLocation.range, children: [] });
    }
    const own = table.nameLocation.uri === uri && outside(table.location.range);
    if (children.length === 0 && !own) continue;
    const ranges = [...(own ? [table.location.range] : []), ...children.map((c) => c.range)];
    items.push({
      name: table.name, detail: table.family, kind: 'table', range: span(ranges),
      selectionRange: own ? table.nameLocation.range : children[0].selectionRange,
      children: children.sort((a, b) => comparePositions(a.range.start, b.range.start)),
    });
  }
  return items;
}

/** The smallest range holding all the given ones. */
function span(ranges: Range[]): Range {
  return ranges.reduce((all, r) => ({
    start: comparePositions(r.start, all.start) < 0 ? r.start : all.start,
    end: comparePositions(r.end, all.end) > 0 ? r.end : all.end,
  }));
}

function bodyItems(body: Node, model: ModelLookup): OutlineItem[] {
  const items: OutlineItem[] = [];
  for (const node of body.namedChildren) {
    if (!node) continue;
    const name = node.childForFieldName('name');
    if (node.type === 'chain' && name) items.push(chainItem(node, name, model));
    else if ((node.type === 'set' || node.type === 'map') && name) items.push(declarationItem(node, name, node.type, setDetail(node, model.sets.get(at(nodeRange(name))))));
    else if (node.type === 'flowtable' && name) items.push(declarationItem(node, name, 'flowtable', declarationsText(node, ['hook_declaration', 'devices_declaration'])));
    else if (node.type === 'object' && name) items.push(declarationItem(node, name, 'object', node.childForFieldName('kind')?.text.replace(/\s+/g, ' ')));
    else {
      const variable = variableItem(node);
      if (variable) items.push(variable);
    }
  }
  return items;
}

function chainItem(node: Node, name: Node, model: ModelLookup): OutlineItem {
  const chain = model.chains.get(at(nodeRange(name)));
  const rules = node.childForFieldName('body')?.namedChildren.filter((n): n is Node => n?.type === 'rule') ?? [];
  return {
    name: unquote(name.text), kind: 'chain', range: nodeRange(node), selectionRange: nodeRange(name),
    detail: chain ? chainDetail(chain) : declarationsText(node, ['chain_type_declaration', 'policy_declaration']),
    children: rules.map((rule) => {
      const modelled = model.rules.get(at(nodeRange(rule)));
      return ruleItem(rule.text, nodeRange(rule), modelled?.comment ?? unquoteComment(rule.childForFieldName('comment')));
    }),
  };
}

function declarationItem(node: Node, name: Node, kind: OutlineKind, detail: string | undefined): OutlineItem {
  return { name: unquote(name.text), detail, kind, range: nodeRange(node), selectionRange: nodeRange(name), children: [] };
}

/** `type ipv4_addr flags interval 3 elements` from the model, else from the declarations as written. */
function setDetail(node: Node | undefined, set: NamedSet | undefined): string | undefined {
  if (!set) return node && declarationsText(node, ['type_declaration', 'typeof_declaration', 'flags_declaration']);
  const parts = [set.dataType ? `type ${set.keyType} : ${set.dataType}` : `type ${set.keyType}`];
  if (set.flags.length > 0) parts.push(`flags ${set.flags.join(',')}`);
  parts.push(set.elements.length === 1 ? '1 element' : `${set.elements.length} elements`);
  return parts.join(' ');
}

/** The text of some declarations of a block, on one line. */
function declarationsText(node: Node, types: string[]): string | undefined {
  const body = node.childForFieldName('body');
  const parts = body?.namedChildren.filter((n): n is Node => n !== null && types.includes(n.type)).map((n) => n.text.replace(/\s+/g, ' '));
  return parts && parts.length > 0 ? parts.join('; ') : undefined;
}

function variableItem(node: Node): OutlineItem | undefined {
  if (node.type !== 'define' && node.type !== 'redefine') return undefined;
  const name = node.childForFieldName('name');
  if (!name) return undefined;
  const value = node.childForFieldName('value')?.text.replace(/\s+/g, ' ') ?? '';
  return {
    name: `$${name.text}`, detail: value.length > RULE_TEXT ? `${value.slice(0, RULE_TEXT - 1)}…` : value, kind: 'variable',
    range: nodeRange(node), selectionRange: nodeRange(name), children: [],
  };
}

function unquoteComment(node: Node | null): string | undefined {
  return node ? unquote(node.text) : undefined;
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}
