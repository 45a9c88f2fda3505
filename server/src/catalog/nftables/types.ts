/**
 * Shapes of the nftables catalog: families, chain types, hooks, data types, selectors (expressions that read a
 * packet or its metadata), statements and keywords. One source for hover, completion and validation of nft files.
 */
import type { Field } from '../../model/fields';

export type NftFamily = 'ip' | 'ip6' | 'inet' | 'arp' | 'bridge' | 'netdev';
export type NftHook = 'prerouting' | 'input' | 'forward' | 'output' | 'postrouting' | 'ingress' | 'egress';
export type NftChainType = 'filter' | 'nat' | 'route';

/** Every entry the hover reads carries our own explanation and an example. */
export interface Documented {
  /** Our own explanation, one or two sentences. */
  doc: string;
  /** A short example in nft syntax. */
  example: string;
  /** First nft release that accepts it, when later than 1.0.6. */
  since?: string;
  /** Oldest kernel needed, when notable (e.g. "5.10"). */
  kernel?: string;
}

/** An address family and the hooks its base chains may use. */
export interface NftFamilyInfo extends Documented {
  name: NftFamily;
  hooks: NftHook[];
}

/** One accepted (family, chain type, hook) combination, as the kernel decides it on load. */
export interface ChainTypeRule {
  type: NftChainType;
  family: NftFamily;
  hooks: NftHook[];
}

/** A standard priority name and its number within a family. */
export interface NamedPriority {
  name: string;
  value: number;
  families: NftFamily[];
  /** Hooks where the name is accepted; undefined: every hook of the family. */
  hooks?: NftHook[];
}

/** How a data type's values are written. */
export type NftBaseType = 'integer' | 'bitmask' | 'string' | 'lladdr' | 'boolean' | 'verdict';

/** A data type (as `nft describe` names it) and its literal forms. */
export interface NftDataType extends Documented {
  name: string;
  /** Width in bits (for strings: bytes × 8), when fixed. */
  bits?: number;
  base: NftBaseType;
  /** Symbolic constants nft accepts for this type, with their numbers. */
  symbols?: Record<string, number>;
  /** Short description of the literal forms (e.g. "dotted quad, prefix /n, range a-b"). */
  literal: string;
}

/** Which expression family a selector belongs to. */
export type SelectorKind =
  | 'payload' | 'exthdr' | 'tcp-option' | 'ip-option' | 'sctp-chunk' | 'meta' | 'ct' | 'rt' | 'fib' | 'socket'
  | 'osf' | 'ipsec' | 'numgen' | 'hash' | 'raw' | 'inner';

/** The protocol context a selector implies: nft adds this match itself (e.g. `tcp dport` adds `meta l4proto tcp`). */
export interface ProtocolDependency {
  /** Network protocol the packet must carry: for `ip saddr` in an inet table, nft adds `meta nfproto ipv4`. */
  network?: 'ipv4' | 'ipv6' | 'arp';
  /** Transport protocol the packet must carry (`meta l4proto` value). */
  l4proto?: string;
  /** Link-layer type implied in bridge/netdev (`ether type` value). */
  ethertype?: string;
}

/** An expression that reads a value from the packet, its metadata, conntrack or routing. */
export interface NftSelector extends Documented {
  /** Words as written, e.g. ["tcp", "dport"], ["meta", "mark"], ["ct", "original", "saddr"]. */
  words: string[];
  kind: SelectorKind;
  /** Data type name (key of DATA_TYPES) of the value it yields. */
  type: string;
  /** Width in bits (string types: bytes × 8). */
  bits?: number;
  /** Model field when the model interprets the match exactly. */
  field?: Field;
  dependency?: ProtocolDependency;
  /** Families where it is meaningful; undefined: all. */
  families?: NftFamily[];
  /** Hooks where the kernel accepts it; undefined: all. */
  hooks?: NftHook[];
  /** Can be written to (`meta mark set …`, `ct mark set …`, payload mangling). */
  settable?: boolean;
  /** The meta key may be written without `meta` (`iifname`, `mark`, `skuid` …). */
  unqualified?: boolean;
}

/** One argument or option of a statement. */
export interface NftStatementOption extends Documented {
  name: string;
  /** Data type name or a value-shape word ("rate", "bytes", "time", "string", "integer", "none"). */
  value: string;
  /** Allowed words when the value is one of a closed list. */
  values?: string[];
  min?: number;
  max?: number;
}

/** Where the kernel accepts a statement (undefined fields: no restriction). */
export interface Placement {
  families?: NftFamily[];
  chainTypes?: NftChainType[];
  hooks?: NftHook[];
}

/** A statement: a verdict, or an action taken when the rule's matches hold. */
export interface NftStatement extends Documented, Placement {
  /** Leading word(s), e.g. ["snat"], ["meta", "set"] is written `meta KEY set`, so it is ["meta-set"]. */
  name: string;
  kind: 'verdict' | 'action' | 'nat' | 'set' | 'object';
  /** Ends evaluation of the rule set for the packet (accept, drop, reject, nat with a verdict …). */
  terminal: boolean;
  options: NftStatementOption[];
  /** Matches the rule needs before this statement (e.g. tproxy needs `meta l4proto`). */
  requires?: string[];
}

/** A keyword of the language with its documentation; `contexts` refine it by the preceding keyword. */
export interface NftKeyword extends Documented {
  word: string;
  contexts?: Record<string, Documented>;
}

/** A property inside a `{ }` block of a set, map, flowtable, named object or table. */
export interface NftProperty extends Documented {
  name: string;
  value: string;
  values?: string[];
}

/** A declarable object (set, map, flowtable, counter, quota, ct helper …) and its properties. */
export interface NftObjectKind extends Documented {
  name: string;
  properties: NftProperty[];
  /** Families where the kernel allows it; undefined: all. */
  families?: NftFamily[];
}

/** A top-level command (add, list, flush …) or directive (define, include). */
export interface NftCommand extends Documented {
  name: string;
  /** Object kinds it applies to (table, chain, rule, set …); empty for directives. */
  objects: string[];
}
