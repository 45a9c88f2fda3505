/** Recently traced packets (short form), newest first; how many are kept is the nfrules.trace.recentPackets setting. */
import * as vscode from 'vscode';

const KEY = 'nfrules.trace.recentPackets';

/** The remembered packets, newest first. */
export function recentPackets(context: vscode.ExtensionContext): string[] {
  const list = context.globalState.get<unknown>(KEY);
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
}

/** Remembers a packet (moving it to the front) and trims the list to the configured length. */
export async function rememberPacket(context: vscode.ExtensionContext, packet: string): Promise<void> {
  const limit = vscode.workspace.getConfiguration('nfrules').get<number>('trace.recentPackets', 10);
  const list = [packet, ...recentPackets(context).filter((p) => p !== packet)].slice(0, Math.max(0, limit));
  await context.globalState.update(KEY, list);
}
