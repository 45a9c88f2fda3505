/**
 * What every LSP handler module may use: the connection, the document store, the file host and the settings.
 * Handlers look up a document, call a pure feature function and convert its result with lsp/convert.ts.
 */
import type { Connection, ServerCapabilities } from 'vscode-languageserver';
import type { DocumentStore, OpenDocument } from '../documents';
import type { CheckResult } from '../engine/check';
import type { FileHost } from '../engine/file-host';
import type { ParsedFile } from '../engine/source';

export interface ServerSettings {
  includePaths: string[];
  /**
   * False when the editor says the workspace is not trusted: files outside the workspace folders are not read from
   * disk (includes reaching out are reported as include-not-read). Absent means trusted (other editors).
   */
  workspaceTrusted?: boolean;
}

export interface ClientSupport {
  /** Completion items may be snippets (`${1:name}` placeholders). */
  snippets: boolean;
}

export interface ServerContext {
  readonly connection: Connection;
  readonly docs: DocumentStore;
  readonly host: FileHost;
  readonly settings: ServerSettings;
  /** What the client said it supports in `initialize` (filled in before any other request arrives). */
  readonly client: ClientSupport;
  /** Resolves once the WASM grammars are loaded; every handler awaits it before touching a tree. */
  readonly ready: Promise<void>;
  /** The open document, its parsed form and its current check, or undefined when the uri is not open. */
  lookup(uri: string): Promise<{ entry: OpenDocument; file: ParsedFile; result: CheckResult } | undefined>;
  /**
   * The same without waiting for the deferred rule-logic analyses after an edit: the model, and the problems the
   * client is shown (the deferred ones of the last complete check moved through the edits, until it is redone).
   */
  lookupModel(uri: string): Promise<{ entry: OpenDocument; file: ParsedFile; result: CheckResult } | undefined>;
}

/** One LSP feature: the capabilities it announces and the handlers it registers. One file per feature. */
export interface LspFeature {
  capabilities?: ServerCapabilities;
  register(context: ServerContext): void;
}
