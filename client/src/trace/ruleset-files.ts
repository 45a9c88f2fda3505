/**
 * Which other rule files form one ruleset with a document (an iptables-save file beside an nft file, as one kernel
 * would load them). Chosen per document from the workspace's rule files and remembered in the workspace state.
 */
import * as vscode from 'vscode';
import { detectDialect } from '../../../server/src/syntax/dialect';

const KEY = 'nfrules.trace.rulesetFiles';
const CANDIDATES = '**/{*.nft,*.nft.conf,nftables.conf,rules.v4,rules.v6,*.rules,*.ipt,*.iptables,*.v4,*.v6,iptables,ip6tables}';

/** The other files (URIs) remembered for a document. */
export function rulesetFiles(context: vscode.ExtensionContext, document: vscode.Uri): string[] {
  const all = context.workspaceState.get<Record<string, string[]>>(KEY) ?? {};
  return (all[document.toString()] ?? []).filter((uri) => uri !== document.toString());
}

/** Lets the user pick the workspace rule files loaded together with the document. */
export async function chooseRulesetFiles(context: vscode.ExtensionContext, document: vscode.Uri): Promise<void> {
  const found = await vscode.workspace.findFiles(CANDIDATES, '**/{node_modules,.git,out,dist}/**', 500);
  const current = new Set(rulesetFiles(context, document));
  const items = found
    .filter((uri) => uri.toString() !== document.toString() && detectDialect(uri.path, '') !== undefined)
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((uri) => ({ label: vscode.workspace.asRelativePath(uri), picked: current.has(uri.toString()), uri }));
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true, title: 'Rule files loaded together with this one', placeHolder: 'None: trace this file (and what it includes) alone',
  });
  if (!picked) return;
  const all = context.workspaceState.get<Record<string, string[]>>(KEY) ?? {};
  all[document.toString()] = picked.map((p) => p.uri.toString());
  await context.workspaceState.update(KEY, all);
}
