/** textDocument/codeAction: quick fixes for the diagnostics in the requested range. */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { codeFixes } from '../../features/code-actions';
import { toDiagnostic, toWorkspaceEdit } from '../convert';
import type { LspFeature } from '../context';

export const codeActionFeature: LspFeature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  register({ connection, lookup }) {
    connection.onCodeAction(async ({ textDocument, range }) => {
      const open = await lookup(textDocument.uri);
      if (!open) return [];
      return codeFixes(open.result, open.file, range).map((fix): CodeAction => ({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [toDiagnostic(fix.problem)],
        isPreferred: fix.preferred,
        edit: toWorkspaceEdit(fix.edits),
      }));
    });
  },
};
