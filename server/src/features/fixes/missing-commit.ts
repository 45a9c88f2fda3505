/** Fix for `missing-commit`: insert `COMMIT` after the last line of the table. */
import type { CodeFix, FixContext } from '../code-actions';

/** Adds COMMIT on its own line at the end of the unclosed table. */
export function missingCommitFixes({ problem, file, result }: FixContext): CodeFix[] {
  const name = problem.data?.table;
  const table = result.ruleset.tables.find((t) => t.name === name && t.location.uri === file.uri
    && t.nameLocation.range.start.line === problem.location.range.start.line);
  if (!table) return [];
  const end = table.location.range.end;
  // The table node ends after its last line's newline (column 0) or at the end of a file without one.
  const newText = end.character === 0 ? 'COMMIT\n' : '\nCOMMIT\n';
  return [{
    title: `Add COMMIT to close table '${table.name}'`, problem, preferred: true,
    edits: [{ uri: file.uri, range: { start: end, end }, newText }],
  }];
}
