/** textDocument/foldingRange: blocks, multi-line sets, iptables tables and comment runs. */
import { FoldingRangeKind } from 'vscode-languageserver';
import { foldingRanges } from '../../features/folding';
import type { LspFeature } from '../context';
import { openFile } from '../open-file';

export const foldingRangesFeature: LspFeature = {
  capabilities: { foldingRangeProvider: true },
  register(context) {
    context.connection.onFoldingRanges(async ({ textDocument }) => {
      const file = await openFile(context, textDocument.uri);
      if (!file) return null;
      return foldingRanges(file).map((f) => ({
        startLine: f.startLine, endLine: f.endLine, kind: f.kind === 'comment' ? FoldingRangeKind.Comment : undefined,
      }));
    });
  },
};
