/**
 * Names an nft file declares (tables, chains, sets, maps, flowtables, named objects, variables), for completion.
 * The model has them once the file was checked; while the user types, the check may be one edit behind, so the
 * tree's declarations (cheap: table bodies and top-level items only) are merged in.
 */
import type { Node, Tree } from 'web-tree-sitter';
import type { ParsedFile } from '../engine/source';
import type { Ruleset } from '../model/types';

/** A chain and, for base chains, where it hooks in. */
export interface ChainName {
  name: string;
  /** `filter input`, for base chains. */
  base?: string;
  rules?: number;
}

/** A set or map with its declared types. */
export interface SetName {
  name: string;
  kind: 'set' | 'map';
  keyType?: string;
  dataType?: string;
  flags: string[];
}

/** The names of one table. */
export interface TableNames {
  family: string;
  name: string;
  chains: ChainName[];
  sets: SetName[];
  flowtables: string[];
  objects: { kind: string; name: string }[];
}

/** Every name of a file. */
export interface NftNames {
  tables: TableNames[];
  variables: { name: string; value: string }[];
}

const treeNames = new WeakMap<Tree, NftNames>();
const merged = new WeakMap<Tree, { ruleset: Ruleset; names: NftNames }>();

/** The names declared in a file: the model's, completed by the tree's (computed once per tree and check). */
export function nftNames(file: ParsedFile, ruleset: Ruleset | undefined): NftNames {
  const known = merged.get(file.tree);
  if (known && known.ruleset === ruleset) return known.names;
  const names = mergeNames(file, ruleset);
  if (ruleset) merged.set(file.tree, { ruleset, names });
  return names;
}

function mergeNames(file: ParsedFile, ruleset: Ruleset | undefined): NftNames {
  let fromTree = treeNames.get(file.tree);
  if (!fromTree) {
    fromTree = namesFromTree(file.tree);
    treeNames.set(file.tree, fromTree);
  }
  if (!ruleset) return fromTree;
  const tables: TableNames[] = ruleset.tables.map((t) => ({
    family: t.family, name: t.name,
    chains: t.chains.map((c) => ({ name: c.name, base: c.base && `${c.base.type} ${c.base.hook}`, rules: c.rules.length })),
    sets: t.sets.map((s) => ({ name: s.name, kind: s.kind, keyType: s.keyType, dataType: s.dataType, flags: s.flags })),
    flowtables: t.flowtables.map((f) => f.name),
    objects: t.objects.map((o) => ({ kind: o.kind, name: o.name })),
  }));
  for (const t of fromTree.tables) {
    const same = tables.find((m) => m.family === t.family && m.name === t.name);
    if (!same) { tables.push(t); continue; }
    mergeBy(same.chains, t.chains);
    mergeBy(same.sets, t.sets);
    for (const f of t.flowtables) if (!same.flowtables.includes(f)) same.flowtables.push(f);
    mergeBy(same.objects, t.objects);
  }
  const variables = ruleset.variables.filter((v) => v.action !== 'undefine').map((v) => ({ name: v.name, value: v.value }));
  mergeBy(variables, fromTree.variables);
  return { tables, variables };
}

function mergeBy<T extends { name: string }>(into: T[], from: readonly T[]): void {
  const seen = new Set(into.map((e) => e.name));
  for (const entry of from) if (!seen.has(entry.name)) { seen.add(entry.name); into.push(entry); }
}

/** The table of a family and name (nft's default family is ip). */
export function findTableNames(names: NftNames, family: string | undefined, name: string | undefined): TableNames | undefined {
  return names.tables.find((t) => t.name === name && (family === undefined || t.family === family));
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}

function namesFromTree(tree: Tree): NftNames {
  const names: NftNames = { tables: [], variables: [] };
  for (const node of tree.rootNode.namedChildren) {
    if (!node) continue;
    if (node.type === 'table') tableFromTree(names, node);
    else if (node.type === 'define' || node.type === 'redefine') variableFromTree(names, node);
    else if (node.type === 'command') commandFromTree(names, node);
  }
  return names;
}

function tableEntry(names: NftNames, family: string, name: string): TableNames {
  let table = names.tables.find((t) => t.family === family && t.name === name);
  if (!table) names.tables.push(table = { family, name, chains: [], sets: [], flowtables: [], objects: [] });
  return table;
}

