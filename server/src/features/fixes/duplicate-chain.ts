/** Fix for `duplicate-chain`: remove the repeated declaration (or `-N`). */
import type { CodeFix, FixContext } from '../code-actions';
import { fix, wholeLine } from './iptables-edits';

/** Deletes the line of the second declaration. */
export function duplicateChainFixes({ problem, file }: FixContext): CodeFix[] {
  return [fix('Remove the repeated declaration', problem, { uri: file.uri, range: wholeLine(file.text, problem.location.range.start.line), newText: '' }, true)];
}
