/**
 * What the name-based handlers (definition, references, highlights, rename, CodeLens) look at: every open document
 * whose model involves the requested file (the file itself, or a document that includes it), with the parsed files
 * behind each model.
 */
import type { CheckedRoot } from '../features/rename-check';
import { includedFiles } from '../features/includes';
import { NameIndex, type NameSource } from '../features/name-sites';
import type { ParsedFile } from '../engine/source';
import type { ServerContext } from './context';

export interface NameScope {
  index: NameIndex;
  /** The open documents involved, with their current check. */
  roots: CheckedRoot[];
  /** Every parsed file behind those models (roots and included files). */
  files: ParsedFile[];
}

/**
 * The name index over every open document that involves `uri` (undefined when `uri` is not open). `complete` asks for
 * the complete checks (rename compares every problem before and after); otherwise the model is enough.
 */
export async function nameScope(context: ServerContext, uri: string, complete = false): Promise<NameScope | undefined> {
  const open = await context.lookupModel(uri);
  if (!open) return undefined;
  const sources: NameSource[] = [];
  const roots: CheckedRoot[] = [];
  const files = new Map<string, ParsedFile>();
  for (const entry of context.docs.all()) {
    const result = complete ? context.docs.check(entry.document.uri)
      : context.docs.computed(entry.document.uri) ?? context.docs.quickCheck(entry.document.uri);
    if (!result) continue;
    const file = context.docs.parsed(entry);
    const behind = [file, ...includedFiles(file, context.host)];
    if (file.uri !== uri && !behind.some((f) => f.uri === uri)) continue;
    sources.push({ ruleset: result.ruleset, files: behind });
    roots.push({ file, result });
    for (const f of behind) if (!files.has(f.uri)) files.set(f.uri, f);
  }
  return { index: new NameIndex(sources), roots, files: [...files.values()] };
}
