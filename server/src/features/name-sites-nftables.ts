/**
 * Name sites read from an nftables tree: declarations (`chain c`, `set s`, `define x`, `add chain ip t c`) and uses
 * (`jump c`, `@s`, `$x`, `counter name "x"`, `ct helper set "h"`, `add rule ip t c …`). Scopes follow the enclosing
 * `table` block or the command's family and table.
 */
import type { Node } from 'web-tree-sitter';
import type { ParsedFile } from '../engine/source';
import type { ObjectKind, Range, ReferenceKind } from '../model/types';
import { nodeRange } from '../syntax/syntax-errors';
import { walkTree } from './tree-walk';
import type { NameSite } from './name-sites';

const OBJECT_KINDS = new Set<string>(['counter', 'quota', 'limit', 'ct helper', 'ct timeout', 'ct expectation', 'synproxy', 'secmark']);
const DECLARING_VERBS = new Set(['add', 'create']);
/** Node types that declare, use or scope a name (others are passed through without creating a node object). */
const INTERESTING = new Set(['table', 'command', 'chain', 'set', 'map', 'flowtable', 'object', 'define', 'redefine', 'undefine',
  'variable', 'verdict_statement', 'verdict_expression', 'set_reference', 'mangle_statement', 'counter_statement',
  'quota_statement', 'limit_statement', 'synproxy_statement']);
/** Statements that name an object with `name …`. */
const NAMED_STATEMENTS: Record<string, ObjectKind> = {
  counter_statement: 'counter', quota_statement: 'quota', limit_statement: 'limit', synproxy_statement: 'synproxy',
};
/** `ct helper set "h"`, `meta secmark set "s"`: the value names an object. */
const MANGLED_OBJECTS: Record<string, ObjectKind> = {
  'ct helper': 'ct helper', 'ct timeout': 'ct timeout', 'ct expectation': 'ct expectation', 'meta secmark': 'secmark',
};

/** Every declaration and use of a name in an nft file. */
export function nftablesNameSites(file: ParsedFile): NameSite[] {
  const sites: NameSite[] = [];
  const add: Add = (node, kind, scope, declaration, objectKind, command) => {
    const site = node && nameOf(node, kind);
    if (site) sites.push({ kind, name: site.name, scope, objectKind, declaration, command, location: { uri: file.uri, range: site.range } });
  };
  // scopes[d]: the scope the children of the node at depth d see.
  const scopes: string[] = [];
  walkTree(file.tree, (cursor, parents) => {
    if (!cursor.nodeIsNamed) return false;
    const depth = parents.length;
    const scope = depth > 0 ? scopes[depth - 1] : '';
    scopes[depth] = INTERESTING.has(cursor.nodeType) ? visitNode(cursor.currentNode, scope, add) : scope;
    return true;
  }, file.text);
  return sites;
}

type Add = (node: Node | null, kind: ReferenceKind, scope: string, declaration: boolean, objectKind?: ObjectKind, command?: boolean) => void;

/** Records the sites a node itself carries; returns the scope for its children. */
function visitNode(node: Node, scope: string, add: Add): string {
  const name = node.childForFieldName('name');
  switch (node.type) {
    case 'table':
      return name ? `${node.childForFieldName('family')?.text ?? 'ip'} ${unquote(name.text)}` : scope;
    case 'command':
      return visitCommand(node, scope, add);
    case 'chain':
      add(name, 'chain', scope, true);
      break;
    case 'set':
    case 'map':
      add(name, node.type, scope, true);
      break;
    case 'flowtable':
      add(name, 'flowtable', scope, true);
      break;
    case 'object': {
      const kind = objectKindOf(node.childForFieldName('kind'));
      if (kind) add(name, 'object', scope, true, kind);
      break;
    }
    case 'define':
    case 'redefine':
    case 'undefine':
      add(name, 'variable', '', true);
      break;
    case 'variable':
      add(node, 'variable', '', false);
      break;
    case 'verdict_statement':
    case 'verdict_expression':
      add(node.childForFieldName('chain'), 'chain', scope, false);
      break;
    case 'set_reference':
      add(node, node.parent?.type === 'flow_statement' ? 'flowtable' : 'set', scope, false);
      break;
    case 'mangle_statement': {
      const left = node.childForFieldName('left');
      const kind = left ? MANGLED_OBJECTS[left.text.replace(/\s+/g, ' ')] : undefined;
      if (kind) add(node.childForFieldName('right'), 'object', scope, false, kind);
      break;
    }
    default:
      if (NAMED_STATEMENTS[node.type]) add(name, 'object', scope, false, NAMED_STATEMENTS[node.type]);
  }
  return scope;
}

/** `add chain ip t c`, `add rule ip t c …`, `add element ip t s { … }`, `delete set inet t s`… */
function visitCommand(node: Node, scope: string, add: Add): string {
  const table = node.childForFieldName('table');
  if (!table) return scope;
  const inner = `${node.childForFieldName('family')?.text ?? 'ip'} ${unquote(table.text)}`;
  const kind = node.childForFieldName('kind')?.text.replace(/\s+/g, ' ') ?? '';
  const declares = DECLARING_VERBS.has(node.childForFieldName('verb')?.text ?? 'add');
  add(node.childForFieldName('chain'), 'chain', inner, declares && kind === 'chain', undefined, true);
  const name = node.childForFieldName('name');
  if (kind === 'set' || kind === 'map') add(name, kind, inner, declares);
  else if (kind === 'element') add(name, 'set', inner, false);
  else if (kind === 'flowtable') add(name, 'flowtable', inner, declares);
  else if (OBJECT_KINDS.has(kind)) add(name, 'object', inner, declares, kind as ObjectKind);
  return inner;
}

/**
 * The name a node spells and the range of the name alone: identifiers as they are, strings without quotes,
 * `@set` and (for variables only) `$x` without the sigil. A variable where a chain or set is expected is a use of
 * the variable, not of a chain.
 */
function nameOf(node: Node, kind: ReferenceKind): { name: string; range: Range } | undefined {
  const sigil = node.type === 'set_reference' || (node.type === 'variable' && kind === 'variable');
  if (!sigil && node.type !== 'identifier' && node.type !== 'string') return undefined;
  const quoted = node.type === 'string';
  const name = node.text.slice(sigil || quoted ? 1 : 0, quoted ? -1 : undefined);
  if (name === '') return undefined;
  const range = nodeRange(node);
  if (sigil || quoted) range.start.character += 1;
  if (quoted) range.end.character -= 1;
  return { name, range };
}

function objectKindOf(node: Node | null): ObjectKind | undefined {
  const text = node?.text.replace(/\s+/g, ' ');
  return text && OBJECT_KINDS.has(text) ? text as ObjectKind : undefined;
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"') ? text.slice(1, -1) : text;
}
