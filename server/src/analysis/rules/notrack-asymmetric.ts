/**
 * `notrack-asymmetric`: packets of one direction are exempted from connection tracking, but no do-not-track rule
 * can match their replies. The replies are then tracked on their own — conntrack sees them as `new` (or `invalid`
 * for a TCP SYN-ACK) — so stateful rules drop them or NAT mangles them. The usual fix is the mirror rule at the other
 * hook: `prerouting udp dport 53 notrack` with `output udp sport 53 notrack`.
 */
import type { Chain, Problem, Rule, Ruleset, Statement } from '../../model/types';
import { IntervalSet } from '../packet-space/interval-set';
import { RegionTooComplex, subtractFromRegion, type Box, type Dim, type Region } from '../packet-space/region';
import { contextsBeforeConntrack } from '../conntrack-point';
import { jumpsKey } from '../chain-graph';
import type { DiagnosticRule } from '../index';
import { keptRuleRegions } from '../rule-logic/chain-summary';

/**
 * Dimensions a reply shares with its request, swapped; everything else of the request says nothing of the reply.
 * Interfaces are swapped as symmetric routing has it (a reply leaves by the interface its request came in on, as
 * on loopback): the usual case, and the one that never calls a symmetric setup asymmetric.
 */
const MIRROR: Partial<Record<Dim, Dim>> = {
  nfproto: 'nfproto', l4proto: 'l4proto', saddr: 'daddr', daddr: 'saddr', sport: 'dport', dport: 'sport',
  iifname: 'oifname', oifname: 'iifname',
};

/**
 * The packets that can be replies to packets of a box (an over-approximation). Conntrack reassembles fragments
 * before priority -300, so no packet a do-not-track rule sees is a fragment.
 */
export function mirrorBox(box: Box): Box {
  const out = new Map<Dim, IntervalSet>([['fragment', IntervalSet.point(0n)]]);
  for (const [dim, set] of box) {
    const to = MIRROR[dim];
    if (to) out.set(to, set);
  }
  return out;
}

interface Untracking {
  rule: Rule;
  statement: Statement;
  chain: Chain;
  over: Region;
  under: Region;
}

/** Whether every reply lies in the (over-approximated) region of some do-not-track rule; too complex counts as yes. */
function allRepliesUntracked(replies: Region, untracking: readonly Untracking[]): boolean {
  try {
    let rest: Box[] = [...replies];
    for (const other of untracking) {
      for (const box of other.over) rest = subtractFromRegion(rest, box, 256);
      if (rest.length === 0) return true;
    }
    return rest.length === 0;
  } catch (error) {
    if (error instanceof RegionTooComplex) return true;
    throw error;
  }
}

export const notrackAsymmetric: DiagnosticRule = {
  codes: ['notrack-asymmetric'],
  // A do-not-track rule is compared with the others by everything it matches: any change to its text counts.
  reads: (rule, at) => {
    const statement = rule.statements.find((s) => s.effect.kind === 'notrack');
    return jumpsKey(rule, at) + (statement ? `notrack ${rule.text} ${at(statement.location)} ${at(rule.location)}` : '');
  },
  run(ruleset: Ruleset): Problem[] {
    const untracking: Untracking[] = [];
    for (const table of ruleset.tables) {
      for (const chain of table.chains) {
        if (contextsBeforeConntrack(table, chain).length === 0) continue;
        for (const rule of chain.rules) {
          const statement = rule.statements.find((s) => s.effect.kind === 'notrack');
          if (statement) untracking.push({ rule, statement, chain, ...keptRuleRegions(rule, table) });
        }
      }
    }
    const problems: Problem[] = [];
    const flagged = asymmetric(untracking);
    untracking.forEach((u, i) => {
      if (!flagged[i]) return;
      problems.push({
        code: 'notrack-asymmetric', severity: 'warning', location: u.statement.location,
        message: `Packets matching this rule skip connection tracking, but no do-not-track rule matches their replies: the replies are tracked as new connections (TCP ones as invalid) and stateful rules or NAT will misjudge them. Add the mirror rule at the other hook.`,
        data: { chain: u.chain.name, table: u.chain.table.name, rule: u.rule.index, hook: contextsBeforeConntrack(u.chain.table, u.chain)[0]?.base.base?.hook },
      });
    });
    return problems;
  },
};

/**
 * The last verdicts, by do-not-track rule and regions: an edit elsewhere leaves the do-not-track rules (the same
 * objects, with the same regions) and their verdicts as they were, and comparing each with all the others costs
 * milliseconds at every keystroke on a dump with dozens of them.
 */
let lastVerdicts: { untracking: Untracking[]; flagged: boolean[] } | undefined;

/** For each do-not-track rule, whether some reply to a packet it surely matches can match no do-not-track rule at all. */
function asymmetric(untracking: Untracking[]): boolean[] {
  const last = lastVerdicts;
  if (last && last.untracking.length === untracking.length
    && untracking.every((u, i) => u.rule === last.untracking[i].rule && u.over === last.untracking[i].over && u.under === last.untracking[i].under)) {
    return last.flagged;
  }
  const flagged = untracking.map((u) => u.under.length > 0 && !allRepliesUntracked(u.under.map(mirrorBox), untracking));
  lastVerdicts = { untracking, flagged };
  return flagged;
}
