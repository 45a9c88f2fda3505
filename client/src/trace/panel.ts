/**
 * The webview that shows a trace. One panel, reused: each new trace re-renders it. Messages from the page ask to
 * reveal a rule, to trace another packet, or to flip an assumption; the panel hands them to its owner.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { TraceReply } from '../../../server/src/trace/reply';
import { renderTracePage } from './view';

/** A message the page posts. */
export type PageMessage =
  | { type: 'reveal'; uri: string; line: number; character: number }
  | { type: 'retrace'; packet: string }
  | { type: 'assume'; key: string; value: boolean };

/** The trace panel. */
export class TracePanel implements vscode.Disposable {
  private panel?: vscode.WebviewPanel;
  /** The last page rendered (the e2e suite reads it). */
  lastHtml = '';

  constructor(private readonly onMessage: (message: PageMessage) => void) {}

  /** Shows a trace, creating the panel beside the editor if needed. */
  show(trace: TraceReply, packet: string, files: string[]): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('nfrules.trace', 'Packet trace', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true, localResourceRoots: [], retainContextWhenHidden: false,
      });
      this.panel.onDidDispose(() => { this.panel = undefined; });
      this.panel.webview.onDidReceiveMessage((message: PageMessage) => this.onMessage(message));
    }
    this.panel.title = `Trace: ${trace.verdict} (${trace.delivered})`;
    this.lastHtml = renderTracePage({
      trace, packet, files: files.map((f) => vscode.workspace.asRelativePath(vscode.Uri.parse(f))),
      nonce: randomBytes(16).toString('base64'),
      fileName: (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)),
    });
    this.panel.webview.html = this.lastHtml;
    this.panel.reveal(undefined, true);
  }

  /** Whether the panel is open. */
  get visible(): boolean {
    return this.panel !== undefined;
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
