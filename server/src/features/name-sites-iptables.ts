/**
 * Name sites read from an iptables-save tree: chain declarations (`:NAME`, `-N NAME`) and every use of a chain
 * (`-A NAME`, `-I NAME`, `-F NAME`, `-P NAME`, `-E NAME new`, `-j NAME` / `-g NAME` to a declared chain).
 * A `-j` target that is no chain of its table (LOG, MARK…) is not a site.
 */
import type { Node } from 'web-tree-sitter';
import type { ParsedFile } from '../engine/source';
import type { Ruleset } from '../model/types';
import { nodeRange } from '../syntax/syntax-errors';
import { tableScope, type NameSite } from './name-sites';
import { containsPosition } from './ranges';

/** Every declaration and use of a chain name in an iptables file; scopes are the model's tables. */
export function iptablesNameSites(file: ParsedFile, ruleset: Ruleset): NameSite[] {
  const sites: NameSite[] = [];
  for (const table of file.tree.rootNode.namedChildren) {
    if (!table || table.type !== 'table') continue;
    const scope = scopeOf(table, file.uri, ruleset);
    const lines = table.namedChildren.filter((n): n is Node => n !== null);
    const declared = declaredChains(lines);
    const add = (node: Node | null, declaration: boolean, command = false): void => {
      if (node) sites.push({ kind: 'chain', name: node.text, scope, declaration, command, location: { uri: file.uri, range: nodeRange(node) } });
    };
    for (const line of lines) {
      if (line.type === 'chain_declaration') add(line.childForFieldName('name'), true);
      else if (line.type === 'chain_command') {
        add(line.childForFieldName('chain'), /^(-N|--new-chain|--new)$/.test(line.childForFieldName('command')?.text ?? ''), true);
      } else if (line.type === 'rule') {
        add(line.childForFieldName('chain'), false, true);
        for (const target of line.namedChildren) {
          if (target?.type !== 'target') continue;
          const name = target.childForFieldName('name');
          const isGoto = /^(-g|--goto)$/.test(target.childForFieldName('flag')?.text ?? '');
          if (name && (isGoto || declared.has(name.text))) add(name, false);
        }
      }
    }
  }
  return sites;
}

/** Chains a table declares with `:NAME` or `-N NAME` (anywhere in the table: restore reads the whole block). */
function declaredChains(lines: Node[]): Set<string> {
  const names = new Set<string>();
  for (const line of lines) {
    if (line.type === 'chain_declaration') names.add(line.childForFieldName('name')?.text ?? '');
    if (line.type === 'chain_command' && /^(-N|--new-chain|--new)$/.test(line.childForFieldName('command')?.text ?? '')) {
      names.add(line.childForFieldName('chain')?.text ?? '');
    }
  }
  return names;
}

/** The scope of the model table lowered from this `*table` block (its family may be ip6), else `ip NAME`. */
function scopeOf(node: Node, uri: string, ruleset: Ruleset): string {
  const start = nodeRange(node).start;
  const table = ruleset.tables.find((t) => t.location.uri === uri && containsPosition(t.location.range, start));
  return table ? tableScope(table) : `ip ${node.childForFieldName('name')?.text ?? ''}`;
}
