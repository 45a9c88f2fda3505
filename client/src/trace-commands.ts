/**
 * Placeholder registrations for the packet trace commands, so the palette entries exist from the start.
 * The traversal view (client/src/trace/) replaces this module in the FEATURES table when it lands.
 */
import * as vscode from 'vscode';
import type { Feature } from './feature';

const NOT_YET = 'nfrules: packet tracing is not available yet in this version.';

/** Registers nfrules.tracePacket and nfrules.clearTrace as "not available yet" messages. */
export const traceCommands: Feature = (context) => {
  context.extension.subscriptions.push(
    vscode.commands.registerCommand('nfrules.tracePacket', () => vscode.window.showInformationMessage(NOT_YET)),
    vscode.commands.registerCommand('nfrules.clearTrace', () => undefined),
  );
};
