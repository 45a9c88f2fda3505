/** Test helpers: inline fixtures with a cursor marker `┃` (a character neither grammar can produce). */
import assert from 'node:assert/strict';
import { checkFile, type CheckResult } from '../../server/src/engine/check';
import { codeFixes } from '../../server/src/features/code-actions';
import { applyEdits } from '../../server/src/features/ranges';
import { NO_FILES, type ParsedFile } from '../../server/src/engine/source';
import type { Dialect, Position } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';

export const CURSOR = '┃';

/** Parses a fixture, removing the cursor marker; returns the file, its check and the cursor position. */
export async function fixture(dialect: Dialect, source: string): Promise<{ file: ParsedFile; result: CheckResult; cursor: Position }> {
  await initParsers();
  const offset = source.indexOf(CURSOR);
  const text = source.replace(CURSOR, '');
  const before = text.slice(0, Math.max(0, offset)).split('\n');
  const cursor = { line: before.length - 1, character: before[before.length - 1].length };
  const file: ParsedFile = { uri: `file:///fixture.${dialect === 'nftables' ? 'nft' : 'rules'}`, text, dialect, tree: parse(dialect, text) };
  return { file, result: checkFile(file, NO_FILES), cursor };
}

/**
 * Applies the fix titled like `title` for the first `code` problem of `source`; returns the new text after checking
 * that the code is gone and no syntax error appeared.
 */
export async function fixResult(dialect: Dialect, source: string, code: string, title: RegExp): Promise<string> {
  const before = await fixture(dialect, source);
  before.file.tree.delete();
  const problem = before.result.problems.find((p) => p.code === code);
  assert.ok(problem, `no ${code} problem in the fixture`);
  const fixes = codeFixes(before.result, before.file, problem.location.range).filter((f) => f.problem === problem);
  const fix = fixes.find((f) => title.test(f.title));
  assert.ok(fix, `no fix matching ${title}: ${fixes.map((f) => f.title).join(', ')}`);
  const text = applyEdits(before.file.text, fix.edits.filter((e) => e.uri === before.file.uri));
  const after = await fixture(dialect, text);
  after.file.tree.delete();
  assert.deepEqual(after.result.problems.filter((p) => p.code === 'syntax').map((p) => p.message), [], text);
  const left = after.result.problems.filter((p) => p.code === code && p.message === problem.message);
  assert.equal(left.length, 0, `the ${code} problem is still there after the fix:\n${text}`);
  return text;
}

