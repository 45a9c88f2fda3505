/**
 * The language server: one table of LSP features. No feature logic lives here; each feature module in lsp/handlers/
 * announces its capabilities and registers its handlers, which look up the document, call a pure feature function
 * and convert the result in lsp/convert.ts.
 */
import type { Connection, InitializeParams, InitializeResult, ServerCapabilities } from 'vscode-languageserver';
import { DocumentStore } from './documents';
import { FileHost } from './engine/file-host';
import type { LspFeature, ServerContext, ServerSettings } from './lsp/context';
import { codeActionFeature } from './lsp/handlers/code-actions';
import { codeLensFeature } from './lsp/handlers/code-lens';
import { completionFeature } from './lsp/handlers/completion';
import { diagnosticsFeature } from './lsp/handlers/diagnostics';
import { hoverFeature } from './lsp/handlers/hover';
import { inlayHintsFeature } from './lsp/handlers/inlay-hints';
import { definitionFeature } from './lsp/handlers/definition';
import { documentHighlightFeature } from './lsp/handlers/document-highlight';
import { documentLinksFeature } from './lsp/handlers/document-links';
import { documentSymbolsFeature } from './lsp/handlers/document-symbols';
import { foldingRangesFeature } from './lsp/handlers/folding-ranges';
import { formattingFeature } from './lsp/handlers/formatting';
import { referencesFeature } from './lsp/handlers/references';
import { renameFeature } from './lsp/handlers/rename';
import { selectionRangesFeature } from './lsp/handlers/selection-ranges';
import { semanticTokensFeature } from './lsp/handlers/semantic-tokens';
import { workspaceSymbolsFeature } from './lsp/handlers/workspace-symbols';
import { traceFeature } from './lsp/handlers/trace';
import { applyWorkspaceTrust } from './lsp/workspace-trust';
import { initParsers } from './syntax/parser';

export type { ServerSettings } from './lsp/context';

/** Every LSP feature of the server; add a feature module here. */
const FEATURES: readonly LspFeature[] = [
  diagnosticsFeature, hoverFeature, codeActionFeature, completionFeature,
  definitionFeature, referencesFeature, documentHighlightFeature, renameFeature, formattingFeature,
  documentSymbolsFeature, workspaceSymbolsFeature, documentLinksFeature, foldingRangesFeature, selectionRangesFeature,
  semanticTokensFeature, codeLensFeature, inlayHintsFeature, traceFeature,
];

/** Wires a connection (stdio, IPC or a browser worker) to the engine. */
export function startServer(connection: Connection): void {
  const settings: ServerSettings = { includePaths: [] };
  // The host reads open documents before the disk; the closure runs only after `docs` exists.
  const host: FileHost = new FileHost({ includePaths: settings.includePaths, overlay: (uri): string | undefined => docs.text(uri) });
  const docs: DocumentStore = new DocumentStore(host);
  const ready = initParsers();
  const client = { snippets: false };
  const context: ServerContext = {
    connection, docs, host, settings, ready, client,
    async lookup(uri) {
      await ready;
      const entry = docs.get(uri);
      const result = docs.check(uri);
      return entry && result ? { entry, file: docs.parsed(entry), result } : undefined;
    },
    async lookupModel(uri) {
      await ready;
      const entry = docs.get(uri);
      const result = docs.latest(uri);
      return entry && result ? { entry, file: docs.parsed(entry), result } : undefined;
    },
  };
  for (const feature of FEATURES) feature.register(context);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    client.snippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    const options = params.initializationOptions as Partial<ServerSettings> | undefined;
    if (Array.isArray(options?.includePaths)) settings.includePaths.push(...options.includePaths.map(String));
    applyWorkspaceTrust(host, settings, options?.workspaceTrusted, params);
    const capabilities: ServerCapabilities = {};
    for (const feature of FEATURES) Object.assign(capabilities, feature.capabilities);
    return { capabilities, serverInfo: { name: 'nfrules', version: '0.1.0' } };
  });

  connection.onShutdown(() => {
    docs.dispose();
    host.dispose();
  });
  connection.listen();
}
