/** Catalog hovers: documentation of the keyword, selector, option, match module or target under the cursor. */
import type { Node, Tree } from 'web-tree-sitter';
import { findMatch, findOption, findTarget, IPT_MATCHES, latestOwner, IPT_TARGETS } from '../catalog/iptables/index';
import type { IptExtension, IptOption } from '../catalog/iptables/types';
import { findSelector, keywordDoc } from '../catalog/nftables/index';
import type { Dialect, Position } from '../model/types';
import type { HoverResult } from './hover';
import { nodeRange } from '../syntax/syntax-errors';

/** The catalog entry for the word at a position, as markdown. */
export function catalogHover(tree: Tree, dialect: Dialect, position: Position): HoverResult | undefined {
  const point = { row: position.line, column: position.character };
  const node = tree.rootNode.descendantForPosition(point);
  if (!node || node.childCount > 0 && node.type !== 'option_name' && node.type !== 'module_name') return undefined;
  const contents = dialect === 'nftables' ? nftHover(node) : iptHover(node);
  return contents ? { contents, range: nodeRange(node) } : undefined;
}

function nftHover(node: Node): string | undefined {
  const word = node.text;
  if (!/^[a-z][a-z0-9_-]*$/i.test(word)) return undefined;
  const previous = node.previousSibling?.text;
  const selector = previous && /^[a-z0-9]+$/.test(previous) ? findSelector(previous, word) : undefined;
  if (selector) return render(`${previous} ${word}`, selector.doc, selector.example, `type \`${selector.type}\``);
  const doc = keywordDoc(word, node.parent?.type);
  return doc ? render(word, doc.doc, doc.example, doc.since ? `since nft ${doc.since}` : undefined) : undefined;
}

function iptHover(node: Node): string | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  const family = 'ipv4' as const;
  if (node.type === 'module_name' || parent.type === 'module_name') {
    const ext = findMatch(node.text, family) ?? findMatch(node.text, 'ipv6');
    return ext && extensionDoc(ext);
  }
  if (node.type === 'target_name' || parent.type === 'target_name') {
    const ext = findTarget(node.text, family) ?? findTarget(node.text, 'ipv6');
    return ext && extensionDoc(ext);
  }
  if (node.type === 'option_name' || parent.type === 'option_name') {
    const nameNode = node.type === 'option_name' ? node : parent;
    const rule = nameNode.parent?.parent;
    const found = rule ? optionInContext(rule, nameNode) : undefined;
    if (!found) return undefined;
    const [ext, option] = found;
    const where = ext ? `${ext.kind === 'match' ? 'match' : 'target'} \`${ext.name}\`` : 'built-in option';
    return render(option.name, option.doc, option.example, `${where}${option.invertible ? ', `!` allowed' : ''}`);
  }
  return undefined;
}

/** Finds the option among the modules loaded before it on the rule (explicit -m, implicit -p), then the target. */
export function optionInContext(rule: Node, nameNode: Node): [IptExtension | undefined, IptOption] | undefined {
  const name = nameNode.text;
  const core = findOption(undefined, name);
  const scopes: { ext: IptExtension }[] = [];
  for (const child of rule.namedChildren) {
    if (!child || child.startIndex > nameNode.startIndex) break;
    if (child.type === 'match') {
      const ext = findMatch(child.childForFieldName('module')?.text ?? '', 'ipv4') ?? findMatch(child.childForFieldName('module')?.text ?? '', 'ipv6');
      if (ext) scopes.push({ ext });
    } else if (child.type === 'target') {
      const ext = findTarget(child.childForFieldName('name')?.text ?? '', 'ipv4') ?? findTarget(child.childForFieldName('name')?.text ?? '', 'ipv6');
      if (ext) scopes.push({ ext });
    } else if (child.type === 'option' && /^(-p|--protocol)$/.test(child.childForFieldName('name')?.text ?? '')) {
      const proto = child.childrenForFieldName('argument')[0]?.text ?? '';
      const ext = findMatch(proto, 'ipv4') ?? findMatch(proto, 'ipv6');
      if (ext) scopes.push({ ext });
    }
  }
  const owner = latestOwner(scopes, name);
  if (owner) return [owner.owner.ext, owner.option];
  if (core) return [undefined, core];
  for (const ext of [...IPT_MATCHES, ...IPT_TARGETS]) {
    const option = findOption(ext, name);
    if (option) return [ext, option];
  }
  return undefined;
}

/** The documentation of a match module or target, with where the kernel allows it. */
export function extensionDoc(ext: IptExtension): string {
  const notes = [
    `${ext.kind} · kernel module \`${ext.kernelModule}\``,
    ext.tables ? `tables: ${ext.tables.join(', ')}` : undefined,
    ext.hooks ? `hooks: ${ext.hooks.join(', ')}` : undefined,
    ext.deprecated ? `deprecated: ${ext.deprecated.message}` : undefined,
    ext.xtablesAddons ? 'needs xtables-addons (not in mainline iptables)' : undefined,
  ].filter(Boolean).join(' · ');
  return render(ext.name, `${ext.summary}\n\n${ext.doc}`, ext.example, notes);
}

/** A documentation entry as markdown: bold title with an optional note, our text, then the example. */
export function render(title: string, doc: string, example: string | undefined, note: string | undefined): string {
  const parts = [`**${title}**${note ? ` — ${note}` : ''}`, doc];
  if (example) parts.push(`Example:\n\`\`\`\n${example}\n\`\`\``);
  return parts.join('\n\n');
}
