/** textDocument/selectionRange: expand the selection through the syntax tree. */
import type { SelectionRange } from 'vscode-languageserver';
import { selectionRanges } from '../../features/selection-ranges';
import type { LspFeature } from '../context';

export const selectionRangesFeature: LspFeature = {
  capabilities: { selectionRangeProvider: true },
  register({ connection, lookup }) {
    connection.onSelectionRanges(async ({ textDocument, positions }) => {
      const open = await lookup(textDocument.uri);
      if (!open) return null;
      return selectionRanges(open.file, positions).map((ranges) => {
        let chain: SelectionRange | undefined;
        for (const range of [...ranges].reverse()) chain = { range, parent: chain };
        return chain ?? { range: { start: positions[0], end: positions[0] } };
      });
    });
  },
};
