/**
 * Document sync and published diagnostics: open/change/close update the store, and each document is re-checked once
 * after the current burst of messages (setImmediate), so a burst of keystrokes costs one check.
 */
import { TextDocumentSyncKind } from 'vscode-languageserver';
import type { Problem } from '../../model/types';
import { toDiagnostic } from '../convert';
import type { LspFeature } from '../context';

export const diagnosticsFeature: LspFeature = {
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } },
  register({ connection, docs, ready }) {
    const pending = new Map<string, NodeJS.Immediate>();
    const published = new Map<string, Set<string>>();

    const publish = (uri: string): void => {
      const result = docs.check(uri);
      if (!result) return;
      const byUri = new Map<string, Problem[]>([[uri, []]]);
      for (const problem of result.problems) {
        const list = byUri.get(problem.location.uri) ?? [];
        list.push(problem);
        byUri.set(problem.location.uri, list);
      }
      const before = published.get(uri) ?? new Set<string>();
      for (const stale of before) if (!byUri.has(stale)) void connection.sendDiagnostics({ uri: stale, diagnostics: [] });
      for (const [target, problems] of byUri) {
        const version = target === uri ? docs.get(uri)?.document.version : undefined;
        void connection.sendDiagnostics({ uri: target, version, diagnostics: problems.map(toDiagnostic) });
      }
      published.set(uri, new Set(byUri.keys()));
    };

    const schedule = (uri: string): void => {
      const previous = pending.get(uri);
      if (previous) clearImmediate(previous);
      pending.set(uri, setImmediate(() => {
        pending.delete(uri);
        publish(uri);
      }));
    };

    connection.onDidOpenTextDocument(async ({ textDocument: d }) => {
      await ready;
      docs.open(d.uri, d.languageId, d.version, d.text);
      schedule(d.uri);
    });
    connection.onDidChangeTextDocument(async ({ textDocument: d, contentChanges }) => {
      await ready;
      docs.change(d.uri, d.version, contentChanges);
      schedule(d.uri);
    });
    connection.onDidCloseTextDocument(({ textDocument: d }) => {
      const timer = pending.get(d.uri);
      if (timer) clearImmediate(timer);
      pending.delete(d.uri);
      docs.close(d.uri);
      for (const target of published.get(d.uri) ?? []) void connection.sendDiagnostics({ uri: target, diagnostics: [] });
      published.delete(d.uri);
    });
  },
};
