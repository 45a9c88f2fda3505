/**
 * Semantic tokens: what each word of a rule file is, from the tree (keywords, selector fields, values, numbers and
 * addresses, strings, comments, iptables options and modules) and from the name index (tables, chains, sets, maps,
 * flowtables, named objects, variables; declarations marked). Built-in iptables chains are `defaultLibrary`.
 */
import type { TreeCursor } from 'web-tree-sitter';
import { isBuiltinChain } from '../catalog/iptables/index';
import type { ParsedFile } from '../engine/source';
import type { NameSite } from './name-sites';
import { walkTree } from './tree-walk';

/** The legend: token types by index (the LSP conversion sends this list). */
export const TOKEN_TYPES = [
  'namespace', 'function', 'class', 'interface', 'event', 'variable', 'parameter', 'property', 'enumMember',
  'keyword', 'number', 'string', 'comment', 'operator', 'type', 'macro',
] as const;
export const TOKEN_MODIFIERS = ['declaration', 'readonly', 'defaultLibrary'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

const SITE_TYPES: Record<NameSite['kind'], TokenType> = {
  chain: 'function', set: 'class', map: 'class', flowtable: 'interface', object: 'event', variable: 'variable',
};
/** Leaves whose name starts one character in (`@set`, `$var`, `"quoted"`). */
const SIGILLED = new Set(['set_reference', 'variable', 'string']);
const NUMBERS = new Set(['number', 'time', 'ipv4_address', 'ipv6_address', 'mac_address', 'classid', 'counters']);
const OPERATORS = new Set(['==', '!=', '!', '<', '>', '<=', '>=', '&', '|', '^', '<<', '>>', '-', '+']);
/** nft nodes whose `key` (or `field`) identifier names a packet or connection property. */
const KEYED = new Set(['meta_expression', 'ct_expression', 'rt_expression', 'ipsec_expression', 'socket_expression', 'osf_expression',
  'payload_expression', 'tcp_option_expression', 'ip_option_expression', 'sctp_chunk_expression', 'fib_expression']);

/** The semantic tokens of a file, in document order; `sites` are the name sites of this file. */
export function semanticTokens(file: ParsedFile, sites: readonly NameSite[]): SemanticToken[] {
  // Offsets instead of positions: the leaves come in document order, so one pointer over the line starts follows them.
  const lineStarts = [0];
  for (let i = file.text.indexOf('\n'); i >= 0; i = file.text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const byStart = new Map<number, NameSite>();
  for (const site of sites) {
    const { line, character } = site.location.range.start;
    if (site.location.uri === file.uri && line < lineStarts.length) byStart.set(lineStarts[line] + character, site);
  }
  const tokens: SemanticToken[] = [];
  const classify = file.dialect === 'iptables' ? iptablesType : nftablesType;
  let row = 0;
  walkTree(file.tree, (cursor, parents) => {
    if (cursor.gotoFirstChild()) {
      cursor.gotoParent();
      return true;
    }
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    while (row + 1 < lineStarts.length && lineStarts[row + 1] <= start) row++;
    // A token on one line only (one ending with its line's `\n` ends on the next), and not empty.
    if ((row + 1 < lineStarts.length && end >= lineStarts[row + 1]) || end <= start) return false;
    const site = byStart.get(start) ?? (SIGILLED.has(cursor.nodeType) ? byStart.get(start + 1) : undefined);
    const token = site ? siteToken(site, file) : classify(cursor, parents[parents.length - 1] ?? '');
    if (token) tokens.push({ line: row, character: start - lineStarts[row], length: end - start, ...token });
    return false;
  }, file.text);
  return tokens;
}

type Kind = { type: TokenType; modifiers: TokenModifier[] };

function siteToken(site: NameSite, file: ParsedFile): Kind {
  const modifiers: TokenModifier[] = site.declaration ? ['declaration'] : [];
  if (file.dialect === 'iptables' && isBuiltinChain(site.scope.slice(site.scope.indexOf(' ') + 1), site.name)) modifiers.push('defaultLibrary');
  return { type: SITE_TYPES[site.kind], modifiers };
}

function plain(type: TokenType): Kind {
  return { type, modifiers: [] };
}

function nftablesType(c: TreeCursor, parent: string): Kind | undefined {
  const type = c.nodeType;
  if (!c.nodeIsNamed) {
    if (/^[a-z][a-z0-9-]*$/.test(type)) return plain('keyword');
    return OPERATORS.has(type) ? plain('operator') : undefined;
  }
  if (type === 'comment') return plain('comment');
  if (type === 'string') return plain('string');
  if (NUMBERS.has(type)) return plain('number');
  if (type === 'variable') return plain('variable');
  if (type === 'set_reference') return plain('class');
  if (type !== 'identifier') return undefined;
  const field = c.currentFieldName;
  if (parent === 'table' && field === 'name') return { type: 'namespace', modifiers: ['declaration'] };
  if (parent === 'command' && field === 'table') return plain('namespace');
  if (KEYED.has(parent) && (field === 'key' || field === 'field' || field === 'option' || field === 'chunk' || field === 'result')) {
    return plain('property');
  }
  if (parent === 'type_expression') return plain('type');
  if (parent === 'chain_type_declaration' || parent === 'policy_declaration' || parent === 'hook_declaration'
    || parent === 'priority_expression' || parent === 'flags_declaration') return plain('keyword');
  return plain('enumMember');
}

function iptablesType(c: TreeCursor, parent: string): Kind | undefined {
  const type = c.nodeType;
  switch (type) {
    case 'comment': return plain('comment');
    case 'table_name': return { type: 'namespace', modifiers: ['declaration'] };
    case 'chain_name': return plain('function');
    case 'command_name': case 'flag': case 'policy': case 'commit': return plain('keyword');
    case 'option_name': return plain('parameter');
    case 'module_name': return plain('type');
    case 'target_name': return plain('macro');
    case 'negation': case '!': return plain('operator');
    case 'number': return plain('number');
    case 'string_content': return plain('string');
    case '"': case '\'': return parent === 'string' ? plain('string') : undefined;
    case 'word': return /^[0-9[]/.test(c.nodeText) || /^[0-9a-f]*:[0-9a-f:]*(\/\d+)?$/i.test(c.nodeText) ? plain('number') : plain('enumMember');
    default: return undefined;
  }
}
