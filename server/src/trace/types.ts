/**
 * Input and output of the traversal simulator: the packet a user describes, the options of a trace and the answer
 * (every rule the packet met, in kernel order, and how it ended). Pure data; no LSP types.
 */
import type { Hook, Location, Rule } from '../model/types';

export type ConntrackState = 'new' | 'established' | 'related' | 'invalid' | 'untracked';

/** The packet a user asks about, as given on the command line (`--packet`) or in the editor's form. */
export interface PacketSpec {
  family: 'ip' | 'ip6';
  /** Input interface (packets from the network). */
  iif?: string;
  /** Output interface (forwarded and locally generated packets). */
  oif?: string;
  saddr?: string;
  daddr?: string;
  protocol: 'tcp' | 'udp' | 'icmp' | 'icmpv6' | number;
  sport?: number;
  dport?: number;
  /** TCP flag letters: F S R P A U E C ("S", "SA", "FA"…). */
  tcpFlags?: string;
  icmpType?: number;
  icmpCode?: number;
  /** Conntrack state the packet has once connection tracking has seen it. */
  ctState?: ConntrackState;
  mark?: number;
  /** Conntrack mark of the packet's connection (established connections). */
  ctMark?: number;
  /** Whole IP packet in bytes, headers included. */
  length?: number;
  origin?: 'network' | 'local';
  /** Overrides the routing decision for the packet as sent: delivered to this host or forwarded. */
  destination?: 'local' | 'forward';
}

/** How a trace treats what it cannot decide. */
export interface TraceOptions {
  /** Assumed outcome of a match the simulator cannot decide (rate limits, quotas, opaque matches). */
  assume: 'match' | 'no-match';
  /** Per-match overrides keyed by `uri#line` (0-based line of the match): true = matches. */
  overrides?: Record<string, boolean>;
  /** Addresses or prefixes of this host: a packet to one of them is delivered locally. */
  localAddresses?: string[];
}

/** A match the simulator could not decide, and what it assumed. */
export interface Assumption {
  /** Where the match (or, for a packet default, the rule reading it) is written. */
  location: Location;
  /** The match as written, or the packet field that took its default value. */
  text: string;
  assumed: 'match' | 'no-match' | 'default';
  /** Why it could not be decided, and where the assumed value comes from. */
  reason: string;
  /** Key for `TraceOptions.overrides` (undecidable matches only). */
  key?: string;
}

/** One thing the packet met: a rule (matched or not) or a base chain's policy. */
export interface TraceStep {
  hook: Hook;
  family: string;
  table: string;
  chain: string;
  /** The base chain being traversed (a rule may sit in a user chain it jumped or went to). */
  baseChain: string;
  /** Priority of the base chain being traversed. */
  priority: number;
  /** The rule; undefined for a base chain's policy. */
  rule?: Rule;
  /** Location of the policy (policy steps whose chain declares one). */
  policyLocation?: Location;
  matched: boolean;
  /** For a matched rule or a policy: accept, drop, reject, queue, continue, return, jump X, goto X. */
  verdict?: string;
  /** Why a rule did not match (the first match that failed). */
  reason?: string;
  /** Number of user chains on the call stack (0 in the base chain). */
  depth: number;
  /** What the rule did to the packet ("meta mark ← 0x1", "daddr 192.0.2.1 → 10.0.0.5"). */
  effects?: string[];
}

/** A hook the packet passed through, with the base chains that saw it. */
export interface HookVisit {
  hook: Hook;
  /** The packet as it entered the hook (short form). */
  packet: string;
  chains: { family: string; table: string; chain: string; priority: number; verdict: string; nat?: boolean }[];
  /** Why something expected at this hook did not happen (nat chains skipped, policy routing assumed…). */
  notes: string[];
}

export type Delivered = 'local' | 'forwarded' | 'sent' | 'dropped';

/** The whole answer. */
export interface TraceResult {
  /** accept when the packet got through, else drop, reject or queue. */
  verdict: 'accept' | 'drop' | 'reject' | 'queue';
  delivered: Delivered;
  assumptions: Assumption[];
  steps: TraceStep[];
  hooks: HookVisit[];
  /** The packet in short form as given (defaults filled in) and as it left. */
  packetIn: string;
  packetOut: string;
  /** Problems that make the answer unreliable (a jump to an unknown chain, a loop). */
  errors: string[];
}
