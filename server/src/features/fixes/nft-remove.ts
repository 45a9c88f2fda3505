/** Removal fixes: a repeated `comment`/`policy` (`duplicate-property`), a policy on a regular chain. */
import type { CodeFix, FixContext } from '../code-actions';
import { deletionRange } from './delete-rule';

/** Deletes the flagged declaration (its line when it has one to itself). */
export function removeDeclarationFixes({ problem, file }: FixContext): CodeFix[] {
  if (problem.location.uri !== file.uri) return [];
  const title = problem.code === 'policy-on-user-chain' ? 'Remove the policy' : `Remove the repeated \`${String(problem.data?.what ?? 'declaration')}\``;
  return [{ title, problem, preferred: true, edits: [{ uri: file.uri, range: deletionRange(file.text, problem.location.range), newText: '' }] }];
}
