/**
 * Owns the running LanguageClient: start, restart, stop, and keeping the status item and protocol trace level
 * in step with it. A failed start is reported in the status bar and the output, never thrown at VS Code.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient } from './language-client';
import { serverTraceLevel } from './settings';
import type { ServerStatus } from './status-bar';

/** The running client and the means to replace it. */
export class ServerSession implements vscode.Disposable {
  private current: LanguageClient | undefined;
  private readonly ready = new vscode.EventEmitter<LanguageClient>();
  /** Fires after each successful start. */
  readonly onReady = this.ready.event;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
    private readonly report: (status: ServerStatus) => void,
  ) {}

  /** The current client, if any. */
  client(): LanguageClient | undefined {
    return this.current;
  }

  /** Creates and starts a new client; resolves once the server answered initialize (or the start failed). */
  async start(): Promise<void> {
    const client = createLanguageClient(this.context, this.output);
    this.current = client;
    this.report({ state: 'starting' });
    client.onDidChangeState((event) => {
      // Stopped after running means the server died and the client gave up restarting it.
      if (event.oldState === State.Running && event.newState === State.Stopped && this.current === client) {
        this.report({ state: 'error', message: 'the server stopped' });
      }
    });
    try {
      await client.start();
      await client.setTrace(serverTraceLevel());
      const info = client.initializeResult?.serverInfo;
      this.report({ state: 'ready', detail: info ? `${info.name} ${info.version ?? ''}`.trim() : undefined });
      this.ready.fire(client);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.output.appendLine(`nfrules: the language server failed to start: ${message}`);
      this.report({ state: 'error', message });
    }
  }

  /** Stops the current client (if any) and starts a fresh one. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Applies a changed nfrules.server.trace setting to the running client. */
  async applyTraceSetting(): Promise<void> {
    if (this.current?.isRunning()) await this.current.setTrace(serverTraceLevel());
  }

  /** Stops the client; errors while stopping a broken server are only logged. */
  async stop(): Promise<void> {
    const client = this.current;
    this.current = undefined;
    if (!client) return;
    try {
      if (client.isRunning()) await client.stop(5000);
      else await client.dispose();
    } catch (error) {
      this.output.appendLine(`nfrules: stopping the server: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Stops the client when the extension deactivates. */
  dispose(): void {
    void this.stop();
    this.ready.dispose();
  }
}
