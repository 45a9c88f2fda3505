/** Shared wording of the three rule-logic diagnostics (unreachable, shadowed and redundant rules). */
import type { Problem, RelatedInfo, Rule, Ruleset } from '../../model/types';
import { ruleClaims, type Claim, type ClaimKind } from '../rule-logic/coverage';
import { witnessText } from '../rule-logic/witness-text';

/** The problems of one claim kind. */
export function claimProblems(ruleset: Ruleset, kind: ClaimKind, describe: (claim: Claim) => Pick<Problem, 'severity' | 'message'>): Problem[] {
  return ruleClaims(ruleset).filter((c) => c.kind === kind).map((claim) => ({
    code: `${kind}-rule`,
    ...describe(claim),
    location: claim.rule.location,
    related: related(claim),
    data: {
      rule: claim.rule.index, chain: claim.rule.chain.name, table: claim.rule.chain.table.name,
      witness: claim.witness ? witnessText(claim.witness.packet) : undefined,
    },
  }));
}

function related(claim: Claim): RelatedInfo[] {
  return claim.coverers.map((rule) => ({
    location: rule.location,
    message: claim.witness?.decidedBy === rule
      ? `decides ${witnessText(claim.witness.packet)} first`
      : claim.kind === 'unreachable' ? 'ends the chain for every packet' : 'decides some of its packets first',
  }));
}

/** `line N` of a rule (1-based), for messages. */
export function lineOf(rule: Rule): string {
  return `line ${rule.location.range.start.line + 1}`;
}
