/** Fix for `interface-direction`: use the interface option the chain has. */
import type { CodeFix, FixContext } from '../code-actions';
import { fix, rangeData, stringData } from './iptables-edits';

/** `-o` in INPUT becomes `-i` (and `-i` in OUTPUT becomes `-o`). */
export function interfaceDirectionFixes({ problem, file }: FixContext): CodeFix[] {
  const range = rangeData(problem, 'optionName');
  const replacement = stringData(problem, 'replacement');
  return range && replacement ? [fix(`Use ${replacement} instead`, problem, { uri: file.uri, range, newText: replacement })] : [];
}
