/** Fix for `misplaced-negation`: move `!` in front of the option, or remove it. */
import type { CodeFix, FixContext } from '../code-actions';
import { deleteWithBlank, positionData, rangeData } from './iptables-edits';

/** `--dport ! 22` becomes `! --dport 22`; a `!` iptables refuses anywhere else is removed. */
export function misplacedNegationFixes({ problem, file }: FixContext): CodeFix[] {
  const negation = rangeData(problem, 'negation');
  if (!negation) return [];
  const remove = deleteWithBlank(file.uri, file.text, negation);
  const moveTo = positionData(problem, 'moveTo');
  if (moveTo) {
    return [{ title: "Move '!' before the option", problem, preferred: true, edits: [remove, { uri: file.uri, range: { start: moveTo, end: moveTo }, newText: '! ' }] }];
  }
  return [{ title: "Remove '!'", problem, preferred: true, edits: [remove] }];
}
