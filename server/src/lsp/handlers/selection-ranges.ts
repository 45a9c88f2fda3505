/** textDocument/selectionRange: expand the selection through the syntax tree. */
import type { SelectionRange } from 'vscode-languageserver';
import { selectionRanges } from '../../features/selection-ranges';
import type { LspFeature } from '../context';
import { openFile } from '../open-file';

export const selectionRangesFeature: LspFeature = {
  capabilities: { selectionRangeProvider: true },
  register(context) {
    context.connection.onSelectionRanges(async ({ textDocument, positions }) => {
      const file = await openFile(context, textDocument.uri);
      if (!file) return null;
      return selectionRanges(file, positions).map((ranges) => {
        let chain: SelectionRange | undefined;
        for (const range of [...ranges].reverse()) chain = { range, parent: chain };
        return chain ?? { range: { start: positions[0], end: positions[0] } };
      });
    });
  },
};