function tableFromTree(names: NftNames, node: Node): void {
  const name = node.childForFieldName('name')?.text;
  if (!name) return;
  const table = tableEntry(names, node.childForFieldName('family')?.text ?? 'ip', unquote(name));
  for (const item of node.childForFieldName('body')?.namedChildren ?? []) {
    if (!item) continue;
    const itemName = unquote(item.childForFieldName('name')?.text ?? '');
    if (!itemName) { if (item.type === 'define') variableFromTree(names, item); continue; }
    if (item.type === 'chain') table.chains.push({ name: itemName, base: baseOf(item), rules: item.childForFieldName('body')?.namedChildren.filter((c) => c?.type === 'rule').length });
    else if (item.type === 'set' || item.type === 'map') table.sets.push(setFromTree(item, itemName));
    else if (item.type === 'flowtable') table.flowtables.push(itemName);
    else if (item.type === 'object') table.objects.push({ kind: item.childForFieldName('kind')?.text ?? '', name: itemName });
  }
}

function baseOf(chain: Node): string | undefined {
  const decl = chain.childForFieldName('body')?.namedChildren.find((c) => c?.type === 'chain_type_declaration');
  const type = decl?.childForFieldName('type')?.text;
  const hook = decl?.childForFieldName('hook')?.text;
  return type && hook ? `${type} ${hook}` : undefined;
}

function setFromTree(node: Node, name: string): SetName {
  const entry: SetName = { name, kind: node.type === 'map' ? 'map' : 'set', flags: [] };
  for (const decl of node.childForFieldName('body')?.namedChildren ?? []) {
    if (decl?.type === 'type_declaration' || decl?.type === 'typeof_declaration') {
      const prefix = decl.type === 'typeof_declaration' ? 'typeof ' : '';
      entry.keyType = prefix + (decl.childForFieldName('key')?.text ?? '');
      const value = decl.childForFieldName('value')?.text;
      if (value) entry.dataType = value;
    } else if (decl?.type === 'flags_declaration') {
      entry.flags = decl.childrenForFieldName('flags').map((f) => f?.text ?? '').filter(Boolean);
    }
  }
  return entry;
}

function variableFromTree(names: NftNames, node: Node): void {
  const name = node.childForFieldName('name')?.text;
  const value = node.childForFieldName('value')?.text ?? '';
  if (name && !names.variables.some((v) => v.name === name)) names.variables.push({ name, value });
}

/** `add chain inet t c`, `add set inet t s { … }` and friends. */
function commandFromTree(names: NftNames, node: Node): void {
  const kind = node.childForFieldName('kind')?.text;
  const tableName = node.childForFieldName('table')?.text;
  if (!kind || !tableName || !/^(table|chain|set|map|flowtable)$/.test(kind)) return;
  const table = tableEntry(names, node.childForFieldName('family')?.text ?? 'ip', unquote(tableName));
  const name = unquote(node.childForFieldName(kind === 'chain' ? 'chain' : 'name')?.text ?? '');
  if (!name) return;
  if (kind === 'chain' && !table.chains.some((c) => c.name === name)) table.chains.push({ name });
  if ((kind === 'set' || kind === 'map') && !table.sets.some((s) => s.name === name)) table.sets.push({ name, kind, flags: [] });
  if (kind === 'flowtable' && !table.flowtables.includes(name)) table.flowtables.push(name);
}

/** A document for the interface scan: its text and dialect. */
export interface TextSource {
  uri: string;
  text: string;
  dialect: 'nftables' | 'iptables';
}

const IPT_INTERFACES = /(?:^|\s)(?:-i|-o|--in-interface|--out-interface|--physdev-in|--physdev-out|--oif)\s+(?:!\s+)?([^\s!"']+)/g;
const NFT_INTERFACES = /\b(?:iifname|oifname|iif|oif|device|ibrname|obrname)\s+(?:!=\s*)?("[^"\n]*"|\{[^}]*\}|[A-Za-z][\w.*-]*)/g;
const interfaceCache = new Map<string, { text: string; names: string[] }>();

/** Interface names a document uses (iptables `-i`/`-o`, nft `iifname`, `device` …), cached per text. */
export function interfacesIn(source: TextSource): string[] {
  const cached = interfaceCache.get(source.uri);
  if (cached && cached.text === source.text) return cached.names;
  const found = new Set<string>();
  if (source.dialect === 'iptables') {
    for (const m of source.text.matchAll(IPT_INTERFACES)) found.add(m[1]);
  } else {
    for (const m of source.text.matchAll(NFT_INTERFACES)) {
      for (const name of m[1].replace(/[{}]/g, '').split(',')) {
        const clean = name.trim().replace(/^"|"$/g, '');
        if (clean && !clean.startsWith('$') && !clean.startsWith('@') && /^[\w.*+-]{1,16}$/.test(clean)) found.add(clean);
      }
    }
  }
  const names = [...found].sort();
  interfaceCache.set(source.uri, { text: source.text, names });
  return names;
}
