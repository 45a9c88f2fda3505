/** Fix for `unreachable-rule`, `shadowed-rule` and `redundant-rule`: delete the rule (its whole line when it has one). */
import type { Range } from '../../model/types';
import type { CodeFix, FixContext } from '../code-actions';
import { offsetAt, positionAt } from '../ranges';

const TITLES: Record<string, string> = {
  'unreachable-rule': 'Delete the unreachable rule',
  'shadowed-rule': 'Delete the shadowed rule',
  'redundant-rule': 'Delete the redundant rule',
};

/** Deletes the flagged rule; a rule alone on its line(s) takes the line with it, an inline one its `;`. */
export function deleteRuleFixes({ problem, file }: FixContext): CodeFix[] {
  if (problem.location.uri !== file.uri) return [];
  return [{
    title: TITLES[problem.code] ?? 'Delete the rule', problem,
    edits: [{ uri: file.uri, range: deletionRange(file.text, problem.location.range), newText: '' }],
  }];
}

/** The text to remove for a rule at `range`: whole lines when nothing else shares them, else the rule and a `;`. */
export function deletionRange(text: string, range: Range): Range {
  let start = offsetAt(text, range.start);
  let end = offsetAt(text, range.end);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextNewline = text.indexOf('\n', end > start && text[end - 1] === '\n' ? end - 1 : end);
  const lineEnd = nextNewline < 0 ? text.length : nextNewline;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (/^\s*$/.test(before) && /^\s*;?\s*$/.test(after)) {
    start = lineStart;
    end = nextNewline < 0 ? text.length : nextNewline + 1;
  } else {
    const separator = /^\s*;/.exec(after);
    if (separator) end += separator[0].length;
    else if (/;\s*$/.test(before)) start = lineStart + before.search(/;\s*$/);
  }
  return { start: positionAt(text, start), end: positionAt(text, end) };
}
