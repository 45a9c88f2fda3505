/**
 * `unreachable-rule`: a rule after one that ends the chain for every packet (an unconditional accept, drop, reject,
 * return…). No packet ever gets to it.
 */
import type { DiagnosticRule } from '../index';
import { claimSteps } from '../rule-logic/coverage';
import { claimProblems, lineOf } from './rule-logic-problems';

export const unreachableRule: DiagnosticRule = {
  codes: ['unreachable-rule'],
  deferred: true,
  prepare: claimSteps,
  run: (ruleset) => claimProblems(ruleset, 'unreachable', (claim) => ({
    severity: 'warning',
    message: `Unreachable: the rule at ${lineOf(claim.coverers[0])} ends chain '${claim.rule.chain.name}' for every packet before this one.`,
  })),
};
