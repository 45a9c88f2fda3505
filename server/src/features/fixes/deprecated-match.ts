/** Fix for `deprecated-match`: `-m state --state` → `-m conntrack --ctstate`, NOTRACK → `CT --notrack`. */
import type { Range } from '../../model/types';
import type { CodeFix, FixContext } from '../code-actions';
import { fix, rangeData, stringData } from './iptables-edits';

/** Rewrites the deprecated module or target to its replacement when the two are equivalent. */
export function deprecatedMatchFixes({ problem, file }: FixContext): CodeFix[] {
  const name = stringData(problem, 'name');
  const range = rangeData(problem, 'nameRange');
  if (!range) return [];
  if (name === 'NOTRACK') return [fix('Replace with CT --notrack', problem, { uri: file.uri, range, newText: 'CT --notrack' }, true)];
  if (name !== 'state') return [];
  const options = ((problem.data?.optionRanges as Range[] | undefined) ?? []);
  return [{
    title: 'Replace -m state --state with -m conntrack --ctstate', problem, preferred: true,
    edits: [{ uri: file.uri, range, newText: 'conntrack' }, ...options.map((r) => ({ uri: file.uri, range: r, newText: '--ctstate' }))],
  }];
}
