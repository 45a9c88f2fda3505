/**
 * The kernel differential for diagnostics: a fixture that nfrules flags with an error code must also be refused by
 * a real load into a throwaway namespace, and its quick-fixed version must load. Each area adds its cases to a
 * `test/kernel/diagnostics-*.test.ts` file through `differentialCase`.
 */
import { strict as assert } from 'node:assert';
import { checkFile } from '../../../server/src/engine/check';
import { NO_FILES } from '../../../server/src/engine/source';
import { codeFixes } from '../../../server/src/features/code-actions';
import { applyEdits } from '../../../server/src/features/ranges';
import type { Problem } from '../../../server/src/model/types';
import { initParsers, parse } from '../../../server/src/syntax/parser';
import { loadRuleset, type Dialect } from './load';

export interface DifferentialCase {
  /** What the case shows, e.g. "TPROXY in the filter table". */
  name: string;
  dialect: Dialect;
  text: string;
  /** The error code nfrules must report. */
  code: string;
  /** What the kernel's refusal must say (so a case cannot pass because the fixture is broken some other way). */
  kernelSays: RegExp;
  /** Title of the quick fix whose result must load (omit when the code has no fix). */
  fix?: RegExp;
}

export interface DifferentialOutcome {
  problem: Problem;
  kernelError: string;
  fixedText?: string;
}

async function problemsOf(dialect: Dialect, text: string): Promise<{ problems: Problem[]; fixes: (p: Problem) => ReturnType<typeof codeFixes> }> {
  await initParsers();
  const engineDialect = dialect === 'nftables' ? 'nftables' : 'iptables';
  const file = { uri: `file:///differential.${engineDialect === 'nftables' ? 'nft' : 'rules'}`, text, dialect: engineDialect, tree: parse(engineDialect, text) } as const;
  const result = checkFile(file, NO_FILES);
  const fixes = (p: Problem): ReturnType<typeof codeFixes> => codeFixes(result, file, p.location.range).filter((f) => f.problem === p);
  const problems = result.problems;
  // Fixes are computed eagerly so the tree can be freed before the caller awaits anything.
  const computed = new Map(problems.map((p) => [p, fixes(p)]));
  file.tree.delete();
  return { problems, fixes: (p) => computed.get(p) ?? [] };
}

/** Runs one case: nfrules flags it with the code as an error, the kernel refuses it, and the fixed text loads. */
export async function differentialCase(c: DifferentialCase): Promise<DifferentialOutcome> {
  const { problems, fixes } = await problemsOf(c.dialect, c.text);
  const problem = problems.find((p) => p.code === c.code);
  assert.ok(problem, `nfrules does not report ${c.code} for "${c.name}": ${problems.map((p) => p.code).join(', ') || 'no problems'}`);
  assert.equal(problem.severity, 'error', `${c.code} is reported as ${problem.severity}, not as an error`);
  const loaded = await loadRuleset(c.dialect, c.text);
  assert.equal(loaded.ok, false, `the kernel loaded "${c.name}", which nfrules calls ${c.code}`);
  assert.match(loaded.stderr, c.kernelSays, `the kernel refused "${c.name}" for another reason`);
  const outcome: DifferentialOutcome = { problem, kernelError: loaded.stderr.trim() };
  if (c.fix) {
    const fix = fixes(problem).find((f) => c.fix?.test(f.title));
    assert.ok(fix, `no fix matching ${c.fix} for ${c.code}`);
    const fixedText = applyEdits(c.text, fix.edits);
    const after = await problemsOf(c.dialect, fixedText);
    assert.deepEqual(after.problems.filter((p) => p.severity === 'error').map((p) => `${p.code}: ${p.message}`), [], `errors remain after the fix:\n${fixedText}`);
    const reloaded = await loadRuleset(c.dialect, fixedText);
    assert.equal(reloaded.ok, true, `the fixed text does not load: ${reloaded.stderr}\n${fixedText}`);
    outcome.fixedText = fixedText;
  }
  return outcome;
}
