/** textDocument/documentLink: nft include paths open the files they resolve to. */
import { documentLinks } from '../../features/document-links';
import type { LspFeature } from '../context';

export const documentLinksFeature: LspFeature = {
  capabilities: { documentLinkProvider: { resolveProvider: false } },
  register({ connection, lookupModel, host }) {
    connection.onDocumentLinks(async ({ textDocument }) => {
      const open = await lookupModel(textDocument.uri);
      if (!open) return null;
      return documentLinks(open.file, open.result.ruleset, host).map((l) => ({ range: l.range, target: l.target, tooltip: l.tooltip }));
    });
  },
};
