/** textDocument/references: every use of the name under the cursor, across included files. */
import { referencesAt } from '../../features/navigation';
import type { LspFeature } from '../context';
import { nameScope } from '../name-sources';

export const referencesFeature: LspFeature = {
  capabilities: { referencesProvider: true },
  register(context) {
    context.connection.onReferences(async ({ textDocument, position, context: options }) => {
      const scope = await nameScope(context, textDocument.uri);
      return scope ? referencesAt(scope.index, textDocument.uri, position, options.includeDeclaration) : null;
    });
  },
};
