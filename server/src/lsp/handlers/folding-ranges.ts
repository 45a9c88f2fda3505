/** textDocument/foldingRange: blocks, multi-line sets, iptables tables and comment runs. */
import { FoldingRangeKind } from 'vscode-languageserver';
import { foldingRanges } from '../../features/folding';
import type { LspFeature } from '../context';

export const foldingRangesFeature: LspFeature = {
  capabilities: { foldingRangeProvider: true },
  register({ connection, lookup }) {
    connection.onFoldingRanges(async ({ textDocument }) => {
      const open = await lookup(textDocument.uri);
      if (!open) return null;
      return foldingRanges(open.file).map((f) => ({
        startLine: f.startLine, endLine: f.endLine, kind: f.kind === 'comment' ? FoldingRangeKind.Comment : undefined,
      }));
    });
  },
};
