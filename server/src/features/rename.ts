/**
 * Rename of chains, sets, maps, flowtables, named objects and variables. Only name sites change (never a comment or
 * a string that merely spells the same word). A rename is refused, with the reason, when the new name is not a
 * valid name for the dialect, is already taken in that namespace, or when the result would not check as cleanly
 * as before (rename-check.ts).
 */
import { IPT_TARGETS, STANDARD_VERDICTS, isBuiltinChain } from '../catalog/iptables/index';
import type { ParsedFile } from '../engine/source';
import type { Dialect, Position, Range } from '../model/types';
import type { TextEdit } from './code-actions';
import type { NameIndex, NameSite } from './name-sites';
import { NFT_RESERVED_WORDS } from './nft-reserved-words';
import { offsetAt } from './ranges';

export type Refusal = { ok: false; message: string };
export type PrepareResult = { ok: true; range: Range; placeholder: string } | Refusal;
export type RenameResult = { ok: true; edits: TextEdit[] } | Refusal;

/** The longest names the kernel takes: 255 bytes in nf_tables, 28 characters for an iptables chain. */
const NFT_MAX_NAME = 255;
const IPT_MAX_CHAIN = 28;
/** The grammar's identifier: a letter or `_`, then letters, digits, `_` and `-`, with `.`-separated parts. */
const NFT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

const KIND_WORDS: Record<NameSite['kind'], string> = {
  chain: 'chain', set: 'set', map: 'map', flowtable: 'flowtable', object: 'object', variable: 'variable',
};

/** Whether the cursor is on something rename can change; the range is the name alone. */
export function prepareRename(index: NameIndex, uri: string, position: Position, dialect: Dialect): PrepareResult {
  const site = index.at(uri, position);
  if (!site) return { ok: false, message: 'Nothing to rename here: place the cursor on a chain, set, map, flowtable, named object or variable.' };
  const builtin = builtinRefusal(site, dialect);
  if (builtin) return builtin;
  return { ok: true, range: site.location.range, placeholder: site.name };
}

/** The edits that rename the name under the cursor everywhere it is declared or used. */
export function renameAt(index: NameIndex, uri: string, position: Position, newName: string, dialect: Dialect,
  files: readonly ParsedFile[]): RenameResult {
  const prepared = prepareRename(index, uri, position, dialect);
  if (!prepared.ok) return prepared;
  const site = index.at(uri, position) as NameSite;
  if (newName === site.name) return { ok: true, edits: [] };
  const invalid = nameRefusal(site, newName, dialect);
  if (invalid) return invalid;
  if (index.declared({ ...site, name: newName }) || (dialect === 'iptables' && isBuiltinChain(tableOf(site), newName))) {
    return { ok: false, message: `${describe(site)} cannot be renamed to '${newName}': ${takenBy(site, newName)}.` };
  }
  const sites = index.sitesOf(site);
  const texts = new Map(files.map((f) => [f.uri, f.text]));
  for (const s of sites) {
    const text = texts.get(s.location.uri);
    const start = text === undefined ? -1 : offsetAt(text, s.location.range.start);
    if (text === undefined || text.slice(start, offsetAt(text, s.location.range.end)) !== site.name) {
      return { ok: false, message: `Cannot rename '${site.name}': a use in ${s.location.uri} is not where the model says.` };
    }
  }
  return { ok: true, edits: sites.map((s) => ({ uri: s.location.uri, range: s.location.range, newText: newName })) };
}

function builtinRefusal(site: NameSite, dialect: Dialect): Refusal | undefined {
  if (dialect !== 'iptables' || site.kind !== 'chain' || !isBuiltinChain(tableOf(site), site.name)) return undefined;
  return { ok: false, message: `'${site.name}' is a built-in chain of table ${tableOf(site)}: it cannot be renamed.` };
}

/** Why a new name is not valid for the dialect, or undefined when it is. */
function nameRefusal(site: NameSite, newName: string, dialect: Dialect): Refusal | undefined {
  const why = dialect === 'iptables' ? iptablesChainProblem(newName) : nftNameProblem(newName);
  return why ? { ok: false, message: `'${newName}' is not a valid ${KIND_WORDS[site.kind]} name: ${why}.` } : undefined;
}

function nftNameProblem(name: string): string | undefined {
  if (name === '') return 'a name cannot be empty';
  if (!NFT_NAME.test(name)) return 'nft names start with a letter or _ and contain only letters, digits, _, - and .';
  if (NFT_RESERVED_WORDS.has(name)) return `nft reads '${name}' as a keyword`;
  if (Buffer.byteLength(name) > NFT_MAX_NAME) return `nft names are at most ${NFT_MAX_NAME} bytes`;
  return undefined;
}

function iptablesChainProblem(name: string): string | undefined {
  if (name === '') return 'a name cannot be empty';
  if (/[\s"']/.test(name)) return 'chain names cannot contain blanks or quotes';
  if (/^[-!#]/.test(name)) return `chain names cannot start with '${name[0]}'`;
  if (name.length > IPT_MAX_CHAIN) return `iptables chain names are at most ${IPT_MAX_CHAIN} characters`;
  if (STANDARD_VERDICTS.includes(name)) return `'${name}' is a standard verdict`;
  if (IPT_TARGETS.some((t) => t.name === name)) return `'-j ${name}' would load the ${name} target instead of jumping to the chain`;
  return undefined;
}

function takenBy(site: NameSite, newName: string): string {
  if (site.kind === 'variable') return `a variable '${newName}' is already defined`;
  const where = `table ${site.scope}`;
  if (site.kind === 'set' || site.kind === 'map') return `a set or map named '${newName}' already exists in ${where}`;
  if (site.kind === 'object') return `a ${site.objectKind ?? 'object'} named '${newName}' already exists in ${where}`;
  return `a ${site.kind} named '${newName}' already exists in ${where}`;
}

function describe(site: NameSite): string {
  const kind = site.kind === 'object' ? site.objectKind ?? 'object' : KIND_WORDS[site.kind];
  return `The ${kind} '${site.name}'`;
}

/** The table name of a table scope (`ip filter` → `filter`). */
function tableOf(site: NameSite): string {
  return site.scope.slice(site.scope.indexOf(' ') + 1);
}
