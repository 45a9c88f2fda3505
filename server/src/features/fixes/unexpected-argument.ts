/** Fix for `unexpected-argument`: remove the words the option does not take. */
import type { CodeFix, FixContext } from '../code-actions';
import { fix, positionData } from './iptables-edits';

/** Deletes from the end of the option's last value to the end of the stray words. */
export function unexpectedArgumentFixes({ problem, file }: FixContext): CodeFix[] {
  const after = positionData(problem, 'after');
  if (!after) return [];
  return [fix('Remove the extra argument', problem, { uri: file.uri, range: { start: after, end: problem.location.range.end }, newText: '' })];
}
