/** textDocument/documentSymbol: the outline (tables → chains → rules, sets, maps, flowtables, objects, variables). */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { documentSymbols, type OutlineItem, type OutlineKind } from '../../features/symbols';
import type { LspFeature } from '../context';

const KINDS: Record<OutlineKind, SymbolKind> = {
  table: SymbolKind.Namespace,
  chain: SymbolKind.Function,
  rule: SymbolKind.Event,
  set: SymbolKind.Array,
  map: SymbolKind.Object,
  flowtable: SymbolKind.Interface,
  object: SymbolKind.Struct,
  variable: SymbolKind.Constant,
};

/** The LSP symbol kind shown for an outline kind. */
export function outlineSymbolKind(kind: OutlineKind): SymbolKind {
  return KINDS[kind];
}

function toLsp(item: OutlineItem): DocumentSymbol {
  return {
    name: item.name || '(unnamed)', detail: item.detail, kind: KINDS[item.kind], range: item.range,
    selectionRange: item.selectionRange, children: item.children.map(toLsp),
  };
}

export const documentSymbolsFeature: LspFeature = {
  capabilities: { documentSymbolProvider: { label: 'nfrules' } },
  register({ connection, lookupModel }) {
    connection.onDocumentSymbol(async ({ textDocument }) => {
      const open = await lookupModel(textDocument.uri);
      return open ? documentSymbols(open.result, open.file).map(toLsp) : null;
    });
  },
};
