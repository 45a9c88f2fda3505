/**
 * The table of diagnostic rules. Each rule lives in its own file under analysis/rules/, has a stable code documented
 * in docs/diagnostics/<code>.md, and is a pure function of the ruleset.
 */
import type { Problem, Ruleset } from '../model/types';
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
}

const RULES: DiagnosticRule[] = [
  jumpLoop, jumpDepth, undefinedChain, unusedChain, wrongTable, wrongHook, unreachableRule, shadowedRule, redundantRule,
  ...NFT_RULES,
  ctBeforeConntrack, notrackTooLate, notrackAsymmetric,
];

/** Runs every diagnostic rule on a ruleset; a rule that throws is reported instead of breaking the others. */
export function runDiagnostics(ruleset: Ruleset): Problem[] {
  const problems: Problem[] = [];
  for (const rule of RULES) {
    try {
      problems.push(...rule.run(ruleset));
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
