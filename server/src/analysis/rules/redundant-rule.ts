/**
 * `redundant-rule`: earlier rules with the same verdict already decide every packet the rule matches; removing it
 * changes nothing.
 */
import type { DiagnosticRule } from '../index';
import { claimSteps } from '../rule-logic/coverage';
import { claimProblems, lineOf } from './rule-logic-problems';

export const redundantRule: DiagnosticRule = {
  codes: ['redundant-rule'],
  deferred: true,
  prepare: claimSteps,
  run: (ruleset) => claimProblems(ruleset, 'redundant', (claim) => ({
    severity: 'warning',
    message: `Redundant: ${claim.coverers.length === 1 ? `the rule at ${lineOf(claim.coverers[0])} already decides` : `the rules at ${claim.coverers.map(lineOf).join(', ')} already decide`} every packet this rule matches, the same way.`,
  })),
};
