/**
 * The ruleset model: one representation of iptables-save and nftables files.
 *
 * Every element keeps the source location it came from, so diagnostics, navigation and the traversal preview can
 * point back at the text. The model has no LSP types and does no I/O.
 */
import type { Field } from './fields';
import type { NftFacts } from './nft-facts';

export type Dialect = 'nftables' | 'iptables';

/** 0-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A range in a particular file (rules may come from included files). */
export interface Location {
  uri: string;
  range: Range;
}

export type Family = 'ip' | 'ip6' | 'inet' | 'arp' | 'bridge' | 'netdev';
export type Hook = 'prerouting' | 'input' | 'forward' | 'output' | 'postrouting' | 'ingress' | 'egress';
export type ChainType = 'filter' | 'nat' | 'route';

/** The whole ruleset as seen from one root document (plus the files it includes). */
export interface Ruleset {
  dialect: Dialect;
  /** The document the model was built from. */
  uri: string;
  tables: Table[];
  /** nft `define`/`redefine`/`undefine` in file order. */
  variables: Variable[];
  /** Every use of a chain, set, map, flowtable, named object or variable. */
  references: Reference[];
  includes: Include[];
  /** Problems noticed while building the model (duplicate names, unknown options, bad values…). */
  problems: Problem[];
  /** nft only: what the lowering saw in file order that the nft diagnostics judge (see model/nft-facts.ts). */
  nft?: NftFacts;
}

export interface Table {
  family: Family;
  name: string;
  /** Where this table came from: an iptables `*table` block or an nft table. */
  origin: Dialect;
  location: Location;
  nameLocation: Location;
  chains: Chain[];
  sets: NamedSet[];
  flowtables: Flowtable[];
  objects: NamedObject[];
  flags: string[];
}

export interface BaseChainInfo {
  type: ChainType;
  hook: Hook;
  /** Numeric priority after resolving named priorities and arithmetic. */
  priority: number;
  /** The priority as written (`filter - 10`, `-150`), for display. */
  priorityText: string;
  devices: string[];
}

export interface Chain {
  table: Table;
  name: string;
  location: Location;
  nameLocation: Location;
  /** Present for base chains (nft chains with a hook, iptables built-in chains). */
  base?: BaseChainInfo;
  /** Policy of a base chain; undefined means the default (accept). */
  policy?: 'accept' | 'drop';
  policyLocation?: Location;
  rules: Rule[];
  /** iptables built-in chain (INPUT, PREROUTING…). */
  builtin: boolean;
  comment?: string;
}

export interface Rule {
  chain: Chain;
  /** Position within the chain, 0-based. */
  index: number;
  location: Location;
  /** The rule's source text, as written. */
  text: string;
  /** Matches in order; all must hold for the rule to apply. */
  matches: Match[];
  /** Statements in order (non-terminal actions first, the verdict last when there is one). */
  statements: Statement[];
  comment?: string;
}

/** One item of a value list: an integer range, a masked value, an interface name, or a set reference. */
export type ValueItem =
  | { kind: 'range'; lo: bigint; hi: bigint }
  | { kind: 'masked'; value: bigint; mask: bigint }
  | { kind: 'name'; name: string; wildcard: boolean }
  | { kind: 'set'; name: string; location: Location };

/**
 * A match the model understands exactly: the packet's field value lies in the union of `values` (or, negated, does
 * not). `op` other than eq/ne covers nft's relational forms (`tcp dport < 1024` is lowered to a range when possible).
 */
