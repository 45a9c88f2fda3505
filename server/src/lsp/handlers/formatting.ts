/**
 * textDocument/formatting and textDocument/rangeFormatting. When the file cannot be laid out safely it is left as
 * written and the reason goes to the server log (format-on-save must not nag).
 */
import type { Range } from '../../model/types';
import { formatEdits } from '../../features/format';
import type { LspFeature, ServerContext } from '../context';
import { openFile } from '../open-file';

export const formattingFeature: LspFeature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register(context) {
    context.connection.onDocumentFormatting(({ textDocument }) => format(context, textDocument.uri));
    context.connection.onDocumentRangeFormatting(({ textDocument, range }) => format(context, textDocument.uri, range));
  },
};

async function format(context: ServerContext, uri: string, range?: Range): Promise<{ range: Range; newText: string }[]> {
  const file = await openFile(context, uri);
  if (!file) return [];
  const result = formatEdits(file, range);
  if (result.kept) context.connection.console.info(`nfrules: ${uri} kept as written: ${result.kept}`);
  return result.edits.map((e) => ({ range: e.range, newText: e.newText }));
}
