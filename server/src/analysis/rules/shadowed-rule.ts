/**
 * `shadowed-rule`: every packet the rule matches is decided earlier in the chain, by rules whose verdict differs
 * (or the rule has no verdict of its own), so it never acts. Often a sign that rules are in the wrong order.
 */
import type { DiagnosticRule } from '../index';
import { claimSteps } from '../rule-logic/coverage';
import { witnessText } from '../rule-logic/witness-text';
import { claimProblems, lineOf } from './rule-logic-problems';

export const shadowedRule: DiagnosticRule = {
  codes: ['shadowed-rule'],
  deferred: true,
  prepare: claimSteps,
  run: (ruleset) => claimProblems(ruleset, 'shadowed', (claim) => {
    const lines = claim.coverers.map(lineOf).join(', ');
    const example = claim.witness ? ` (e.g. ${witnessText(claim.witness.packet)}, decided at ${lineOf(claim.witness.decidedBy)})` : '';
    return {
      severity: 'warning',
      message: `Shadowed: every packet this rule matches is decided earlier, at ${lines}${example}; it never acts.`,
    };
  }),
};
