/**
 * Shapes of the iptables catalog: every match module and target iptables ships, with every option.
 * One source for hover, completion, validation (unknown-option, invalid-value…) and the model's lowering of options
 * into packet fields.
 */
import type { Field } from '../../model/fields';

export type IpFamily = 'ipv4' | 'ipv6';
export type Hook = 'prerouting' | 'input' | 'forward' | 'output' | 'postrouting';
export type IptTable = 'filter' | 'nat' | 'mangle' | 'raw' | 'security';

/** How an option's argument is read and validated (see values.ts for each type's checker). */
export type IptValueType =
  | 'none'            // a flag without argument (e.g. --syn, --rsource)
  | 'string'          // free text (length limits in maxLength)
  | 'hex-string'      // text with |hex| parts (--hex-string)
  | 'int'             // integer, bounds in min/max
  | 'int-range'       // n or n:m
  | 'port'            // 0-65535 or a service name
  | 'port-range'      // port or port:port (either side may be empty)
  | 'port-list'       // up to 15 ports or ranges separated by commas (multiport)
  | 'address'         // an address (family-specific) or host name
  | 'address-prefix'  // address[/prefix|/mask], comma lists allowed where listsAllowed
  | 'address-range'   // a.b.c.d-e.f.g.h
  | 'mac'             // 01:02:03:04:05:06
  | 'interface'       // name up to 15 chars, trailing + wildcard
  | 'mark'            // value[/mask], decimal or hex, 32 bit
  | 'ct-states'       // comma list of INVALID,ESTABLISHED,NEW,RELATED,UNTRACKED,SNAT,DNAT
  | 'tcp-flags'       // two comma lists (mask, comparison) of SYN,ACK,FIN,RST,URG,PSH,ALL,NONE
  | 'icmp-type'       // name or type[/code]
  | 'icmpv6-type'     // name or type[/code]
  | 'protocol'        // name or number
  | 'enum'            // one of `values` (comma list when listsAllowed)
  | 'rate'            // n/second|minute|hour|day (abbreviations allowed)
  | 'log-level'       // 0-7 or emerg…debug
  | 'time'            // HH:MM[:SS]
  | 'date'            // YYYY[-MM[-DD[THH[:MM[:SS]]]]]
  | 'days'            // Mon,Tue,…
  | 'nat-range'       // addr[-addr][:port[-port]] (IPv6 in brackets)
  | 'dscp' | 'tos' | 'fraction' | 'path' | 'other';

/** One option of a match or target. */
export interface IptOption {
  /** Canonical long name, with dashes: "--dport". */
  name: string;
  /** Other accepted spellings: "--destination-port", short forms. */
  aliases?: string[];
  /** Value type of the argument. */
  value: IptValueType;
  /** Number of arguments when not exactly one (0 for flags, 2 for --tcp-flags). */
  argCount?: number;
  /** The argument may be left out (rateest `--rateest-bps1` alone compares with the other estimator). */
  optionalValue?: boolean;
  /** Allowed words for enum values (lower and upper case accepted as iptables does). */
  values?: string[];
  /** Commas allowed (lists). */
  listsAllowed?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
  /** `!` may be put before the option. */
  invertible: boolean;
  /** The option must be given whenever the extension is used. */
  required?: boolean;
  /** Options that cannot be combined with this one. */
  conflicts?: string[];
  /** Model field this option constrains exactly, for packet-space analysis and tracing. */
  field?: Field;
  /** Our own explanation, one or two sentences. */
  doc: string;
  /** A short example rule fragment using the option. */
  example?: string;
  /** Set when the option still works but should no longer be used. */
  deprecated?: string;
  /** Families the option exists in, when narrower than its extension's. */
  families?: IpFamily[];
  /**
   * Protocols `-p` must name when this option is used (for nat-range values: only when the value carries a port),
   * e.g. REDIRECT --to-ports needs tcp, udp, udplite, sctp or dccp.
   */
  requiresProtocol?: string[];
}

/** A match module (-m NAME) or target (-j NAME). */
export interface IptExtension {
  name: string;
  kind: 'match' | 'target';
  families: IpFamily[];
  /** One-line summary. */
  summary: string;
  /** Our own explanation, a short paragraph. */
  doc: string;
  /** A full example rule line (as in iptables-save), e.g. "-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT". */
  example: string;
  /** Kernel module providing it, e.g. "xt_conntrack". */
  kernelModule: string;
  options: IptOption[];
  /** Tables where the kernel accepts it (undefined: all). */
  tables?: IptTable[];
  /** Hooks where the kernel accepts it (undefined: all hooks of the allowed tables). */
  hooks?: Hook[];
  /** For targets: ends rule traversal (ACCEPT, DROP, REJECT, DNAT…) rather than continuing (LOG, MARK…). */
  terminal?: boolean;
  /** Protocols it needs `-p` to name (tcp match, --dport on multiport, TPROXY…). */
  requiresProtocol?: string[];
  /** Set when deprecated: what to use instead. */
  deprecated?: { message: string; replacement?: string };
  /** Not in mainline iptables: needs the xtables-addons package. */
  xtablesAddons?: boolean;
  /** Not a real extension name but an alias of another (e.g. "state" → conntrack semantics). */
  aliasOf?: string;
  /**
   * The outcome depends on something the rule text does not fix (counters, rates, lists, the clock, payload bytes,
   * kernel state), so analysis and tracing must treat the match as undecidable.
   */
  stateful?: boolean;
}
