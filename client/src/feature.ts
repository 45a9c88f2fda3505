/**
 * The contract between activate() and the client's feature modules (commands, the trace view, …).
 * A feature receives one context and registers everything it needs through it, so adding a feature is one
 * entry in the FEATURES table of extension.ts.
 */
import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** What a feature module may use; the language client is replaced on restart, so it is read through a getter. */
export interface FeatureContext {
  readonly extension: vscode.ExtensionContext;
  readonly output: vscode.OutputChannel;
  /** The current language client, or undefined while none runs. */
  client(): LanguageClient | undefined;
  /** Fires each time a (re)started client has finished its handshake with the server. */
  readonly onClientReady: vscode.Event<LanguageClient>;
}

/** A feature module: registers commands/views and pushes its disposables onto extension.subscriptions. */
export type Feature = (context: FeatureContext) => void;
