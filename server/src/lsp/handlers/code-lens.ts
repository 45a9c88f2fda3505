/**
 * textDocument/codeLens: jump sources of user chains and use counts of sets, maps, flowtables, objects and
 * variables. A lens with uses runs `nfrules.showReferences` (registered by the client, which turns the plain JSON
 * arguments into the editor's references view).
 */
import type { CodeLens } from 'vscode-languageserver';
import { codeLenses } from '../../features/code-lens';
import type { LspFeature } from '../context';
import { nameScope } from '../name-sources';

/** The client command a lens runs: arguments are the document uri, the position and the locations, as JSON. */
export const SHOW_REFERENCES = 'nfrules.showReferences';

export const codeLensFeature: LspFeature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(context) {
    context.connection.onCodeLens(async ({ textDocument }) => {
      const scope = await nameScope(context, textDocument.uri);
      const open = await context.lookupModel(textDocument.uri);
      if (!scope || !open) return null;
      return codeLenses(scope.index, open.file, scope.files).map((lens): CodeLens => ({
        range: lens.range,
        command: lens.uses.length > 0
          ? { title: lens.title, command: SHOW_REFERENCES, arguments: [textDocument.uri, lens.position, lens.uses] }
          : { title: lens.title, command: '' },
      }));
    });
  },
};
