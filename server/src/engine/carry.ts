/**
 * Problems carried through an edit: after a change the server publishes the quick problems at once and the deferred
 * (rule-logic) ones a moment later. Until then the deferred problems of the previous version stay where they were,
 * moved with the text: those on the lines an edit touches are dropped, those below move by the lines it added or
 * removed. The deferred step then replaces them with the truth of the new version.
 */
import type { Location, Position, Problem, Range } from '../model/types';

/** One text change of an edit (an LSP content change with a range). */
export interface LineEdit {
  range: Range;
  text: string;
}

/** The problems still meaningful after one change, with their locations moved. */
export function carryThrough(problems: readonly Problem[], uri: string, edit: LineEdit): Problem[] {
  const added = edit.text.split('\n').length - 1;
  const delta = added - (edit.range.end.line - edit.range.start.line);
  const out: Problem[] = [];
  for (const problem of problems) {
    const location = moved(problem.location, uri, edit, delta);
    if (!location) continue;
    const related = problem.related?.map((r) => ({ ...r, location: moved(r.location, uri, edit, delta) }));
    if (related?.some((r) => !r.location)) continue;
    out.push({ ...problem, location, related: related as Problem['related'] });
  }
  return out;
}

function moved(location: Location, uri: string, edit: LineEdit, delta: number): Location | undefined {
  if (location.uri !== uri) return location;
  const { start, end } = location.range;
  if (end.line >= edit.range.start.line && start.line <= edit.range.end.line) return undefined;
  if (start.line < edit.range.start.line) return location;
  return { uri, range: { start: down(start, delta), end: down(end, delta) } };
}

function down(position: Position, delta: number): Position {
  return { line: position.line + delta, character: position.character };
}
