/**
 * The nftables catalog's public face: data lists and lookups for hover, completion and validation.
 */
import { DATA_TYPE_BY_NAME } from './datatypes';
import { CHAIN_TYPE_RULES, NAMED_PRIORITIES } from './families';
import { KEYWORDS } from './keywords';
import { OBJECT_KIND_BY_NAME } from './objects';
import { SELECTOR_BY_PATH } from './selectors';
import { STATEMENTS } from './statements';
import type {
  Documented, NftChainType, NftDataType, NftFamily, NftHook, NftObjectKind, NftSelector, NftStatement, Placement,
} from './types';

export * from './types';
export { COMMANDS } from './commands';
export { DATA_TYPES } from './datatypes';
export { CHAIN_TYPES, CHAIN_TYPE_RULES, FAMILIES, HOOKS, NAMED_PRIORITIES, POLICIES, TABLE_FLAGS, hookNeedsDevice } from './families';
export { KEYWORDS } from './keywords';
export { OBJECT_KINDS } from './objects';
export { EXPRESSION_HEADS, SELECTORS } from './selectors';
export { STATEMENTS } from './statements';

/** The selector written as these words (`findSelector("tcp", "dport")`, `findSelector("ct", "original", "saddr")`). */
export function findSelector(...words: string[]): NftSelector | undefined {
  const path = words.join(' ');
  return SELECTOR_BY_PATH.get(path)
    ?? (words.length === 1 ? SELECTOR_BY_PATH.get(`meta ${path}`) : undefined)
    ?? SELECTOR_BY_PATH.get(path.replace(/\[\d+\]/g, '[1]'));
}

/** The doc of a keyword, refined by a context hint (usually the preceding keyword) when it has several meanings. */
export function keywordDoc(word: string, contextHint?: string): Documented | undefined {
  const entry = KEYWORDS.get(word);
  if (!entry) return undefined;
  if (contextHint !== undefined && entry.contexts?.[contextHint]) return entry.contexts[contextHint];
  return entry;
}

/** The number of a named priority in a family at a hook, or undefined when nft refuses the name there. */
export function namedPriority(family: NftFamily, hook: NftHook, name: string): number | undefined {
  const p = NAMED_PRIORITIES.find((n) => n.name === name && n.families.includes(family)
    && (!n.hooks || n.hooks.includes(hook)));
  return p?.value;
}

/** Whether the kernel accepts a base chain of this type at this hook in this family. */
export function isChainTypeAllowed(family: NftFamily, type: NftChainType, hook: NftHook): boolean {
  return CHAIN_TYPE_RULES.some((r) => r.family === family && r.type === type && r.hooks.includes(hook));
}

/** Hooks the kernel accepts for a chain type in a family (empty when the type does not exist there). */
export function allowedHooks(family: NftFamily, type: NftChainType): NftHook[] {
  return CHAIN_TYPE_RULES.find((r) => r.family === family && r.type === type)?.hooks ?? [];
}

/** A statement by name ("snat", "log", "ct helper", "meta-set" …). */
export function findStatement(name: string): NftStatement | undefined {
  return STATEMENTS.find((s) => s.name === name);
}

/** Why a statement or selector is refused in this chain, or undefined when the kernel accepts it there. */
export function placementProblem(
  entry: Placement, at: { family: NftFamily; chainType?: NftChainType; hook?: NftHook },
): string | undefined {
  if (entry.families && !entry.families.includes(at.family)) return `not available in the ${at.family} family`;
  if (entry.chainTypes && at.chainType && !entry.chainTypes.includes(at.chainType)) {
    return `only in chains of type ${entry.chainTypes.join(', ')}`;
  }
  if (entry.hooks && at.hook && !entry.hooks.includes(at.hook)) return `only at hook ${entry.hooks.join(', ')}`;
  return undefined;
}

/** A data type by name ("ipv4_addr", "ct_state" …). */
export function findDataType(name: string): NftDataType | undefined {
  return DATA_TYPE_BY_NAME.get(name);
}

/** An object kind by name ("set", "flowtable", "ct helper" …). */
export function findObjectKind(name: string): NftObjectKind | undefined {
  return OBJECT_KIND_BY_NAME.get(name);
}

/** The number behind a symbolic value of a data type (`symbolValue("ct_state", "new")` → 8). */
export function symbolValue(type: string, word: string): number | undefined {
  return DATA_TYPE_BY_NAME.get(type)?.symbols?.[word];
}
