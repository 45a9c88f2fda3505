/**
 * Matches the simulator cannot decide from the packet: rate limits, quotas, `recent` lists, string searches, and
 * whatever the model keeps as opaque text. A few of them are decided from what the simulator does know (a `recent
 * --set` always matches; `-m socket` matches a packet TPROXY already handed to a socket); the rest get the user's
 * assumption, and the trace lists each one it used.
 */
import type { OpaqueMatch, Statement } from '../model/types';
import type { PacketState } from './packet-state';

/** What the simulator can say about an undecidable match before asking the user's assumption. */
export interface OpaqueJudgement {
  /** Known outcome (no assumption needed). */
  decided?: boolean;
  /** The outcome used when neither a per-match override nor a decision exists (module-specific default). */
  suggested?: boolean;
  /** Why the outcome is known, suggested, or cannot be known. */
  reason: string;
}

/** nft statements that stop a rule when their state says so (`limit rate 10/second accept`). */
const CONDITIONAL_STATEMENTS = new Set(['limit', 'quota', 'connlimit', 'meter']);

/** The module an opaque match comes from: the iptables `-m NAME`, else the recorded module or first word. */
export function opaqueModule(match: OpaqueMatch): string {
  const m = /(?:^|\s)(?:-m|--match)\s+(\S+)/.exec(match.text);
  if (m) return m[1];
  if (/^(!\s*)?--?[a-z]/.test(match.text)) return match.module;
  return /^[a-z0-9_-]+/.exec(match.text)?.[0] ?? match.module;
}

/** Judges an opaque match; `local` says whether the packet is headed for a local socket. */
export function judgeOpaque(match: OpaqueMatch, state: PacketState, local: boolean): OpaqueJudgement {
  const module = opaqueModule(match);
  if (module === 'comment') return { decided: true, reason: 'a comment always matches' };
  if (module === 'recent') return judgeRecent(match.text);
  if (module === 'socket') return judgeSocket(match.text, state, local);
  const kind = match.stateful ? 'its outcome depends on earlier packets' : 'the model does not interpret it';
  return { reason: `${kind} (${module})` };
}

function judgeRecent(text: string): OpaqueJudgement {
  if (/--set\b/.test(text) && !/--(rcheck|update|remove)\b/.test(text)) {
    return { decided: !/!\s*--set\b/.test(text), reason: '`recent --set` records the source and always matches' };
  }
  return { reason: 'it depends on the packets the recent list has seen' };
}

// xt_socket looks for a socket the packet belongs to: the one TPROXY assigned, an established connection, or a
// listener. Listeners are not part of the packet spec, so only the first two can be known.
function judgeSocket(text: string, state: PacketState, local: boolean): OpaqueJudgement {
  if (state.socket) return { decided: !/^!/.test(text.trim()), reason: 'TPROXY handed the packet to a socket' };
  const connected = (state.ctState === 'established' || state.ctState === 'related') && local;
  const transparent = /--transparent|transparent\s+1/.test(text);
  if (connected) {
    return { suggested: true, reason: `the packet belongs to an established connection to a local ${transparent ? 'transparent ' : ''}socket (assumed)` };
  }
  return { suggested: false, reason: 'a new connection has no connected socket; listeners are not part of the packet (assumed none)' };
}

/** For a statement that may stop the rule (nft limit, quota…): why it is undecidable, or undefined when it always passes. */
export function conditionalStatement(statement: Statement): string | undefined {
  if (CONDITIONAL_STATEMENTS.has(statement.name)) return `its outcome depends on earlier packets (${statement.name})`;
  if (statement.name === 'set' && /\b(limit|quota|ct count)\b/.test(statement.text)) {
    return 'the set element carries a limit that depends on earlier packets';
  }
  return undefined;
}
