/** Fix for `invalid-priority`: use the standard priority name of that hook (dstnat, srcnat, filter) when valid there. */
import { namedPriority } from '../../catalog/nftables/index';
import type { NftFamily, NftHook } from '../../catalog/nftables/types';
import type { CodeFix, FixContext } from '../code-actions';
import { offsetAt } from '../ranges';

/** Replaces the name with one nft accepts at the chain's hook. */
export function priorityFixes({ problem, file }: FixContext): CodeFix[] {
  const { hook, family, name } = problem.data ?? {};
  if (typeof hook !== 'string' || typeof family !== 'string' || typeof name !== 'string' || problem.location.uri !== file.uri) return [];
  const preferred = hook === 'prerouting' ? ['dstnat', 'filter'] : hook === 'postrouting' ? ['srcnat', 'filter'] : ['filter'];
  const choice = preferred.find((p) => namedPriority(family as NftFamily, hook as NftHook, p) !== undefined);
  if (!choice) return [];
  const start = problem.location.range.start;
  const range = { start, end: { line: start.line, character: start.character + name.length } };
  if (file.text.slice(offsetAt(file.text, start), offsetAt(file.text, range.end)) !== name) return [];
  return [{ title: `Use priority '${choice}'`, problem, preferred: true, edits: [{ uri: file.uri, range, newText: choice }] }];
}
