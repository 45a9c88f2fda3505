/**
 * The language server: capabilities and one table of handlers. No feature logic lives here; handlers look up the
 * document, call a pure feature function and convert its result in lsp/.
 */
import {
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { DocumentStore } from './documents';
import { FileHost } from './engine/file-host';
import { hoverAt } from './features/hover';
import { toDiagnostic } from './lsp/convert';
import type { Problem } from './model/types';
import { initParsers } from './syntax/parser';

export interface ServerSettings {
  includePaths: string[];
}

/** Wires a connection (stdio, IPC or a browser worker) to the engine. */
export function startServer(connection: Connection): void {
  const settings: ServerSettings = { includePaths: [] };
  // The host reads open documents before the disk; the closure runs only after `docs` exists.
  const host: FileHost = new FileHost({ includePaths: settings.includePaths, overlay: (uri): string | undefined => docs.text(uri) });
  const docs: DocumentStore = new DocumentStore(host);
  const ready = initParsers();
  const pending = new Map<string, NodeJS.Immediate>();
  const published = new Map<string, Set<string>>();

  /** Re-checks a document after the current burst of messages, so typing bursts cost one check. */
  const schedule = (uri: string): void => {
    const previous = pending.get(uri);
    if (previous) clearImmediate(previous);
    pending.set(uri, setImmediate(() => {
      pending.delete(uri);
      publish(uri);
    }));
  };

  const publish = (uri: string): void => {
    const result = docs.check(uri);
    if (!result) return;
    const byUri = new Map<string, Problem[]>([[uri, []]]);
    for (const problem of result.problems) {
      const list = byUri.get(problem.location.uri) ?? [];
      list.push(problem);
      byUri.set(problem.location.uri, list);
    }
    const before = published.get(uri) ?? new Set<string>();
    for (const stale of before) if (!byUri.has(stale)) void connection.sendDiagnostics({ uri: stale, diagnostics: [] });
    for (const [target, problems] of byUri) {
      void connection.sendDiagnostics({ uri: target, version: target === uri ? docs.get(uri)?.document.version : undefined, diagnostics: problems.map(toDiagnostic) });
    }
    published.set(uri, new Set(byUri.keys()));
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = params.initializationOptions as Partial<ServerSettings> | undefined;
    if (Array.isArray(options?.includePaths)) settings.includePaths.push(...options.includePaths.map(String));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
      },
      serverInfo: { name: 'nfrules', version: '0.1.0' },
    };
  });

  connection.onDidOpenTextDocument(async ({ textDocument: d }) => {
    await ready;
    docs.open(d.uri, d.languageId, d.version, d.text);
    schedule(d.uri);
  });
  connection.onDidChangeTextDocument(async ({ textDocument: d, contentChanges }) => {
    await ready;
    docs.change(d.uri, d.version, contentChanges);
    schedule(d.uri);
  });
  connection.onDidCloseTextDocument(({ textDocument: d }) => {
    docs.close(d.uri);
    for (const target of published.get(d.uri) ?? []) void connection.sendDiagnostics({ uri: target, diagnostics: [] });
    published.delete(d.uri);
  });

  connection.onHover(async ({ textDocument, position }) => {
    await ready;
    const entry = docs.get(textDocument.uri);
    const result = docs.check(textDocument.uri);
    const hover = entry && result && hoverAt(result, docs.parsed(entry), position);
    return hover ? { contents: { kind: 'markdown', value: hover.contents }, range: hover.range } : null;
  });

  connection.onShutdown(() => {
    docs.dispose();
    host.dispose();
  });
  connection.listen();
}
