/** textDocument/inlayHint: base-chain priorities as numbers and names, iptables built-in chains' hook and priority. */
import { InlayHintKind } from 'vscode-languageserver';
import { inlayHints } from '../../features/inlay-hints';
import type { LspFeature } from '../context';

export const inlayHintsFeature: LspFeature = {
  capabilities: { inlayHintProvider: true },
  register({ connection, lookupModel }) {
    connection.languages.inlayHint.on(async ({ textDocument, range }) => {
      const open = await lookupModel(textDocument.uri);
      if (!open) return null;
      return inlayHints(open.result, open.file, range).map((h) => ({
        position: h.position, label: h.label, tooltip: h.tooltip, kind: InlayHintKind.Type, paddingLeft: true,
      }));
    });
  },
};
