/** textDocument/hover. */
import { hoverAt } from '../../features/hover';
import type { LspFeature } from '../context';

export const hoverFeature: LspFeature = {
  capabilities: { hoverProvider: true },
  register({ connection, lookupModel }) {
    connection.onHover(async ({ textDocument, position }) => {
      const open = await lookupModel(textDocument.uri);
      const hover = open && hoverAt(open.result, open.file, position);
      return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: hover.range } : null;
    });
  },
};
