/** Fixes for `unknown-option`: load the module that has the option, or use the suggested spelling. */
import type { CodeFix, FixContext } from '../code-actions';
import { fix, positionData, rangeData, stringData } from './iptables-edits';

/** Inserts `-m MODULE` before the option, or replaces a misspelt option name. */
export function unknownOptionFixes({ problem, file }: FixContext): CodeFix[] {
  const module = stringData(problem, 'module');
  const insertAt = positionData(problem, 'insertAt');
  if (module && insertAt) {
    return [fix(`Load -m ${module} before the option`, problem, { uri: file.uri, range: { start: insertAt, end: insertAt }, newText: `-m ${module} ` }, true)];
  }
  const suggestion = stringData(problem, 'suggestion');
  const range = rangeData(problem, 'nameRange');
  if (suggestion && range) return [fix(`Change to '${suggestion}'`, problem, { uri: file.uri, range, newText: suggestion }, true)];
  // An abbreviation of both `--match` and a module's option: `--match` would read the next word as a module name,
  // so only the module's options are spellings of what was meant.
  const candidates = ((problem.data?.candidates as string[] | undefined) ?? []).filter((c) => !STRUCTURAL.has(c));
  return range ? candidates.map((c) => fix(`Change to '${c}'`, problem, { uri: file.uri, range, newText: c })) : [];
}

/** Core options that change how the words after them are read (a module, a target, a chain). */
const STRUCTURAL: ReadonlySet<string> = new Set(['--match', '--jump', '--goto']);
