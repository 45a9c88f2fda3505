/**
 * The table of diagnostic rules. Each rule lives in its own file under analysis/rules/, has a stable code documented
 * in docs/diagnostics/<code>.md, and is a pure function of the ruleset.
 */
import type { Location, Problem, Rule, Ruleset } from '../model/types';
import { keepResult, reusedProblems } from './reuse';
import { ctBeforeConntrack } from './rules/ct-before-conntrack';
import { jumpDepth } from './rules/jump-depth';
import { jumpLoop } from './rules/jump-loop';
import { NFT_RULES } from './rules/nft-diagnostics';
import { notrackAsymmetric } from './rules/notrack-asymmetric';
import { notrackTooLate } from './rules/notrack-too-late';
import { redundantRule } from './rules/redundant-rule';
import { shadowedRule } from './rules/shadowed-rule';
import { unreachableRule } from './rules/unreachable-rule';
import { unusedChain } from './rules/unused-chain';
import { wrongHook } from './rules/wrong-hook';
import { wrongTable } from './rules/wrong-table';
import { undefinedChain } from './rules/undefined-chain';

export interface DiagnosticRule {
  /** Stable codes this rule can report. */
  codes: readonly string[];
  run(ruleset: Ruleset): Problem[];
  /**
   * Costly rules the server may run after publishing the others (rule logic: its cost grows with the rules of the
   * chain being edited). The CLI and tests run every rule at once.
   */
  deferred?: boolean;
  /**
   * The costly part of a deferred rule as steps of bounded work, so the server can run it between requests; `run`
   * afterwards reuses what the steps computed.
   */
  prepare?(ruleset: Ruleset): Iterator<void, unknown>;
  /**
   * Everything the rule looks at in one rule, as a key, with each position rendered by `at`: when the rules of a line
   * edited by a splice give the same keys before and after, the rule's problems of the previous check still hold,
   * moved with the text (analysis/reuse.ts). A rule without it runs at every check.
   */
  reads?(rule: Rule, at: (location: Location) => string): string;
  /** Whether the rule also reads the ruleset's references (then the edited line's must be the same, positions included). */
  readsReferences?: boolean;
}

/** Which rules a run covers: all of them, or the quick ones and the deferred ones as two steps. */
export type RulePhase = 'all' | 'quick' | 'deferred';

const RULES: DiagnosticRule[] = [
  jumpLoop, jumpDepth, undefinedChain, unusedChain, wrongTable, wrongHook, unreachableRule, shadowedRule, redundantRule,
  ...NFT_RULES,
  ctBeforeConntrack, notrackTooLate, notrackAsymmetric,
];

/** Runs the diagnostic rules of a phase (default: every rule) on a ruleset; a rule that throws is reported instead of breaking the others. */
export function runDiagnostics(ruleset: Ruleset, phase: RulePhase = 'all'): Problem[] {
  const problems: Problem[] = [];
  for (const rule of RULES) {
    if (phase !== 'all' && (rule.deferred === true) !== (phase === 'deferred')) continue;
    try {
      const found = reusedProblems(ruleset, rule) ?? rule.run(ruleset);
      if (rule.reads) keepResult(ruleset, rule, found);
      problems.push(...found);
    } catch (error) {
      problems.push({
        code: 'internal-error',
        severity: 'warning',
        message: `nfrules: the ${rule.codes.join('/')} check failed: ${(error as Error).message}`,
        location: { uri: ruleset.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } },
      });
    }
  }
  return problems;
}

/**
 * The work of the deferred rules on a ruleset as steps of bounded work (each rule's `prepare`): once they have all
 * run, `runDiagnostics(ruleset, 'deferred')` only collects the results.
 */
export function* deferredSteps(ruleset: Ruleset): Generator<void, void> {
  for (const rule of RULES) {
    if (!rule.deferred || !rule.prepare) continue;
    const steps = rule.prepare(ruleset);
    while (!steps.next().done) yield;
  }
}

/** The codes of the deferred rules (their problems are carried across edits until the deferred step runs). */
export const DEFERRED_CODES: ReadonlySet<string> = new Set(RULES.filter((r) => r.deferred).flatMap((r) => r.codes));
