/** Fix for `duplicate-option`: remove the repeated option. */
import type { CodeFix, FixContext } from '../code-actions';
import { deleteWithBlank, fix, rangeData } from './iptables-edits';

/** Deletes the second occurrence (with its value). */
export function duplicateOptionFixes({ problem, file }: FixContext): CodeFix[] {
  const range = rangeData(problem, 'option');
  return range ? [fix('Remove the repeated option', problem, deleteWithBlank(file.uri, file.text, range))] : [];
}
