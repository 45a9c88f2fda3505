/**
 * workspace/symbol: declarations of the open documents (with what they include) and of the rule files in the
 * workspace folders, which are read through the FileHost and never executed. Closed files are modelled once per
 * parse (the host re-parses a file only when it changed on disk).
 */
import type { WorkspaceSymbol } from 'vscode-languageserver';
import { buildRuleset } from '../../model/build';
import type { ParsedFile } from '../../engine/source';
import { includedFiles } from '../../features/includes';
import { declarations, matchesQuery, type WorkspaceSymbolItem } from '../../features/workspace-symbols';
import type { LspFeature, ServerContext } from '../context';
import { outlineSymbolKind } from './document-symbols';
import { workspaceRuleFiles } from '../workspace-files';

/** At most this many symbols per answer. */
const MAX_RESULTS = 1000;
/**
 * Time one answer may spend modelling closed files; the rest are modelled on the next requests (the editor asks
 * again on every keystroke), so a large workspace never makes one answer slow.
 */
const MODEL_BUDGET_MS = 300;
/** The workspace listing is reused for this long (the editor asks again on every keystroke). */
const LISTING_TTL_MS = 5000;

export const workspaceSymbolsFeature: LspFeature = {
  capabilities: { workspaceSymbolProvider: true },
  register(context) {
    const closed = new WeakMap<ParsedFile, WorkspaceSymbolItem[]>();
    let listing: { at: number; uris: { uri: string; dialect: 'nftables' | 'iptables' }[] } | undefined;
    const files = async (): Promise<{ uri: string; dialect: 'nftables' | 'iptables' }[]> => {
      if (listing && Date.now() - listing.at < LISTING_TTL_MS) return listing.uris;
      const folders = await context.connection.workspace.getWorkspaceFolders().catch(() => null);
      listing = { at: Date.now(), uris: workspaceRuleFiles((folders ?? []).map((f) => f.uri)) };
      return listing.uris;
    };
    context.connection.onWorkspaceSymbol(async ({ query }) => {
      await context.ready;
      const items = openDeclarations(context);
      const seen = new Set(items.map((i) => i.location.uri));
      const deadline = Date.now() + MODEL_BUDGET_MS;
      for (const { uri, dialect } of await files()) {
        if (seen.has(uri) || context.docs.get(uri)) continue;
        const file = context.host.load(uri, dialect);
        if (!file) continue;
        let found = closed.get(file);
        if (!found && Date.now() < deadline) {
          found = declarations({ ruleset: buildRuleset(file, context.host), files: [file] });
          closed.set(file, found);
        }
        items.push(...(found ?? []));
      }
      return toLsp(items, query);
    });
  },
};

function openDeclarations(context: ServerContext): WorkspaceSymbolItem[] {
  const items: WorkspaceSymbolItem[] = [];
  for (const entry of context.docs.all()) {
    const result = context.docs.check(entry.document.uri);
    if (!result) continue;
    const file = context.docs.parsed(entry);
    items.push(...declarations({ ruleset: result.ruleset, files: [file, ...includedFiles(file, context.host)] }));
  }
  return items;
}

function toLsp(items: WorkspaceSymbolItem[], query: string): WorkspaceSymbol[] {
  const seen = new Set<string>();
  const out: WorkspaceSymbol[] = [];
  for (const item of items) {
    const key = `${item.location.uri}:${item.location.range.start.line}:${item.location.range.start.character}:${item.kind}`;
    if (seen.has(key) || !matchesQuery(item.name, query)) continue;
    seen.add(key);
    out.push({ name: item.name, kind: outlineSymbolKind(item.kind), containerName: item.container, location: item.location });
    if (out.length >= MAX_RESULTS) break;
  }
  return out;
}
