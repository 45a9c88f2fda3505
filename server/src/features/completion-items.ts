/** Building blocks shared by both dialects' completion: item constructors, sort groups and the replaced range. */
import type { Documented } from '../catalog/nftables/types';
import type { Position, Range } from '../model/types';
import type { CompletionItem, CompletionKind } from './completion';
import { offsetAt } from './ranges';

/**
 * Sort groups, best first: what the context asks for most directly, then the usual choices, then the rest.
 * Deprecated and add-on entries go last.
 */
export const SORT = { best: '0', likely: '1', usual: '2', other: '3', rare: '8', last: '9' } as const;
export type SortGroup = (typeof SORT)[keyof typeof SORT];

/** Options of an item besides label and kind. */
export interface ItemExtra {
  detail?: string;
  doc?: string;
  example?: string;
  /** Extra notes shown under the doc (one line each). */
  notes?: (string | undefined)[];
  group?: SortGroup;
  insertText?: string;
  snippet?: boolean;
  deprecated?: boolean;
}

/** Markdown documentation: our explanation, notes, then the example as code. */
export function docMarkdown(doc: string | undefined, example?: string, notes: (string | undefined)[] = []): string | undefined {
  const parts = [doc, ...notes].filter((p): p is string => Boolean(p));
  if (example && example !== 'n/a') parts.push(`Example:\n\`\`\`\n${example}\n\`\`\``);
  return parts.length ? parts.join('\n\n') : undefined;
}

/** One completion item. */
export function item(label: string, kind: CompletionKind, extra: ItemExtra = {}): CompletionItem {
  const result: CompletionItem = { label, kind, sortText: `${extra.group ?? SORT.usual}${label}` };
  if (extra.detail) result.detail = extra.detail;
  const documentation = docMarkdown(extra.doc, extra.example, extra.notes);
  if (documentation) result.documentation = documentation;
  if (extra.insertText !== undefined) result.insertText = extra.insertText;
  if (extra.snippet) result.snippet = true;
  if (extra.deprecated) result.deprecated = true;
  return result;
}

/** An item documented by a catalog entry. */
export function documentedItem(label: string, kind: CompletionKind, entry: Documented | undefined, extra: ItemExtra = {}): CompletionItem {
  const notes = [...(extra.notes ?? [])];
  if (entry?.since) notes.push(`Needs nft ${entry.since} or later.`);
  if (entry?.kernel) notes.push(`Needs Linux ${entry.kernel} or later.`);
  return item(label, kind, { ...extra, doc: extra.doc ?? entry?.doc, example: extra.example ?? entry?.example, notes });
}

/** Keeps the first item of each label (earlier sources win), so a word offered twice appears once. */
export function uniqueItems(items: readonly CompletionItem[]): CompletionItem[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.label) && seen.add(i.label));
}

/** The range of the partly typed word ending at the cursor, given how far back it starts on the line. */
export function wordRange(position: Position, wordLength: number): Range {
  return { start: { line: position.line, character: position.character - wordLength }, end: position };
}

/**
 * Caches item lists that depend only on a key (a family, a table and hook …): the catalog does not change, and
 * building hundreds of documented items per keystroke is the main cost of completion on large files.
 */
export function cached<A extends unknown[]>(key: (...args: A) => string, build: (...args: A) => CompletionItem[]): (...args: A) => CompletionItem[] {
  const store = new Map<string, CompletionItem[]>();
  return (...args: A) => {
    const k = key(...args);
    let items = store.get(k);
    if (!items) store.set(k, items = build(...args));
    return items;
  };
}

/** The text of a line up to the cursor. */
export function linePrefix(text: string, position: Position): string {
  const offset = offsetAt(text, position);
  return text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset).replace(/\r$/, '');
}
