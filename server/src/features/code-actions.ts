/**
 * Quick fixes: for each problem under the cursor, the edits that repair it. One table maps a diagnostic code to the
 * function that builds its fixes (one file per fix in features/fixes/). Results are our own types; lsp/ converts.
 */
import type { CheckResult } from '../engine/check';
import type { ParsedFile } from '../engine/source';
import type { Problem, Range } from '../model/types';
import { deleteRuleFixes } from './fixes/delete-rule';
import { missingCommitFixes } from './fixes/missing-commit';
import { moveTproxyFixes } from './fixes/move-tproxy';
import { NFT_FIXES } from './fixes/nft-fixes';
import { notrackReplyFixes } from './fixes/notrack-reply';
import { rangesOverlap } from './ranges';

/** A text replacement in one file. Positions are 0-based lines and UTF-16 characters. */
export interface TextEdit {
  uri: string;
  range: Range;
  newText: string;
}

export interface CodeFix {
  title: string;
  /** The problem this fix repairs. */
  problem: Problem;
  edits: TextEdit[];
  /** The fix an editor applies with "auto fix" (at most one per problem). */
  preferred?: boolean;
}

/** What a fix builder gets: the problem, the file it is in and the file's check result. */
export interface FixContext {
  problem: Problem;
  file: ParsedFile;
  result: CheckResult;
}

export type FixBuilder = (context: FixContext) => CodeFix[];

/** Fix builders by diagnostic code; add a line here for a new fix. */
const FIXES: Record<string, FixBuilder> = {
  ...NFT_FIXES,
  'missing-commit': missingCommitFixes,
  'unreachable-rule': deleteRuleFixes,
  'shadowed-rule': deleteRuleFixes,
  'redundant-rule': deleteRuleFixes,
  'notrack-asymmetric': notrackReplyFixes,
  'wrong-table': moveTproxyFixes,
  'wrong-hook': moveTproxyFixes,
};

/** Every fix for the problems of `file` that touch `range`. */
export function codeFixes(result: CheckResult, file: ParsedFile, range: Range): CodeFix[] {
  const fixes: CodeFix[] = [];
  for (const problem of result.problems) {
    if (problem.location.uri !== file.uri || !rangesOverlap(problem.location.range, range)) continue;
    const build = FIXES[problem.code];
    if (build) fixes.push(...build({ problem, file, result }));
  }
  return fixes;
}

/** Codes that have at least one fix builder (for the catalogue and tests). */
export function fixableCodes(): string[] {
  return Object.keys(FIXES);
}
