/**
 * textDocument/prepareRename and textDocument/rename. A refusal (invalid or taken name, built-in chain, a result
 * that would not check as cleanly) is an LSP error whose message the editor shows.
 */
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { prepareRename, renameAt } from '../../features/rename';
import { checkRename } from '../../features/rename-check';
import { toWorkspaceEdit } from '../convert';
import type { LspFeature } from '../context';
import { nameScope } from '../name-sources';

export const renameFeature: LspFeature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(context) {
    context.connection.onPrepareRename(async ({ textDocument, position }) => {
      const scope = await nameScope(context, textDocument.uri);
      const open = await context.lookup(textDocument.uri);
      if (!scope || !open) return null;
      const prepared = prepareRename(scope.index, textDocument.uri, position, open.entry.dialect);
      if (!prepared.ok) return new ResponseError(LSPErrorCodes.RequestFailed, prepared.message);
      return { range: prepared.range, placeholder: prepared.placeholder };
    });
    context.connection.onRenameRequest(async ({ textDocument, position, newName }) => {
      // The complete checks: the rename is refused when it adds a problem, so every problem must be counted before.
      const scope = await nameScope(context, textDocument.uri, true);
      const open = await context.lookup(textDocument.uri);
      if (!scope || !open) return null;
      const renamed = renameAt(scope.index, textDocument.uri, position, newName, open.entry.dialect, scope.files);
      if (!renamed.ok) return new ResponseError(LSPErrorCodes.RequestFailed, renamed.message);
      const refusal = checkRename(scope.roots, scope.files, renamed.edits, context.host);
      if (refusal) return new ResponseError(LSPErrorCodes.RequestFailed, refusal.message);
      return toWorkspaceEdit(renamed.edits);
    });
  },
};
