/**
 * The packet trace in VS Code: the "Trace packet…" command and its form, the "Trace packet" lenses on base chains,
 * the result as a picture in a webview, and the rules hit / not reached decorated in the editors until "Clear Trace".
 * The trace itself comes from the server (nfrules/trace) over the document and the rule files chosen with it.
 */
import * as vscode from 'vscode';
import type { TraceResponse } from '../../../server/src/lsp/handlers/trace';
import type { TraceReply } from '../../../server/src/trace/reply';
import type { Feature, FeatureContext } from '../feature';
import { isSafeReveal } from '../webview-guard';
import { TraceDecorations } from './decorations';
import { askPacket, packetProblem } from './form';
import { registerTraceLenses, type TraceLensArgs } from './lenses';
import { TracePanel, type PageMessage } from './panel';
import { rememberPacket } from './recent';
import { rulesetFiles } from './ruleset-files';

/** What was traced last, so the page can trace again with a change. */
interface TraceRequest {
  uri: string;
  files: string[];
  packet: string;
  overrides: Record<string, boolean>;
}

/** What the e2e suite may inspect (returned by the nfrules.tracePacket command). */
export interface TraceCommandResult {
  trace?: TraceReply;
  error?: string;
  html?: string;
}

/** Registers the trace commands, lenses, panel and decorations. */
export const traceFeature: Feature = (context) => {
  const decorations = new TraceDecorations();
  let last: TraceRequest | undefined;
  const run = async (request: TraceRequest): Promise<TraceCommandResult> => {
    const answer = await requestTrace(context, request);
    if (!answer.ok) {
      void vscode.window.showErrorMessage(`nfrules: cannot trace this packet: ${answer.error}`);
      return { error: answer.error };
    }
    last = request;
    await rememberPacket(context.extension, request.packet);
    decorations.show(answer.trace);
    panel.show(answer.trace, request.packet, [request.uri, ...request.files]);
    return { trace: answer.trace, html: panel.lastHtml };
  };
  const panel = new TracePanel((message) => void onPageMessage(message, last, run));
  context.extension.subscriptions.push(
    decorations, panel, registerTraceLenses(context),
    vscode.commands.registerCommand('nfrules.tracePacket', async (args?: TraceLensArgs | { uri?: string; packet?: string; files?: string[] }) => {
      const uri = args?.uri ?? vscode.window.activeTextEditor?.document.uri.toString();
      if (!uri) return { error: 'no nftables or iptables document is open' };
      const document = vscode.Uri.parse(uri);
      // A packet given as text (from a script or test) is traced directly; a lens or the palette opens the form.
      const given = typeof args?.packet === 'string' ? args.packet : undefined;
      const packet = given ?? await askPacket(context.extension, document, typeof args?.packet === 'object' ? args.packet : undefined);
      if (packet === undefined) return {};
      const files = (args && 'files' in args && Array.isArray(args.files)) ? args.files : rulesetFiles(context.extension, document);
      return run({ uri, files, packet, overrides: {} });
    }),
    vscode.commands.registerCommand('nfrules.clearTrace', () => decorations.clear()),
  );
};

async function onPageMessage(message: PageMessage, last: TraceRequest | undefined, run: (r: TraceRequest) => Promise<TraceCommandResult>): Promise<void> {
  if (message.type === 'reveal') {
    if (!isSafeReveal(message)) return;
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const position = new vscode.Position(message.line, message.character);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return;
  }
  if (!last) return;
  if (message.type === 'retrace') {
    const problem = packetProblem(message.packet);
    if (problem) {
      void vscode.window.showErrorMessage(`nfrules: ${problem}`);
      return;
    }
    await run({ ...last, packet: message.packet, overrides: {} });
  } else if (message.type === 'assume') {
    await run({ ...last, overrides: { ...last.overrides, [message.key]: message.value } });
  }
}

async function requestTrace(context: FeatureContext, request: TraceRequest): Promise<TraceResponse> {
  const client = context.client();
  if (!client?.isRunning()) return { ok: false, error: 'the nfrules language server is not running' };
  const config = vscode.workspace.getConfiguration('nfrules');
  return client.sendRequest<TraceResponse>('nfrules/trace', {
    uri: request.uri, files: request.files, packet: request.packet, overrides: request.overrides,
    assume: config.get<string>('trace.assumeUndecidable', 'match'), localAddresses: config.get<string[]>('trace.localAddresses', []),
  });
}
