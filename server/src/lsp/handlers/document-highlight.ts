/** textDocument/documentHighlight: the occurrences of the name under the cursor in this file. */
import { DocumentHighlightKind } from 'vscode-languageserver';
import { highlightsAt } from '../../features/navigation';
import type { LspFeature } from '../context';
import { nameScope } from '../name-sources';

export const documentHighlightFeature: LspFeature = {
  capabilities: { documentHighlightProvider: true },
  register(context) {
    context.connection.onDocumentHighlight(async ({ textDocument, position }) => {
      const scope = await nameScope(context, textDocument.uri);
      if (!scope) return null;
      return highlightsAt(scope.index, textDocument.uri, position).map((h) => ({
        range: h.range,
        kind: h.kind === 'write' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    });
  },
};
