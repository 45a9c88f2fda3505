/** textDocument/definition: where a chain, set, map, flowtable, named object or variable is declared. */
import { definitionAt } from '../../features/navigation';
import type { LspFeature } from '../context';
import { nameScope } from '../name-sources';

export const definitionFeature: LspFeature = {
  capabilities: { definitionProvider: true },
  register(context) {
    context.connection.onDefinition(async ({ textDocument, position }) => {
      const scope = await nameScope(context, textDocument.uri);
      return scope ? definitionAt(scope.index, textDocument.uri, position) : null;
    });
  },
};
