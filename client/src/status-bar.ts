/** The status-bar item that shows whether the nfrules language server is starting, ready or failed. */
import * as vscode from 'vscode';

export type ServerStatus = { state: 'starting' } | { state: 'ready'; detail?: string } | { state: 'error'; message: string };

const LOOK: Record<ServerStatus['state'], { icon: string; tooltip: string }> = {
  starting: { icon: '$(sync~spin)', tooltip: 'nfrules language server is starting' },
  ready: { icon: '$(shield)', tooltip: 'nfrules language server is ready' },
  error: { icon: '$(error)', tooltip: 'nfrules language server failed' },
};

/** Creates the item; it is shown only while a firewall file is the active editor. */
export function createStatusItem(context: vscode.ExtensionContext): (status: ServerStatus) => void {
  const bar = vscode.window.createStatusBarItem('nfrules.status', vscode.StatusBarAlignment.Right, 100);
  bar.name = 'nfrules';
  bar.command = 'nfrules.showOutput';
  context.subscriptions.push(bar);
  const refresh = (): void => {
    const lang = vscode.window.activeTextEditor?.document.languageId;
    if (lang === 'nftables' || lang === 'iptables') bar.show();
    else bar.hide();
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(refresh));
  refresh();

  return (status) => {
    const look = LOOK[status.state];
    const extra = status.state === 'error' ? status.message : status.state === 'ready' ? status.detail : undefined;
    bar.text = `${look.icon} nfrules`;
    bar.tooltip = extra ? `${look.tooltip}: ${extra}\nClick to show the output.` : `${look.tooltip}.\nClick to show the output.`;
    bar.backgroundColor = status.state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
  };
}
