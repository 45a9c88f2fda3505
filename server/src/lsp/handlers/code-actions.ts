/** textDocument/codeAction: quick fixes for the diagnostics in the requested range. */
import { CodeActionKind, type CodeAction } from 'vscode-languageserver';
import { DEFERRED_CODES } from '../../analysis/index';
import { codeFixes } from '../../features/code-actions';
import { toDiagnostic, toWorkspaceEdit } from '../convert';
import type { LspFeature } from '../context';

export const codeActionFeature: LspFeature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } },
  register({ connection, lookup, lookupModel }) {
    connection.onCodeAction(async ({ textDocument, range, context }) => {
      // Editors ask at every move of the cursor: the deferred analyses are waited for only for their own problems.
      const deferred = context.diagnostics.some((d) => typeof d.code === 'string' && DEFERRED_CODES.has(d.code));
      const open = await (deferred ? lookup : lookupModel)(textDocument.uri);
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
