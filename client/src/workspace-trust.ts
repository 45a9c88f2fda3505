/**
 * Keeps the server in step with workspace trust and the include directories: both are start-up options of the
 * server, so granting trust (which brings the workspace's nfrules.includePaths into effect and lifts the limit to the
 * workspace folders) or changing the include directories restarts it.
 */
import * as vscode from 'vscode';
import type { Feature } from './feature';

/** Registers the restart on trust granted and on a changed nfrules.includePaths. */
export const workspaceTrust: Feature = (context) => {
  const restart = (): Thenable<unknown> => vscode.commands.executeCommand('nfrules.restartServer');
  context.extension.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      context.output.appendLine('nfrules: the workspace is trusted now; restarting the server with its settings');
      void restart();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('nfrules.includePaths')) void restart();
    }),
  );
};
