/**
 * textDocument/completion. While the user types, the check of the newest version may not have run yet; completion
 * then uses the latest check it has seen for the document (names rarely change while a rule is being typed) and
 * the current tree and text, so it never waits for a full check.
 */
import { CompletionItemKind, CompletionItemTag, InsertTextFormat, type CompletionItem as LspItem } from 'vscode-languageserver';
import type { CheckResult } from '../../engine/check';
import { completionAt, type CompletionItem, type CompletionKind } from '../../features/completion';
import { interfacesIn } from '../../features/completion-names';
import type { Range } from '../../model/types';
import type { LspFeature } from '../context';

const KIND: Record<CompletionKind, CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword, module: CompletionItemKind.Module, target: CompletionItemKind.Function,
  option: CompletionItemKind.Property, field: CompletionItemKind.Field, value: CompletionItemKind.EnumMember,
  chain: CompletionItemKind.Class, set: CompletionItemKind.Struct, map: CompletionItemKind.Struct,
  variable: CompletionItemKind.Variable, table: CompletionItemKind.Folder, type: CompletionItemKind.TypeParameter,
  operator: CompletionItemKind.Operator, interface: CompletionItemKind.Interface, snippet: CompletionItemKind.Snippet,
  statement: CompletionItemKind.Function, unit: CompletionItemKind.Unit,
};

/** Converts one of our items to an LSP item that replaces the typed word. */
function toLsp(item: CompletionItem, range: Range): LspItem {
  return {
    label: item.label,
    kind: KIND[item.kind],
    detail: item.detail,
    documentation: item.documentation ? { kind: 'markdown', value: item.documentation } : undefined,
    sortText: item.sortText,
    textEdit: { range, newText: item.insertText ?? item.label },
    insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    tags: item.deprecated ? [CompletionItemTag.Deprecated] : undefined,
  };
}

export const completionFeature: LspFeature = {
  capabilities: { completionProvider: { triggerCharacters: ['-', '@', '$', ',', ':', '*'] } },
  register({ connection, docs, ready, client }) {
    const latest = new Map<string, CheckResult>();
    connection.onCompletion(async ({ textDocument, position }) => {
      await ready;
      const entry = docs.get(textDocument.uri);
      if (!entry) {
        latest.delete(textDocument.uri);
        return null;
      }
      // Results of closed documents go: each holds a whole model, and an editor opens many documents in a session.
      for (const uri of latest.keys()) if (!docs.get(uri)) latest.delete(uri);
      // Names come from the model: the newest one computed, else the previous version's, else a quick check now.
      const computed = docs.computed(textDocument.uri);
      const result = computed ?? latest.get(textDocument.uri) ?? docs.quickCheck(textDocument.uri);
      if (!result) return null;
      if (computed) latest.set(textDocument.uri, computed);
      const file = docs.parsed(entry);
      const interfaces = [...new Set(docs.all().flatMap((d) => interfacesIn({ uri: d.document.uri, text: d.document.getText(), dialect: d.dialect })))];
      const found = completionAt(file, position, { result, interfaces });
      // Snippet items only go to clients that can expand them; the others would insert the placeholders as text.
      const items = client.snippets ? found.items : found.items.filter((i) => !i.snippet);
      return { isIncomplete: false, items: items.map((i) => toLsp(i, found.range)) };
    });
  },
};
