/** Creating the LanguageClient that runs dist/server.js in a child node process over IPC. */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { readSettings, SECTION } from './settings';

const LANGUAGES = ['nftables', 'iptables'] as const;

/** Builds (does not start) a client for the bundled server of this extension. */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: readSettings(),
    // Sends workspace/didChangeConfiguration with the nfrules section whenever a setting changes.
    synchronize: { configurationSection: SECTION },
    outputChannel: output,
    traceOutputChannel: output,
  };
  return new LanguageClient('nfrules', 'nfrules language server', serverOptions, clientOptions);
}
