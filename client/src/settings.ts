/** Reading the nfrules.* settings the client passes to the server or uses itself. */
import * as vscode from 'vscode';
import { Trace } from 'vscode-languageclient/node';

export const SECTION = 'nfrules';

/** All nfrules.* settings as one plain object (sent to the server as initialization options). */
export function readSettings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION);
  return {
    includePaths: config.get<string[]>('includePaths', []),
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
