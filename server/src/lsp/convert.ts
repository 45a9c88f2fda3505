/** The one place where engine results become LSP types. */
import { DiagnosticSeverity, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextEdit } from '../features/code-actions';
import type { Problem, Severity } from '../model/types';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where each diagnostic code is explained (one catalogue page per code). */
export const DOCS_BASE = 'https://github.com/nfrules/nfrules/blob/main/docs/diagnostics/';

/**
 * Converts an engine problem to an LSP diagnostic (with the catalogue link and related locations). The problem's
 * `data` stays on the server: quick fixes are built from the server's own check (features/code-actions.ts), and
 * leaving it out keeps a large file's publication smaller (on the TUM dump, 22% of 1.55 MB) to encode and to parse.
 */
export function toDiagnostic(problem: Problem): Diagnostic {
  return {
    range: problem.location.range,
    severity: SEVERITY[problem.severity],
    code: problem.code,
    codeDescription: { href: `${DOCS_BASE}${problem.code}.md` },
    source: 'nfrules',
    message: problem.message,
    relatedInformation: problem.related?.map((r) => ({ location: r.location, message: r.message })),
  };
}

/** Groups our text edits by file into an LSP workspace edit. */
export function toWorkspaceEdit(edits: readonly TextEdit[]): WorkspaceEdit {
  const changes: Record<string, { range: TextEdit['range']; newText: string }[]> = {};
  for (const edit of edits) (changes[edit.uri] ??= []).push({ range: edit.range, newText: edit.newText });
  return { changes };
}
