/** Fix for `commit-not-alone`: COMMIT alone on its line. */
import type { CodeFix, FixContext } from '../code-actions';
import { fix } from './iptables-edits';

/** Replaces the line's content with `COMMIT`. */
export function commitNotAloneFixes({ problem, file }: FixContext): CodeFix[] {
  return [fix('Remove the blanks around COMMIT', problem, { uri: file.uri, range: problem.location.range, newText: 'COMMIT' }, true)];
}
