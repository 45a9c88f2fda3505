/**
 * Editing features in a real VS Code, on the example router (examples/router.nft, which includes
 * include/defines.nft): outline, go to definition (in the file and across the include), rename (and a refusal),
 * formatting and the CodeLens. Positions are found by searching the text.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe as suite, it } from 'mocha';
import * as vscode from 'vscode';
import { retryUntil } from './wait';

const REPO = process.env.NFRULES_E2E_REPO ?? path.resolve(__dirname, '../../../..');
const ROUTER = vscode.Uri.file(path.join(REPO, 'examples/router.nft'));
const TIMEOUT = 30_000;

function positionOf(document: vscode.TextDocument, text: string, offset = 0): vscode.Position {
  const index = document.getText().indexOf(text);
  assert.ok(index >= 0, `"${text}" not found in ${document.uri.fsPath}`);
  return document.positionAt(index + offset);
}

/** Definition targets as `file:line text` for messages and assertions. */
async function definitions(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position);
  const out: string[] = [];
  for (const item of found ?? []) {
    const uri = 'targetUri' in item ? item.targetUri : item.uri;
    const range = 'targetUri' in item ? item.targetSelectionRange ?? item.targetRange : item.range;
    const target = await vscode.workspace.openTextDocument(uri);
    out.push(`${path.basename(uri.fsPath)}: ${target.lineAt(range.start.line).text.trim()} [${target.getText(range)}]`);
  }
  return out;
}

suite('editing features in VS Code', () => {
  let router: vscode.TextDocument;

  before(async () => {
    router = await vscode.workspace.openTextDocument(ROUTER);
    await vscode.window.showTextDocument(router, { preview: false });
  });

  it('shows the outline of the router: table, sets, maps and chains with their hooks', async () => {
    const symbols = await retryUntil('document symbols', TIMEOUT, async () => {
      const list = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', router.uri);
      return list && list.length > 0 ? list : undefined;
    });
    const table = symbols.find((s) => s.name === 'router');
    assert.ok(table, `no table symbol: ${symbols.map((s) => s.name).join(', ')}`);
    const children = table.children.map((c) => c.name);
    for (const name of ['lan_admins', 'bogons', 'port_forwards', 'inbound_by_iface', 'input', 'from_lan', 'from_wan', 'forward', 'prerouting', 'postrouting']) {
      assert.ok(children.includes(name), `outline lacks ${name}: ${children.join(', ')}`);
    }
    const input = table.children.find((c) => c.name === 'input');
    assert.match(input?.detail ?? '', /hook input priority filter \(0\) policy drop/);
    assert.equal(input?.children.length, 3, 'the input chain has three rules');
    console.log(`  outline: ${table.name} → ${children.join(', ')}; input: ${input?.detail}`);
  });

  it('goes to a chain from a verdict map element, and to a variable in the included file', async () => {
    const chain = await retryUntil('definition', TIMEOUT, async () => {
      const list = await definitions(router, positionOf(router, 'jump from_lan', 6));
      return list.length > 0 ? list : undefined;
    });
    assert.deepEqual(chain, ['router.nft: chain from_lan { [from_lan]']);
    const variable = await definitions(router, positionOf(router, '$lan_if :', 2));
    assert.deepEqual(variable, ['defines.nft: define lan_if = "lan0" [lan_if]']);
    console.log(`  definitions: ${chain[0]}; ${variable[0]}`);
  });

  it('renames a chain at its declaration, the jumps and the map element, and refuses a keyword', async () => {
    const position = positionOf(router, 'chain from_wan', 8);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', router.uri, position, 'internet');
    assert.ok(edit, 'no rename edit');
    const edits = edit.get(router.uri);
    assert.equal(edits.length, 2, `edits: ${edits.map((e) => router.lineAt(e.range.start.line).text.trim()).join(' | ')}`);
    for (const e of edits) assert.equal(router.getText(e.range), 'from_wan');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', router.uri, position, 'counter')),
      /nft reads 'counter' as a keyword/,
    );
    console.log(`  rename: ${edits.length} edits; 'counter' refused`);
  });

  it('formats a document into the nft list layout', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'nftables', content: 'table inet t { chain c { tcp dport {22,80} accept; } }\n' });
    const edits = await retryUntil('format edits', TIMEOUT, async () => {
      const list = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 8, insertSpaces: false });
      return list && list.length > 0 ? list : undefined;
    });
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.set(document.uri, edits);
    await vscode.workspace.applyEdit(workspaceEdit);
    assert.equal(document.getText(), 'table inet t {\n\tchain c {\n\t\ttcp dport { 22, 80 } accept\n\t}\n}\n');
  });

  it('shows where a user chain is jumped from in a CodeLens', async () => {
    const lenses = await retryUntil('code lenses', TIMEOUT, async () => {
      const list = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', router.uri);
      return list && list.length > 0 ? list : undefined;
    });
    const fromLan = lenses.find((l) => l.range.start.line === positionOf(router, 'chain from_lan').line);
    assert.equal(fromLan?.command?.title, '1 jump from map inbound_by_iface');
  });
});
