/**
 * What the name-based handlers (definition, references, highlights, rename, CodeLens) look at: every open document
 * whose model involves the requested file (the file itself, or a document that includes it), with the parsed files
 * behind each model.
 */
import type { CheckedRoot } from '../features/rename-check';
import { includedFiles } from '../features/includes';
import { NameIndex, type NameSource } from '../features/name-sites';
import type { ParsedFile } from '../engine/source';
import type { Ruleset } from '../model/types';
import type { ServerContext } from './context';

/**
 * The last index built for a document's model, with what it was built from (every model and every file's tree and
 * text): the requests of one version (tokens, lenses, then every navigation request) share one index, which on a
 * file with 100,000 names costs a few hundred milliseconds to build.
 */
const indexes = new WeakMap<Ruleset, { parts: unknown[]; index: NameIndex }>();

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
  const parts = sources.flatMap((s) => [s.ruleset, ...s.files.flatMap((f) => [f.tree, f.text])]);
  const cached = indexes.get(open.result.ruleset);
  const index = cached && cached.parts.length === parts.length && cached.parts.every((p, i) => p === parts[i]) ? cached.index : new NameIndex(sources);
  indexes.set(open.result.ruleset, { parts, index });
  return { index, roots, files: [...files.values()] };
}
