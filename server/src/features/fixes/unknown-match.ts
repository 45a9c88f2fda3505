/** Fix for `unknown-match`: use the suggested module name. */
import type { CodeFix, FixContext } from '../code-actions';
import { fix, rangeData, stringData } from './iptables-edits';

/** Replaces the module name with the did-you-mean suggestion. */
export function unknownMatchFixes({ problem, file }: FixContext): CodeFix[] {
  const suggestion = stringData(problem, 'suggestion');
  const range = rangeData(problem, 'nameRange');
  if (!suggestion || !range) return [];
  return [fix(`Change to '-m ${suggestion}'`, problem, { uri: file.uri, range, newText: suggestion }, true)];
}
