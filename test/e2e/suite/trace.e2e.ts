/**
 * The packet trace in a real VS Code: lenses on the base chains, the trace command over an example (and over an
 * iptables file and an nft file together), the webview, Clear Trace, and the picture for docs/.
 */
import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe as suite, it } from 'mocha';
import * as vscode from 'vscode';
import type { TraceCommandResult } from '../../../client/src/trace/index';
import { retryUntil, waitForFile } from './wait';

const REPO = process.env.NFRULES_E2E_REPO ?? path.resolve(__dirname, '../../../..');
const file = (relative: string): vscode.Uri => vscode.Uri.file(path.join(REPO, relative));
const ANYIP_SYN = 'tcp 198.51.100.7:40000 > 198.18.100.5:80 iif eth0 flags S new';

async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(file(relative));
  return vscode.window.showTextDocument(document, { preview: false, viewColumn: vscode.ViewColumn.One });
}

suite('packet trace in VS Code', () => {
  it('puts a Trace packet lens on every base chain', async () => {
    const editor = await open('examples/tproxy-anyip.rules.v4');
    const lenses = await retryUntil('trace lenses', 30_000, async () => {
      const list = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri, 10);
      const trace = (list ?? []).filter((l) => l.command?.command === 'nfrules.tracePacket');
      return trace.length > 0 ? trace : undefined;
    });
    const lines = lenses.map((l) => editor.document.lineAt(l.range.start.line).text.split(' ')[0]);
    assert.deepEqual(lines, [':PREROUTING', ':INPUT', ':FORWARD', ':OUTPUT', ':POSTROUTING', ':INPUT', ':FORWARD', ':OUTPUT']);
    console.log(`  lenses: ${lenses.map((l) => l.command?.title).join('; ')}`);
  });

  it('traces the TPROXY + AnyIP example: diverted in mangle PREROUTING, delivered locally, accepted by -m socket', async () => {
    const editor = await open('examples/tproxy-anyip.rules.v4');
    const result = await vscode.commands.executeCommand<TraceCommandResult>('nfrules.tracePacket', { uri: editor.document.uri.toString(), packet: ANYIP_SYN, files: [] });
    assert.ok(result.trace, result.error);
    const matched = result.trace.steps.filter((s) => s.matched && s.rule).map((s) => `${s.table} ${s.chain} ${s.verdict}: ${s.rule?.text}`);
    console.log(`  matched: ${matched.join(' | ')}`);
    assert.equal(result.trace.delivered, 'local');
    assert.match(matched[0], /^mangle PREROUTING accept: .*-j TPROXY/);
    assert.match(matched[matched.length - 1], /^filter INPUT accept: .*-m socket/);
    assert.match(result.html ?? '', /Content-Security-Policy/);
    await vscode.commands.executeCommand('nfrules.clearTrace');
  });

  it('traces an iptables file and an nft file loaded together', async () => {
    const editor = await open('examples/rules.v4');
    const result = await vscode.commands.executeCommand<TraceCommandResult>('nfrules.tracePacket', {
      uri: editor.document.uri.toString(), files: [file('examples/host-firewall.nft').toString()],
      packet: 'tcp 203.0.113.5:40000 > 192.0.2.1:443 iif eth0 flags S new',
    });
    assert.ok(result.trace, result.error);
    const tables = [...new Set(result.trace.steps.map((s) => `${s.family} ${s.table}`))];
    console.log(`  tables met: ${tables.join(', ')}; verdict ${result.trace.verdict}`);
    assert.ok(tables.includes('ip filter') && tables.includes('inet host'), tables.join(', '));
  });

  it('shows the trace as a picture beside the rules (screenshot)', async function () {
    const signalDir = process.env.NFRULES_E2E_SIGNAL_DIR;
    if (!signalDir) this.skip();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('notifications.clearAll');
    const editor = await open('examples/tproxy-anyip.rules.v4');
    const result = await vscode.commands.executeCommand<TraceCommandResult>('nfrules.tracePacket', { uri: editor.document.uri.toString(), packet: ANYIP_SYN, files: [] });
    assert.ok(result.trace, result.error);
    const done = path.join(signalDir as string, 'screenshot.done');
    rmSync(done, { force: true });
    writeFileSync(path.join(signalDir as string, 'screenshot.request'), JSON.stringify({ name: 'trace-screenshot.png', selector: 'iframe.webview.ready', frameSelector: '.pipeline' }));
    await waitForFile(done, 20_000);
  });
});
