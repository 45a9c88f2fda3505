/**
 * `nfrules.showReferences`: the command the server's CodeLens runs ("2 jumps from input, forward"). Its arguments
 * arrive as plain JSON (uri, position, locations); the editor's references view needs its own types.
 */
import * as vscode from 'vscode';
import type { Feature } from './feature';

interface JsonRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

const range = (r: JsonRange): vscode.Range => new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);

/** Registers nfrules.showReferences. */
export const referencesLens: Feature = (context) => {
  context.extension.subscriptions.push(vscode.commands.registerCommand('nfrules.showReferences',
    (uri: string, position: { line: number; character: number }, locations: { uri: string; range: JsonRange }[]) =>
      vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri),
        new vscode.Position(position.line, position.character),
        locations.map((l) => new vscode.Location(vscode.Uri.parse(l.uri), range(l.range))))));
};
