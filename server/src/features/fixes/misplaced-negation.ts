/** Fix for `misplaced-negation`: move `!` in front of the option, or remove it. */
import type { Range } from '../../model/types';
import type { CodeFix, FixContext, TextEdit } from '../code-actions';
import { offsetAt } from '../ranges';
import { deleteWithBlank, positionData, rangeData } from './iptables-edits';

/** `--dport ! 22` becomes `! --dport 22`; a `!` iptables refuses anywhere else is removed. */
export function misplacedNegationFixes({ problem, file }: FixContext): CodeFix[] {
  const negation = rangeData(problem, 'negation');
  if (!negation) return [];
  const remove = removeKeepingWords(file.uri, file.text, negation);
  const moveTo = positionData(problem, 'moveTo');
  if (moveTo) {
    return [{ title: "Move '!' before the option", problem, preferred: true, edits: [remove, { uri: file.uri, range: { start: moveTo, end: moveTo }, newText: '! ' }] }];
  }
  return [{ title: "Remove '!'", problem, preferred: true, edits: [remove] }];
}

/** Removes a `!` with a blank beside it; one written between two words (`-o!eth0`) leaves a blank between them. */
function removeKeepingWords(uri: string, text: string, range: Range): TextEdit {
  const start = offsetAt(text, range.start);
  const end = offsetAt(text, range.end);
  const blank = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
  if (blank(text[start - 1]) || blank(text[end])) return deleteWithBlank(uri, text, range);
  return { uri, range, newText: ' ' };
}
