/**
 * Did-you-mean fixes: replace a misspelt name (a set, map, flowtable, object, variable, chain, meta key) or word
 * (`ct state establised`) with the closest existing one, which the diagnostic put in its data.
 */
import type { CodeFix, FixContext } from '../code-actions';

/** Replaces the flagged name with `data.suggestion`. */
export function didYouMeanFixes({ problem, file }: FixContext): CodeFix[] {
  const suggestion = problem.data?.suggestion;
  if (typeof suggestion !== 'string' || problem.location.uri !== file.uri) return [];
  return [{
    title: `Change to '${suggestion}'`, problem, preferred: true,
    edits: [{ uri: file.uri, range: problem.location.range, newText: suggestion }],
  }];
}