export interface FieldMatch {
  kind: 'field';
  field: Field;
  negated: boolean;
  values: ValueItem[];
  location: Location;
  text: string;
  /**
   * Bitmask test: the match holds when `(field & mask)` lies in `values`, e.g. `--tcp-flags SYN,ACK SYN` is
   * mask 0x12 with values [0x02]; nft `tcp flags syn` (implicit bitmask test) is mask 0x02 with values [0x02].
   */
  bitwise?: { mask: bigint };
  /** For saddr/daddr: which address family the values are in (IPv4: 32-bit integers, IPv6: 128-bit). */
  family?: 'ip' | 'ip6';
  /**
   * Added by the lowering, not written by the user: nft's protocol dependencies (`tcp dport 22` also requires
   * `meta l4proto tcp`; `ip saddr` in an inet table requires `meta nfproto ipv4`). Formatting and hovers skip them.
   */
  implicit?: boolean;
  /** Where it came from: the iptables match module (`tcp`, `conntrack`; '' for core options) or the nft selector path. */
  module?: string;
}

/**
 * A lookup of several fields at once in a set of tuples: nft concatenations (`ip saddr . tcp dport { 10.0.0.1 . 22 }`,
 * `ip saddr . tcp dport @allowed`). Element i of a tuple constrains `fields[i]`.
 */
export interface TupleMatch {
  kind: 'tuple';
  fields: Field[];
  negated: boolean;
  /** The tuples (each a list of value lists, one per field); for a named set, its elements when known. */
  tuples: ValueItem[][];
  /** The named set looked up, when the match names one (`@allowed`). */
  set?: string;
  /** Address family of each address field in `fields` (undefined for non-address fields). */
  families?: ('ip' | 'ip6' | undefined)[];
  location: Location;
  text: string;
  module?: string;
}

/**
 * A match the model cannot decide from the header fields alone (a rate limit, a string search, an unknown module).
 * `stateful` marks matches whose outcome changes between packets (limit, recent, quota, statistic…): two identical
 * opaque matches are only known to agree when they are not stateful.
 */
export interface OpaqueMatch {
  kind: 'opaque';
  text: string;
  location: Location;
  stateful: boolean;
  /** The module or expression this came from (e.g. "recent", "limit", "meta cpu"). */
  module: string;
  /** Added by the lowering, not written by the user (an nft protocol dependency the model has no field for). */
  implicit?: boolean;
}

export type Match = FieldMatch | TupleMatch | OpaqueMatch;

export type Verdict =
  | { kind: 'accept' | 'drop' | 'return' | 'continue' | 'queue' }
  | { kind: 'reject'; with?: string }
  | { kind: 'jump' | 'goto'; target: string; targetLocation: Location }
  | { kind: 'vmap'; map: string | undefined; entries: VmapEntry[] };

export interface VmapEntry {
  /** The key as a match on the vmap's selector (a tuple match for concatenated keys). */
  match: FieldMatch | TupleMatch | OpaqueMatch;
  verdict: Verdict;
}

/** What a statement does to the packet or its connection, as far as the simulator cares. */
export type Effect =
  /** `field = (field & ~mask) | value` (mask undefined: the whole field), e.g. MARK --set-xmark, `meta mark set 1`. */
  | { kind: 'set-field'; field: Field; value: bigint; mask?: bigint }
  /** `field = from` (`meta mark set ct mark`, CONNMARK --restore-mark), optionally under a mask. */
  | { kind: 'copy-field'; field: Field; from: Field; mask?: bigint }
  /** Address/port translation; `family` says which address width `address` is in. */
  | { kind: 'dnat' | 'snat'; family?: 'ip' | 'ip6'; address?: bigint; addressHi?: bigint; port?: number; portHi?: number }
  | { kind: 'masquerade' | 'redirect'; port?: number; portHi?: number }
  /** Divert to a local socket without rewriting the packet (TPROXY, nft tproxy). */
  | { kind: 'tproxy'; family?: 'ip' | 'ip6'; address?: bigint; port?: number }
  /** Do not track this packet (raw NOTRACK, CT --notrack, nft notrack): its ct state becomes untracked. */
  | { kind: 'notrack' }
  /** Changes packet state the model does not follow (e.g. a payload rewrite); analyses forget these fields (all when undefined). */
  | { kind: 'unknown'; fields?: Field[] }
  /** No effect on anything a later match can see (counter, log, comment). */
  | { kind: 'none' };

