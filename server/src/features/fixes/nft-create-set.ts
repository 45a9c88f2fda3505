/**
 * Fix for `undefined-set` and `undefined-map`: declare the set (or map) in its table, with a key type taken from
 * the selector it is matched against (`ip saddr @s` ⇒ `type ipv4_addr`; a concatenation gives `typeof …`).
 */
import { findSelector } from '../../catalog/nftables/index';
import type { Reference, Rule, Ruleset, Statement, Table } from '../../model/types';
import type { CodeFix, FixContext } from '../code-actions';
import { containsPosition } from '../ranges';
import { blockItemAtTop, commandLineFor, isBlock, isPlainName } from './nft-edits';
import { escapeRegExp } from '../../model/regexp';

/** The reference a problem was reported at. */
export function referenceAt(ruleset: Ruleset, problem: FixContext['problem'], kinds: Reference['kind'][]): Reference | undefined {
  return ruleset.references.find((r) => kinds.includes(r.kind) && r.location.uri === problem.location.uri
    && r.location.range.start.line === problem.location.range.start.line
    && r.location.range.start.character === problem.location.range.start.character);
}

function ruleAt(table: Table, ref: Reference): Rule | undefined {
  return table.chains.flatMap((c) => c.rules).find((r) => r.location.uri === ref.location.uri && containsPosition(r.location.range, ref.location.range.start));
}

/** Stateful objects a map can choose by key (`quota name ip saddr map @m` ⇒ `type ipv4_addr : quota`). */
const OBJECT_MAP = /^(counter|quota|limit|ct\s+helper|ct\s+timeout|ct\s+expectation|synproxy|secmark)\s+name\s+(.+?)\s+map\s+@/;

/** The key written in front of `@name` in a rule (`ip saddr`, `ip saddr . tcp dport`), and the map's data type. */
function keyOf(rule: Rule, name: string): { key: string; data?: string } | undefined {
  for (const item of [...rule.matches, ...rule.statements]) {
    const object = new RegExp(`${OBJECT_MAP.source}${escapeRegExp(name)}(?![\\w.-])`).exec(item.text);
    if (object) return { key: object[2], data: object[1].replace(/\s+/g, ' ') };
  }
  for (const m of rule.matches) {
    if (m.kind === 'field' && m.values.some((v) => v.kind === 'set' && v.name === name)) return { key: m.module ?? '' };
    if (m.kind === 'tuple' && m.set === name) return { key: m.module ?? '' };
    const written = new RegExp(`^(.+?)\\s+(?:(?:==|!=|eq|ne)\\s+)?@${escapeRegExp(name)}$`).exec(m.text);
    if (written) return { key: written[1] };
  }
  const statement = rule.statements.find((s: Statement) => s.text.includes(`@${name}`));
  if (!statement) return undefined;
  const vmap = new RegExp(`^(.+?)\\s+vmap\\s+@${escapeRegExp(name)}(?![\\w.-])`).exec(statement.text);
  if (vmap) return { key: vmap[1], data: 'verdict' };
  const map = new RegExp(`^(\\S+(?:\\s+\\S+)?)\\s+set\\s+(.+?)\\s+map\\s+@${escapeRegExp(name)}(?![\\w.-])`).exec(statement.text);
  if (map) return { key: map[2], data: findSelector(...map[1].split(/\s+/))?.type };
  return undefined;
}

/**
 * `type ipv4_addr` when every key part has a catalog type, else `typeof KEY` when every part is a selector the
 * catalog knows; nothing for a key that is not one (a declaration nft would refuse is no fix).
 */
function typeClause(key: string, data: string | undefined): string | undefined {
  const types = key.split(/\s*\.\s*/).map((part) => findSelector(...part.trim().split(/\s+/))?.type);
  if (types.every((t) => t && t !== 'integer' && t !== 'string')) return `type ${types.join(' . ')}${data ? ` : ${data}` : ''}`;
  return data || types.some((t) => !t) ? undefined : `typeof ${key}`;
}

/** Declares the missing set or map at the top of its table. */
export function createSetFixes({ problem, file, result }: FixContext): CodeFix[] {
  const ref = referenceAt(result.ruleset, problem, ['set', 'map']);
  const table = ref?.table;
  if (!ref || !table || table.location.uri !== file.uri || !isPlainName(ref.name)) return [];
  const rule = ruleAt(table, ref);
  const usage = rule ? keyOf(rule, ref.name) : undefined;
  const kind = ref.kind === 'map' || usage?.data ? 'map' : 'set';
  const clause = usage ? typeClause(usage.key, usage.data) : undefined;
  if (!clause) return [];
  const declaration = `${kind} ${ref.name} { ${clause}; }`;
  const title = `Declare ${kind} '${ref.name}' (${clause}) in table ${table.family} ${table.name}`;
  if (isBlock(file.text, table)) {
    const insert = blockItemAtTop(file.text, table, declaration);
    return insert ? [{ title, problem, edits: [{ uri: file.uri, range: { start: insert.at, end: insert.at }, newText: insert.newText }] }] : [];
  }
  const at = commandLineFor(file.text, ref.location.range.start);
  return [{ title, problem, edits: [{ uri: file.uri, range: { start: at, end: at }, newText: `add ${declaration.replace(`${kind} `, `${kind} ${table.family} ${table.name} `)}\n` }] }];
}
