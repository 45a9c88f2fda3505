/**
 * Where the cursor is in an iptables-save file: the `*table` block around it, the file's address family and the
 * chains of that table. Read from the model when a check exists (it may lag one edit behind while typing), from the
 * tree otherwise.
 */
import type { Node } from 'web-tree-sitter';
import { chainContexts } from '../analysis/chain-contexts';
import { findTable } from '../catalog/iptables/core';
import type { Hook, IpFamily } from '../catalog/iptables/types';
import type { ParsedFile } from '../engine/source';
import { detectFamily } from '../model/iptables-family';
import type { Position } from '../model/types';
import type { CompletionEnv } from './completion';
import { offsetAt } from './ranges';

/** A chain as completion needs it. */
export interface IptChainInfo {
  name: string;
  builtin: boolean;
  /** Hook of a built-in chain. */
  hook?: Hook;
  /** For a user chain: the hooks of the built-in chains whose rules reach it (the kernel checks targets against each). */
  reachedFrom?: Hook[];
  /** Rules in the chain, when known. */
  rules?: number;
}

/** The table block around the cursor. */
export interface IptTableContext {
  /** Undefined when the cursor is outside every `*table … COMMIT` block. */
  table?: string;
  family: IpFamily;
  chains: IptChainInfo[];
}

const familyCache = new WeakMap<object, IpFamily>();

/** The address family of an iptables file: the model's when checked, else the model's detection on the tree. */
export function iptFamily(file: ParsedFile, env: CompletionEnv = {}): IpFamily {
  const checked = env.result?.ruleset.tables.find((t) => t.location.uri === file.uri);
  if (checked) return checked.family === 'ip6' ? 'ipv6' : 'ipv4';
  const cached = familyCache.get(file.tree);
  if (cached) return cached;
  const family: IpFamily = detectFamily(file.uri, file.text, file.tree.rootNode) === 'ip6' ? 'ipv6' : 'ipv4';
  familyCache.set(file.tree, family);
  return family;
}

/** The name of the `*table` block the offset is in (the nearest `*name` line above it with no COMMIT between). */
export function tableNameAt(text: string, offset: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const star = lastLineStartingWith(text, '*', lineStart);
  if (star < 0) return undefined;
  const commit = lastLineStartingWith(text, 'COMMIT', lineStart);
  if (commit > star) return undefined;
  return /^\*(\S+)/.exec(text.slice(star, star + 64))?.[1];
}

/** Offset of the last line that starts with `prefix` and begins before `before` (a line start), or -1. */
function lastLineStartingWith(text: string, prefix: string, before: number): number {
  const at = text.lastIndexOf(`\n${prefix}`, before - 2);
  if (at >= 0) return at + 1;
  return before > 0 && text.startsWith(prefix) ? 0 : -1;
}

/** The table around the cursor with its chains (built-in ones first). */
export function iptTableContext(file: ParsedFile, position: Position, env: CompletionEnv): IptTableContext {
  const family = iptFamily(file, env);
  const table = tableNodeAt(file, position)?.childForFieldName('name')?.text ?? tableNameAt(file.text, offsetAt(file.text, position));
  if (!table) return { family, chains: [] };
  const builtins: IptChainInfo[] = (findTable(table)?.chains ?? []).map((c) => ({ name: c.name, builtin: true, hook: c.hook }));
  const declared = declaredChains(file, position, table, env);
  const seen = new Set(builtins.map((c) => c.name));
  const chains = [...builtins];
  for (const c of declared) {
    const builtin = chains.find((b) => b.name === c.name);
    if (builtin) builtin.rules = c.rules;
    else if (!seen.has(c.name)) {
      seen.add(c.name);
      chains.push(c);
    }
  }
  return { table, family, chains };
}

const chainCache = new WeakMap<object, IptChainInfo[]>();

/** User chains of the table: from the model (the table block holding the cursor), else from the tree. */
function declaredChains(file: ParsedFile, position: Position, table: string, env: CompletionEnv): IptChainInfo[] {
  const tables = env.result?.ruleset.tables.filter((t) => t.name === table && t.location.uri === file.uri) ?? [];
  const model = tables.find((t) => t.location.range.start.line <= position.line && position.line <= t.location.range.end.line) ?? tables[0];
  if (model) {
    let chains = chainCache.get(model);
    if (!chains) {
      const contexts = chainContexts(model);
      chains = model.chains.map((c) => ({
        name: c.name, builtin: c.builtin, hook: c.base?.hook as Hook | undefined, rules: c.rules.length,
        reachedFrom: c.base ? undefined : [...new Set((contexts.get(c) ?? []).map((x) => x.base.base?.hook as Hook))],
      }));
      chainCache.set(model, chains);
    }
    return chains;
  }
  const node = tableNodeAt(file, position);
  if (!node) return [];
  const chains: IptChainInfo[] = [];
  for (const child of node.namedChildren) {
    if (child?.type !== 'chain_declaration' && child?.type !== 'chain_command') continue;
    const name = child.childForFieldName(child.type === 'chain_declaration' ? 'name' : 'chain')?.text;
    if (name && (child.type === 'chain_declaration' || /^(-N|--new-chain)$/.test(child.childForFieldName('command')?.text ?? ''))) {
      chains.push({ name, builtin: false });
    }
  }
  return chains;
}

/** The `table` node of the tree that holds the position (binary search over the top-level items). */
function tableNodeAt(file: ParsedFile, position: Position): Node | undefined {
  const root = file.tree.rootNode;
  let lo = 0;
  let hi = root.childCount - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const child = root.child(mid);
    if (!child) return undefined;
    if (child.endPosition.row < position.line) lo = mid + 1;
    else if (child.startPosition.row > position.line) hi = mid - 1;
    else return child.type === 'table' ? child : undefined;
  }
  return undefined;
}
