/** Fix for `unknown-target`: use the suggested target name. */
import type { CodeFix, FixContext } from '../code-actions';
import { fix, rangeData, stringData } from './iptables-edits';

/** Replaces the target name with the did-you-mean suggestion. */
export function unknownTargetFixes({ problem, file }: FixContext): CodeFix[] {
  const suggestion = stringData(problem, 'suggestion');
  const range = rangeData(problem, 'nameRange');
  if (!suggestion || !range) return [];
  return [fix(`Change to '-j ${suggestion}'`, problem, { uri: file.uri, range, newText: suggestion }, true)];
}
