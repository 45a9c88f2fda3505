/** Fix for `missing-protocol` (and `tproxy-needs-protocol`): name the protocol with `-p`. */
import type { CodeFix, FixContext } from '../code-actions';
import { fix, positionData, rangeData, stringData } from './iptables-edits';

/** Inserts `-p PROTO` after the chain name, or replaces a `-p` that names another protocol. */
export function missingProtocolFixes({ problem, file }: FixContext): CodeFix[] {
  const protocol = stringData(problem, 'protocol');
  if (!protocol) return [];
  const replace = rangeData(problem, 'replace');
  if (replace) return [fix(`Use -p ${protocol}`, problem, { uri: file.uri, range: replace, newText: `-p ${protocol}` })];
  const insertAt = positionData(problem, 'insertAt');
  if (!insertAt) return [];
  return [fix(`Add -p ${protocol}`, problem, { uri: file.uri, range: { start: insertAt, end: insertAt }, newText: ` -p ${protocol}` }, true)];
}
