/** Fix for `whitespace-line`: an empty line instead of blanks. */
import type { CodeFix, FixContext } from '../code-actions';
import { fix } from './iptables-edits';

/** Removes the blanks of the line. */
export function whitespaceLineFixes({ problem, file }: FixContext): CodeFix[] {
  return [fix('Remove the blanks', problem, { uri: file.uri, range: problem.location.range, newText: '' }, true)];
}
