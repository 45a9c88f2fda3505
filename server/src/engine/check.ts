/** The engine's main entry: a parsed file in, its model and every problem out. Shared by server, CLI and tests. */
import { runDiagnostics } from '../analysis/index';
import { buildRuleset } from '../model/build';
import type { Dialect, Problem, Ruleset } from '../model/types';
import { parse } from '../syntax/parser';
import { syntaxProblems } from '../syntax/syntax-errors';
import type { EngineHost, ParsedFile } from './source';

export interface CheckResult {
  ruleset: Ruleset;
  /** Syntax problems, model problems and diagnostics, in document order. */
  problems: Problem[];
}

/** Builds the model of a parsed file and runs every check; problems in other files (includes) are kept apart by uri. */
export function checkFile(file: ParsedFile, host: EngineHost): CheckResult {
  return completeCheck(quickCheck(file, host));
}

/**
 * `checkFile` for a caller that has only the text and needs nothing of the tree afterwards (the CLI). The tree is
 * deleted once the model and the syntax problems are built, before the analyses run: the analyses read only the
 * model, and the tree's JavaScript mirror (about a hundred megabytes at 100,000 rules) can then be collected while
 * they allocate. The problems are those of `checkFile`, in the same order.
 */
export function checkText(source: { uri: string; text: string; dialect: Dialect }, host: EngineHost): CheckResult {
  const { ruleset, syntax } = modelOf(source, host);
  return completeCheck(quickOf(ruleset, syntax));
}

/** The parse and lowering of checkText, apart so that nothing of the tree is still reachable once it returns. */
function modelOf(source: { uri: string; text: string; dialect: Dialect }, host: EngineHost): { ruleset: Ruleset; syntax: Problem[] } {
  const file: ParsedFile = { ...source, tree: parse(source.dialect, source.text) };
  try {
    return { ruleset: buildRuleset(file, host), syntax: syntaxProblems(file.tree, file.uri) };
  } finally {
    file.tree.delete();
  }
}

/**
 * The model and every problem except those of the deferred (costly) rules: what the server publishes first after an
 * edit. `completeCheck` adds the rest on the same model.
 */
export function quickCheck(file: ParsedFile, host: EngineHost): CheckResult {
  const ruleset = buildRuleset(file, host);
  return quickOf(ruleset, syntaxProblems(file.tree, file.uri));
}

/** The quick check of a built model: its syntax problems, the model's own and the quick rules', sorted. */
function quickOf(ruleset: Ruleset, syntax: Problem[]): CheckResult {
  const problems = [...syntax, ...ruleset.problems, ...runDiagnostics(ruleset, 'quick')];
  problems.sort(compareProblems);
  return { ruleset, problems };
}

/** A quick check completed with the deferred rules' problems. */
export function completeCheck(quick: CheckResult): CheckResult {
  const deferred = runDiagnostics(quick.ruleset, 'deferred');
  if (deferred.length === 0) return quick;
  return { ruleset: quick.ruleset, problems: [...quick.problems, ...deferred].sort(compareProblems) };
}

/** Problems by file, position and code (equal strings are told apart without the cost of a collation). */
function compareProblems(a: Problem, b: Problem): number {
  const x = a.location.range.start;
  const y = b.location.range.start;
  return compareText(a.location.uri, b.location.uri) || x.line - y.line || x.character - y.character
    || compareText(a.code, b.code);
}

function compareText(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}
