/**
 * What the nft lowering saw in file order that only the nft diagnostics judge. The lowering records facts and never
 * decides severities or messages; each diagnostic rule in analysis/rules/ reads the facts it needs.
 */
import type { Chain, Family, Location, Reference, Table } from './types';

/** A command that names a table neither the file nor an earlier command created. */
export interface MissingTable {
  family: Family;
  name: string;
  /** The table name in the command. */
  location: Location;
  /** The command's verb and kind as written (`add rule`, `delete set`…). */
  command: string;
  /** Where the command starts (fixes insert the table before it). */
  commandLocation: Location;
}

/** A `define` of a name that is already visible (nft: "redefinition of symbol"). */
export interface Redefinition {
  name: string;
  location: Location;
  previous: Location;
}

/** A literal the place it is written in refuses, found while lowering values. */
export interface ValueIssue {
  code: 'invalid-value' | 'type-mismatch' | 'wrong-family';
  message: string;
  location: Location;
  /** The closest valid word, for did-you-mean fixes. */
  suggestion?: string;
}

/** A base chain declaration as written, for the type/hook/family/device/priority checks. */
export interface BaseChainDeclaration {
  chain: Chain;
  table: Table;
  type: string;
  typeLocation: Location;
  hook: string;
  hookLocation: Location;
  /** The priority's named base (`filter`, `dstnat`), when it has one and it is not a variable. */
  priorityName?: string;
  priorityLocation: Location;
  /** The priority as written when it is neither a number nor a name (`priority $addrs` holding a set). */
  priorityInvalid?: string;
  /** A `device`/`devices` was given (or a devices declaration in the chain body). */
  hasDevice: boolean;
  location: Location;
}

/** Something written twice where nft allows it once ("You can only specify this once"). */
export interface Duplicate {
  /** What is repeated: `comment`, `policy`, `type`, `timeout`… */
  what: string;
  location: Location;
  first: Location;
}

/** A declaration nft refuses because the object already exists differently (or `create` of an existing one). */
export interface ConflictingDeclaration {
  kind: 'table' | 'chain' | 'set' | 'map' | 'flowtable' | 'object';
  name: string;
  location: Location;
  first: Location;
  /** `create`: the object exists; `type`: another key/data type or set vs map; `hook`: another base chain setup. */
  reason: 'create' | 'type' | 'hook';
}

/** A block item followed directly by `}` with no newline or `;` in between (nft refuses it). */
export interface MissingSeparator {
  /** The closing brace. */
  location: Location;
  /** The end of the item before it, where the separator goes. */
  after: Location;
}

/** A statement that needs a transport protocol match before it (tproxy; nat with a port) and has none. */
export interface MissingProtocol {
  /** `tproxy`, `snat`, `dnat`, `masquerade`, `redirect`. */
  statement: string;
  location: Location;
  /** Where the rule starts: a protocol match can be inserted there. */
  ruleStart: Location;
  family: Family;
}

/** An include that could not be followed. */
export interface IncludeIssue {
  /** `not-read`: the host refused a file the include reached (special file, size, limits); `path` and `reason` say which and why. */
  kind: 'not-found' | 'cycle' | 'too-deep' | 'not-read';
  pattern: string;
  location: Location;
  /** For `not-read`: the file (path or URI) that was not read. */
  path?: string;
  /** For `not-read`: why, in words. */
  reason?: string;
}

/** A selector or statement key nft 1.0.6 does not know (`meta ibrhwaddr`, `meta seccark`). */
export interface UnknownKey {
  text: string;
  location: Location;
  /** The selector family (`meta`, `ct`, `tcp` …). */
  head: string;
}

/** A range or prefix element in a named set or map that lacks `flags interval`. */
export interface IntervalElement {
  set: string;
  kind: 'set' | 'map';
  location: Location;
  setLocation: Location;
}

/** A `policy` declaration of a chain (the kernel refuses one on a chain without a hook). */
export interface PolicyDeclaration {
  chain: Chain;
  location: Location;
}

/** A flowtable hook declaration (only ingress exists). */
export interface FlowtableHook {
  hook: string;
  location: Location;
}

/** `delete element` of an element the set does not have at that point. */
export interface MissingElement {
  set: string;
  text: string;
  location: Location;
}

/** Everything the nft diagnostics read besides the model itself. */
export interface NftFacts {
  /** Uses of a chain, set, map, flowtable or object written before the command that creates it. */
  earlyUses: Reference[];
  missingTables: MissingTable[];
  /** `$name` uses with no visible definition. */
  undefinedVariables: Reference[];
  redefinitions: Redefinition[];
  valueIssues: ValueIssue[];
  baseChains: BaseChainDeclaration[];
  duplicates: Duplicate[];
  conflicts: ConflictingDeclaration[];
  missingSeparators: MissingSeparator[];
  missingProtocols: MissingProtocol[];
  includeIssues: IncludeIssue[];
  unknownKeys: UnknownKey[];
  intervalElements: IntervalElement[];
  policies: PolicyDeclaration[];
  flowtableHooks: FlowtableHook[];
  missingElements: MissingElement[];
}

/** Empty facts for a new lowering. */
export function emptyFacts(): NftFacts {
  return {
    earlyUses: [], missingTables: [], undefinedVariables: [], redefinitions: [], valueIssues: [], baseChains: [],
    duplicates: [], conflicts: [], missingSeparators: [], missingProtocols: [], includeIssues: [], unknownKeys: [], intervalElements: [], policies: [], flowtableHooks: [], missingElements: [],
  };
}