export interface Statement {
  /** Keyword or target name: "accept", "jump", "counter", "log", "LOG", "MARK", "dnat", "tproxy"… */
  name: string;
  location: Location;
  text: string;
  /** Present when this statement ends or redirects evaluation. */
  verdict?: Verdict;
  effect: Effect;
  /** Statement arguments as written, by option name (`--log-prefix` → `"x: "`, `prefix` → `"x: "`). */
  args: Record<string, string>;
  /**
   * nft: how many of the rule's matches are written before this statement. nft evaluates a rule left to right, so a
   * statement with an effect written before a match (`ct mark set 1 tcp dport 22 accept`) applies even when that
   * match then fails.
   */
  afterMatches?: number;
}

export interface NamedSet {
  table: Table;
  name: string;
  /** `map` for maps and verdict maps. */
  kind: 'set' | 'map';
  location: Location;
  nameLocation: Location;
  /** Key type as written (`ipv4_addr`, `ipv4_addr . inet_service`, or `typeof …`). */
  keyType: string;
  /** Data type of a map (`verdict` for verdict maps). */
  dataType?: string;
  flags: string[];
  elements: SetElement[];
}

export interface SetElement {
  text: string;
  location: Location;
  /** The key as a value list over the set's field, when it is a single known field. */
  values?: ValueItem[];
  /** For concatenated keys (`ipv4_addr . inet_service`): one value per key part (as in `TupleMatch.tuples`), when every part is known. */
  tuple?: ValueItem[];
  /** For maps: the value side as written. */
  data?: string;
}

export interface Flowtable {
  table: Table;
  name: string;
  location: Location;
  nameLocation: Location;
  hook?: string;
  priority?: number;
  devices: string[];
}

export type ObjectKind =
  | 'counter' | 'quota' | 'limit' | 'ct helper' | 'ct timeout' | 'ct expectation' | 'synproxy' | 'secmark';

export interface NamedObject {
  table: Table;
  kind: ObjectKind;
  name: string;
  location: Location;
  nameLocation: Location;
  /** Properties as written, by name (`packets` → `0`, `over` → `10 mbytes`, `type` → `"ftp"`, `policy` → `{ … }`). */
  properties?: Record<string, string>;
}

export interface Variable {
  name: string;
  /** The value text as written (without expansion). */
  value: string;
  /** Where the value is written (absent for undefine). */
  valueLocation?: Location;
  location: Location;
  nameLocation: Location;
  /** define, redefine or undefine. */
  action: 'define' | 'redefine' | 'undefine';
}

export type ReferenceKind = 'chain' | 'set' | 'map' | 'flowtable' | 'object' | 'variable';

/** A use of a name; `table` scopes chains, sets, maps, flowtables and objects. */
export interface Reference {
  kind: ReferenceKind;
  name: string;
  /**
   * The name itself: without the `@` of a set or the `$` of a variable and without quotes (`counter name "x"` covers
   * `x`), so renaming replaces exactly this range. Declaration `nameLocation`s follow the same rule.
   */
  location: Location;
  table?: Table;
  /** Object kind for named-object references (`counter name "x"`). */
  objectKind?: ObjectKind;
  /** For variables: the name in the `define`/`redefine` this use expands (absent when none is visible there). */
  definition?: Location;
}

export interface Include {
  /** The path or glob as written. */
  pattern: string;
  location: Location;
  /** Files the pattern resolved to (absolute URIs); empty when none was found. */
  resolved: string[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A related location shown with a diagnostic (the cycle of a jump loop, the covering rules of a shadowed rule). */
export interface RelatedInfo {
  location: Location;
  message: string;
}

/** A finding: from model building (`problems`) or from analysis. Codes are stable (docs/diagnostics/<code>.md). */
export interface Problem {
  code: string;
  severity: Severity;
  message: string;
  location: Location;
  related?: RelatedInfo[];
  /** Data for quick fixes (e.g. the suggested name, the missing protocol). */
  data?: Record<string, unknown>;
}
