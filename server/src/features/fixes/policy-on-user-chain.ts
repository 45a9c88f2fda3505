/** Fix for `policy-on-user-chain`: a user chain's declaration has `-` for its policy. */
import type { CodeFix, FixContext } from '../code-actions';
import { fix, wholeLine } from './iptables-edits';

/** Replaces the policy of the declaration with `-`, or removes a `-P` line (refused for user chains). */
export function policyOnUserChainFixes({ problem, file }: FixContext): CodeFix[] {
  if (problem.data?.command) {
    return [fix('Remove the -P line', problem, { uri: file.uri, range: wholeLine(file.text, problem.location.range.start.line), newText: '' })];
  }
  return [fix("Write '-' (user chains have no policy)", problem, { uri: file.uri, range: problem.location.range, newText: '-' }, true)];
}
