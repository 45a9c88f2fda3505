/**
 * The trace in the editor: rules the packet matched are highlighted with their verdict after the line, rules it
 * was tested against but did not match get a faint reason, and rules it never reached are dimmed. Stays until
 * "Clear Trace" (or until the document is edited, when the ranges would no longer fit).
 */
import * as vscode from 'vscode';
import type { TraceReply } from '../../../server/src/trace/reply';

type Range = TraceReply['rules'][number]['range'];

/** Owns the decoration types and the current trace's ranges per document. */
export class TraceDecorations implements vscode.Disposable {
  private readonly hit = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.wordHighlightStrongBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.infoForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    isWholeLine: true,
  });
  private readonly missed = vscode.window.createTextEditorDecorationType({});
  private readonly unreached = vscode.window.createTextEditorDecorationType({ opacity: '0.45' });
  private byUri = new Map<string, { hit: vscode.DecorationOptions[]; missed: vscode.DecorationOptions[]; unreached: vscode.Range[] }>();
  private readonly listeners: vscode.Disposable[];

  constructor() {
    this.listeners = [
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paint(e))),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.byUri.delete(event.document.uri.toString())) this.repaint();
      }),
    ];
  }

  /** Shows a trace (replacing the previous one). */
  show(trace: TraceReply): void {
    this.byUri = new Map();
    const entry = (uri: string) => {
      let e = this.byUri.get(uri);
      if (!e) this.byUri.set(uri, (e = { hit: [], missed: [], unreached: [] }));
      return e;
    };
    const reached = new Set<string>();
    for (const step of trace.steps) {
      if (!step.rule) continue;
      const { uri, range } = step.rule.location;
      reached.add(key(uri, range));
      const after = step.matched
        ? `  ⟵ step ${trace.steps.indexOf(step) + 1}, ${step.hook}: ${step.verdict ?? 'continue'}${step.effects?.length ? ` (${step.effects.join('; ')})` : ''}`
        : `  ✗ ${step.reason ?? 'no match'}`;
      const options: vscode.DecorationOptions = {
        range: toRange(range),
        hoverMessage: new vscode.MarkdownString().appendText(`nfrules trace, ${step.hook} / ${step.table} ${step.chain}: ${after.trim()}`),
        renderOptions: { after: { contentText: after, color: new vscode.ThemeColor(step.matched ? 'editorCodeLens.foreground' : 'disabledForeground'), fontStyle: 'italic' } },
      };
      (step.matched ? entry(uri).hit : entry(uri).missed).push(options);
    }
    for (const location of trace.rules) {
      if (!reached.has(key(location.uri, location.range))) entry(location.uri).unreached.push(toRange(location.range));
    }
    this.repaint();
  }

  /** Removes every trace decoration. */
  clear(): void {
    this.byUri = new Map();
    this.repaint();
  }

  /** The number of decorated ranges in a document (for tests and the status message). */
  counts(uri: string): { hit: number; missed: number; unreached: number } {
    const e = this.byUri.get(uri);
    return { hit: e?.hit.length ?? 0, missed: e?.missed.length ?? 0, unreached: e?.unreached.length ?? 0 };
  }

  dispose(): void {
    this.listeners.forEach((l) => l.dispose());
    [this.hit, this.missed, this.unreached].forEach((d) => d.dispose());
  }

  private repaint(): void {
    vscode.window.visibleTextEditors.forEach((e) => this.paint(e));
  }

  private paint(editor: vscode.TextEditor): void {
    const e = this.byUri.get(editor.document.uri.toString());
    editor.setDecorations(this.hit, e?.hit ?? []);
    editor.setDecorations(this.missed, e?.missed ?? []);
    editor.setDecorations(this.unreached, e?.unreached ?? []);
  }
}

function key(uri: string, range: Range): string {
  return `${uri}#${range.start.line}:${range.start.character}`;
}

function toRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
