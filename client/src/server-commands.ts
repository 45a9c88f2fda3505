/** Commands about the language server itself: show its output. (Restart lives with the client lifecycle.) */
import * as vscode from 'vscode';
import type { Feature } from './feature';

/** Registers nfrules.showOutput. */
export const serverCommands: Feature = (context) => {
  context.extension.subscriptions.push(
    vscode.commands.registerCommand('nfrules.showOutput', () => context.output.show(true)),
  );
};
