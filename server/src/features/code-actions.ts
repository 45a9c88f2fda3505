/**
 * Quick fixes: for each problem under the cursor, the edits that repair it. One table maps a diagnostic code to the
 * function that builds its fixes (one file per fix in features/fixes/). Results are our own types; lsp/ converts.
 */
import type { CheckResult } from '../engine/check';
import type { ParsedFile } from '../engine/source';
import type { Position, Problem, Range } from '../model/types';
import { commitNotAloneFixes } from './fixes/commit-not-alone';
import { crlfLineEndingFixes } from './fixes/crlf-line-ending';
import { deleteRuleFixes } from './fixes/delete-rule';
import { deprecatedMatchFixes } from './fixes/deprecated-match';
import { duplicateChainFixes } from './fixes/duplicate-chain';
import { duplicateOptionFixes } from './fixes/duplicate-option';
import { interfaceDirectionFixes } from './fixes/interface-direction';
import { logPrefixTooLongFixes } from './fixes/log-prefix-too-long';
import { misplacedNegationFixes } from './fixes/misplaced-negation';
import { missingCommitFixes } from './fixes/missing-commit';
import { missingProtocolFixes } from './fixes/missing-protocol';
import { policyOnUserChainFixes } from './fixes/policy-on-user-chain';
import { tproxyNeedsProtocolFixes } from './fixes/tproxy-needs-protocol';
import { undefinedChainFixes } from './fixes/undefined-chain';
import { unexpectedArgumentFixes } from './fixes/unexpected-argument';
import { unknownMatchFixes } from './fixes/unknown-match';
import { unknownOptionFixes } from './fixes/unknown-option';
import { unknownTargetFixes } from './fixes/unknown-target';
import { whitespaceLineFixes } from './fixes/whitespace-line';
import { moveTproxyFixes } from './fixes/move-tproxy';
import { byDialect, NFT_FIXES } from './fixes/nft-fixes';
import { notrackReplyFixes } from './fixes/notrack-reply';
import { lineStarts, rangesOverlap } from './ranges';

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
  'commit-not-alone': commitNotAloneFixes,
  'crlf-line-ending': crlfLineEndingFixes,
  'deprecated-match': deprecatedMatchFixes,
  'duplicate-chain': duplicateChainFixes,
  'duplicate-option': duplicateOptionFixes,
  'interface-direction': interfaceDirectionFixes,
  'log-prefix-too-long': logPrefixTooLongFixes,
  'misplaced-negation': misplacedNegationFixes,
  'missing-protocol': missingProtocolFixes,
  'policy-on-user-chain': byDialect(policyOnUserChainFixes, 'policy-on-user-chain'),
  'tproxy-needs-protocol': byDialect(tproxyNeedsProtocolFixes, 'tproxy-needs-protocol'),
  'undefined-chain': byDialect(undefinedChainFixes, 'undefined-chain'),
  'unexpected-argument': unexpectedArgumentFixes,
  'unknown-match': unknownMatchFixes,
  'unknown-option': unknownOptionFixes,
  'unknown-target': unknownTargetFixes,
  'whitespace-line': whitespaceLineFixes,
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
  return file.text.includes('\r') ? fixes.map((f) => keepLineBreaks(f, file)) : fixes;
}

/**
 * The fix with no edit ending or starting between the CR and the LF of a line break. A token that runs to the end of
 * its line (an unclosed quote) holds the CR, so an edit to its end would cut the break in two; it stops before it.
 */
function keepLineBreaks(fix: CodeFix, file: ParsedFile): CodeFix {
  let starts: number[] | undefined;
  const clamp = (p: Position): Position => {
    if (p.character === 0) return p;
    starts ??= lineStarts(file.text);
    if (p.line >= starts.length) return p;
    const at = starts[p.line] + p.character;
    return file.text[at - 1] === '\r' && file.text[at] === '\n' ? { line: p.line, character: p.character - 1 } : p;
  };
  let changed = false;
  const edits = fix.edits.map((edit) => {
    if (edit.uri !== file.uri) return edit;
    const start = clamp(edit.range.start);
    const end = clamp(edit.range.end);
    if (start === edit.range.start && end === edit.range.end) return edit;
    changed = true;
    return { ...edit, range: { start, end } };
  });
  return changed ? { ...fix, edits } : fix;
}

/** Codes that have at least one fix builder (for the catalogue and tests). */
export function fixableCodes(): string[] {
  return Object.keys(FIXES);
}
