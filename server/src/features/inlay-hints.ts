/**
 * Inlay hints on base chains: a named nft priority as its number (`priority dstnat` → `= -100`), a numeric one as
 * the standard priority it equals or is next to (`priority -140` → `= mangle + 10`), and for iptables built-in
 * chains the hook and priority the kernel registers them at (`:PREROUTING` in mangle → `hook prerouting, priority
 * -150`). Numbers come from the model; the names from the nft catalog.
 */
import type { Node } from 'web-tree-sitter';
import { NAMED_PRIORITIES } from '../catalog/nftables/index';
import type { CheckResult } from '../engine/check';
import type { ParsedFile } from '../engine/source';
import type { Chain, Position, Range } from '../model/types';
import { nodeRange } from '../syntax/syntax-errors';
import { rangesOverlap } from './ranges';

export interface InlayHintItem {
  position: Position;
  label: string;
  tooltip: string;
}

/** The hints inside a range of a file. */
export function inlayHints(result: CheckResult, file: ParsedFile, range: Range): InlayHintItem[] {
  const chains = new Map<string, Chain>();
  for (const table of result.ruleset.tables) {
    for (const chain of table.chains) if (chain.nameLocation.uri === file.uri) chains.set(key(chain.nameLocation.range.start), chain);
  }
  const hints = file.dialect === 'iptables' ? iptablesHints([...chains.values()]) : nftablesHints(file, chains, range);
  return hints.filter((h) => rangesOverlap({ start: h.position, end: h.position }, range));
}

function key(p: Position): string {
  return `${p.line}:${p.character}`;
}

function iptablesHints(chains: Chain[]): InlayHintItem[] {
  return chains.filter((c) => c.builtin && c.base).map((chain) => ({
    position: chain.nameLocation.range.end,
    label: `hook ${chain.base!.hook}, priority ${chain.base!.priority}`,
    tooltip: `The kernel registers ${chain.table.name} ${chain.name} at the ${chain.base!.hook} hook with priority ${chain.base!.priority}; ` +
      'lower priorities run first, native nft chains at the same hook interleave by number.',
  }));
}

function nftablesHints(file: ParsedFile, chains: Map<string, Chain>, range: Range): InlayHintItem[] {
  const hints: InlayHintItem[] = [];
  const visit = (node: Node, family: string): void => {
    if (node.endPosition.row < range.start.line || node.startPosition.row > range.end.line) return;
    if (node.type === 'table') family = node.childForFieldName('family')?.text ?? 'ip';
    if (node.type === 'chain_type_declaration') {
      const hint = priorityHint(node, family, chains);
      if (hint) hints.push(hint);
      return;
    }
    if (node.type === 'table' || node.type === 'source_file' || node.type.endsWith('_body') || node.type === 'chain' || node.type === 'command') {
      if (node.type === 'command' && node.childForFieldName('table')) family = node.childForFieldName('family')?.text ?? 'ip';
      for (const child of node.namedChildren) if (child) visit(child, family);
    }
  };
  visit(file.tree.rootNode, 'ip');
  return hints;
}

function priorityHint(declaration: Node, family: string, chains: Map<string, Chain>): InlayHintItem | undefined {
  const priority = declaration.childForFieldName('priority');
  const hook = declaration.childForFieldName('hook')?.text ?? '';
  const name = declaration.parent?.parent?.childForFieldName('name') ?? declaration.parent?.parent?.childForFieldName('chain');
  const chain = name ? chains.get(key(nodeRange(name).start)) : undefined;
  if (!priority || !chain?.base) return undefined;
  const value = chain.base.priority;
  const position = nodeRange(priority).end;
  if (priority.childForFieldName('base')) {
    if (priority.childForFieldName('base')?.type === 'variable') return undefined;
    return { position, label: `= ${value}`, tooltip: `priority ${chain.base.priorityText} is ${value} for a ${family} chain at the ${hook} hook; lower numbers run first.` };
  }
  const nearest = nearestNamed(family, hook, value);
  if (!nearest) return undefined;
  const offset = value - nearest.value;
  const label = offset === 0 ? nearest.name : `${nearest.name} ${offset > 0 ? '+' : '-'} ${Math.abs(offset)}`;
  return { position, label: `= ${label}`, tooltip: `priority ${value} is ${label} for a ${family} chain at the ${hook} hook (standard priority ${nearest.name} = ${nearest.value}).` };
}

/** The standard priority of a family and hook closest to a value (ties: the lower one). */
function nearestNamed(family: string, hook: string, value: number): { name: string; value: number } | undefined {
  const candidates = NAMED_PRIORITIES.filter((p) => (p.families as readonly string[]).includes(family) && (!p.hooks || (p.hooks as readonly string[]).includes(hook)));
  let best: { name: string; value: number } | undefined;
  for (const p of candidates) if (!best || Math.abs(p.value - value) < Math.abs(best.value - value)) best = p;
  return best && Math.abs(best.value - value) <= 50 ? best : undefined;
}
