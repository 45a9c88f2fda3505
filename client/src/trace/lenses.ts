/**
 * "Trace packet" above every base chain, fed by the server's nfrules/baseChains (the server's own CodeLens belongs
 * to other features; this provider is registered by the client). The lens prefills the form with a packet whose
 * path crosses the chain's hook.
 */
import * as vscode from 'vscode';
import type { BaseChainEntry } from '../../../server/src/trace/base-chains';
import type { FeatureContext } from '../feature';

/** Arguments of nfrules.tracePacket when run from a lens. */
export interface TraceLensArgs {
  uri: string;
  packet: BaseChainEntry['packet'];
}

/** Registers the provider for both languages. */
export function registerTraceLenses(context: FeatureContext): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    async provideCodeLenses(document, token) {
      const client = context.client();
      if (!client?.isRunning()) return [];
      const chains = await client.sendRequest<BaseChainEntry[]>('nfrules/baseChains', { uri: document.uri.toString() }, token).then(undefined, () => []);
      return chains.map((chain) => {
        const { start } = chain.location.range;
        const range = new vscode.Range(start.line, 0, start.line, 0);
        const args: TraceLensArgs = { uri: document.uri.toString(), packet: chain.packet };
        return new vscode.CodeLens(range, {
          title: `$(debug-start) Trace packet (${chain.hook}, priority ${chain.priority})`,
          command: 'nfrules.tracePacket',
          arguments: [args],
          tooltip: `Follow a packet through ${chain.family} ${chain.table} ${chain.chain} and every other chain it meets`,
        });
      });
    },
  };
  return vscode.Disposable.from(
    changed,
    context.onClientReady(() => changed.fire()),
    vscode.languages.registerCodeLensProvider([{ language: 'nftables' }, { language: 'iptables' }], provider),
  );
}
