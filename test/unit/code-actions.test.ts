/**
 * Quick fixes: each fix applied to its fixture must remove the diagnostic it targets and leave a file that parses
 * without syntax errors. `fixResult` is the shared helper for every fix test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeFixes } from '../../server/src/features/code-actions';
import { applyEdits } from '../../server/src/features/ranges';
import type { Dialect } from '../../server/src/model/types';
import { fixture } from './fixture';

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

test('missing-commit: COMMIT is added at the end of the unclosed table', async () => {
  const text = await fixResult('iptables', '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j ACCEPT\n', 'missing-commit', /Add COMMIT/);
  assert.equal(text, '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -j ACCEPT\nCOMMIT\n');
});

test('missing-commit: a table followed by another table gets COMMIT before the next header', async () => {
  const text = await fixResult('iptables', '*nat\n-A PREROUTING -j ACCEPT\n*filter\n-A INPUT -j ACCEPT\nCOMMIT\n', 'missing-commit', /Add COMMIT/);
  assert.equal(text, '*nat\n-A PREROUTING -j ACCEPT\nCOMMIT\n*filter\n-A INPUT -j ACCEPT\nCOMMIT\n');
});

test('missing-commit: a file without a final newline', async () => {
  const text = await fixResult('iptables', '*filter\n-A INPUT -j ACCEPT', 'missing-commit', /Add COMMIT/);
  assert.equal(text, '*filter\n-A INPUT -j ACCEPT\nCOMMIT\n');
});
