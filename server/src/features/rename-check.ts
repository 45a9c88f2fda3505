/**
 * The last guard of a rename: apply the edits in memory, re-parse and re-check every affected root, and refuse when
 * a problem appears that was not there before (a syntax error, an undefined chain…). So a use the name index
 * missed can never be silently broken.
 */
import { checkFile, type CheckResult } from '../engine/check';
import type { EngineHost, ParsedFile } from '../engine/source';
import type { Problem } from '../model/types';
import { parse } from '../syntax/parser';
import type { TextEdit } from './code-actions';
import { applyEdits } from './ranges';
import type { Refusal } from './rename';

export interface CheckedRoot {
  file: ParsedFile;
  result: CheckResult;
}

/** A refusal naming the first new problem, or undefined when the renamed files check as cleanly as before. */
export function checkRename(roots: readonly CheckedRoot[], files: readonly ParsedFile[], edits: readonly TextEdit[],
  host: EngineHost): Refusal | undefined {
  const edited = new Map<string, ParsedFile>();
  try {
    for (const file of files) {
      const own = edits.filter((e) => e.uri === file.uri);
      if (own.length === 0 || edited.has(file.uri)) continue;
      const text = applyEdits(file.text, own);
      edited.set(file.uri, { uri: file.uri, text, dialect: file.dialect, tree: parse(file.dialect, text) });
    }
    const overlay: EngineHost = {
      resolveInclude: (pattern, fromUri) => host.resolveInclude(pattern, fromUri).map((f) => edited.get(f.uri) ?? f),
    };
    for (const root of roots) {
      const after = checkFile(edited.get(root.file.uri) ?? root.file, overlay);
      const added = newProblem(root.result.problems, after.problems);
      if (added) return { ok: false, message: `Renaming would introduce a problem: ${added.message} (${added.code})` };
    }
    return undefined;
  } finally {
    for (const file of edited.values()) file.tree.delete();
  }
}

/** The first problem of a code that occurs more often after than before. */
function newProblem(before: readonly Problem[], after: readonly Problem[]): Problem | undefined {
  const counts = new Map<string, number>();
  for (const p of before) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
  for (const p of after) {
    const left = counts.get(p.code) ?? 0;
    if (left === 0) return p;
    counts.set(p.code, left - 1);
  }
  return undefined;
}
