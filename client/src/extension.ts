/**
 * Extension entry: starts the nfrules language server and registers the client-side features.
 * Feature modules register themselves through one call each (the FEATURES table); the language client is
 * reached through FeatureContext because a restart replaces it.
 */
import * as vscode from 'vscode';
import type { Feature, FeatureContext } from './feature';
import { referencesLens } from './references-lens';
import { serverCommands } from './server-commands';
import { ServerSession } from './server-session';
import { createStatusItem } from './status-bar';
import { traceFeature } from './trace/index';
import { workspaceTrust } from './workspace-trust';

/** Client features in registration order; add a new feature module here. */
const FEATURES: readonly Feature[] = [serverCommands, traceFeature, referencesLens, workspaceTrust];

let session: ServerSession | undefined;

/** Called by VS Code when a nftables or iptables document is opened or an nfrules command runs. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('nfrules');
  context.subscriptions.push(output);
  session = new ServerSession(context, output, createStatusItem(context));
  context.subscriptions.push(session);

  const current = session;
  const featureContext: FeatureContext = {
    extension: context,
    output,
    client: () => current.client(),
    onClientReady: current.onReady,
  };
  for (const feature of FEATURES) feature(featureContext);

  context.subscriptions.push(
    vscode.commands.registerCommand('nfrules.restartServer', () => current.restart()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('nfrules.server.trace')) void current.applyTraceSetting();
    }),
  );
  await current.start();
}

/** Called by VS Code on shutdown; returning the promise lets the server exit cleanly. */
export async function deactivate(): Promise<void> {
  await session?.stop();
  session = undefined;
}
