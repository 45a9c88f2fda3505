/** Reading the nfrules.* settings the client passes to the server or uses itself. */
import * as vscode from 'vscode';
import { Trace } from 'vscode-languageclient/node';
import { includeDirectories, trustedValue } from './trusted-settings';

export const SECTION = 'nfrules';

/**
 * All nfrules.* settings as one plain object (sent to the server as initialization options). In an untrusted
 * workspace the workspace's own nfrules.includePaths is ignored and the server is told to read nothing outside
 * the workspace folders.
 */
export function readSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const trusted = vscode.workspace.isTrusted;
  return {
    workspaceTrusted: trusted,
    includePaths: includeDirectories(trustedValue(config.inspect<string[]>('includePaths'), trusted, []), vscode.workspace.workspaceFolders?.[0]?.uri.fsPath),
    trace: {
      assumeUndecidable: config.get<string>('trace.assumeUndecidable', 'match'),
      localAddresses: config.get<string[]>('trace.localAddresses', []),
      recentPackets: config.get<number>('trace.recentPackets', 10),
    },
    server: { trace: config.get<string>('server.trace', 'off') },
  };
}

/** The protocol trace level chosen by nfrules.server.trace. */
export function serverTraceLevel(): Trace {
  return Trace.fromString(vscode.workspace.getConfiguration(SECTION).get<string>('server.trace', 'off'));
}
