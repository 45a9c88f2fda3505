/**
 * The "Trace packet…" form: recent packets to pick again, a new packet in the short form (checked as it is typed,
 * with the same parser the server uses), and the other rule files loaded together with this one.
 */
import * as vscode from 'vscode';
import { formatPacketSpec, PacketSpecError, parsePacketSpec } from '../../../server/src/trace/packet-spec';
import type { PacketSpec } from '../../../server/src/trace/types';
import { recentPackets } from './recent';
import { chooseRulesetFiles, rulesetFiles } from './ruleset-files';

const EXAMPLE = 'tcp 198.51.100.7:40000 > 192.0.2.1:22 iif eth0 flags S new';

/** Asks for a packet; undefined when the user cancels. `suggested` prefills the new-packet box (from a lens). */
export async function askPacket(context: vscode.ExtensionContext, document: vscode.Uri, suggested?: Partial<PacketSpec>): Promise<string | undefined> {
  for (;;) {
    const recent = recentPackets(context);
    const files = rulesetFiles(context, document);
    type Item = vscode.QuickPickItem & { action: 'new' | 'recent' | 'files'; packet?: string };
    const items: Item[] = [
      { label: '$(add) New packet…', description: suggested ? formatSuggestion(suggested) : undefined, action: 'new' },
      ...recent.map((packet): Item => ({ label: packet, action: 'recent', packet })),
      { label: '', kind: vscode.QuickPickItemKind.Separator, action: 'files' },
      { label: '$(files) Load with other rule files…', description: files.length ? `${files.length} more file${files.length > 1 ? 's' : ''}` : 'this file only', action: 'files' },
    ];
    const picked = await vscode.window.showQuickPick(items, { title: 'Trace packet', placeHolder: 'A recent packet, or a new one' });
    if (!picked) return undefined;
    if (picked.action === 'recent') return picked.packet;
    if (picked.action === 'files') {
      await chooseRulesetFiles(context, document);
      continue;
    }
    return inputPacket(suggested ? formatSuggestion(suggested) : recent[0] ?? EXAMPLE);
  }
}

/** The input box for a packet in short form (or JSON). */
export function inputPacket(value: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Trace packet',
    prompt: 'PROTO SRC[:PORT] > DST[:PORT] [iif IF] [oif IF] [flags S] [new|established|related|invalid|untracked] [forward] [origin local] [mark N] — or JSON',
    value,
    valueSelection: [0, value.length],
    validateInput: (text) => packetProblem(text),
  });
}

/** Why a packet text cannot be traced, or undefined when it can. */
export function packetProblem(text: string): string | undefined {
  try {
    parsePacketSpec(text);
    return undefined;
  } catch (error) {
    return error instanceof PacketSpecError ? error.message : String(error);
  }
}

function formatSuggestion(spec: Partial<PacketSpec>): string {
  const v6 = spec.family === 'ip6';
  return formatPacketSpec({
    family: v6 ? 'ip6' : 'ip', protocol: spec.protocol ?? 'tcp',
    saddr: spec.origin === 'local' ? undefined : v6 ? '2001:db8:100::7' : '198.51.100.7', sport: 40000,
    daddr: v6 ? '2001:db8::1' : '192.0.2.1', dport: 22, iif: spec.origin === 'local' ? undefined : 'eth0', tcpFlags: 'S', ctState: 'new',
    ...(spec.origin === 'local' ? { origin: 'local' as const } : {}),
    ...(spec.destination === 'forward' ? { destination: 'forward' as const, oif: 'eth1' } : {}),
  });
}
