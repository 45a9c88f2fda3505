/** Diagnostics fixtures: expected findings are written as `# ^^^ code` comments under the line they concern. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dialect } from '../../server/src/model/types';
import { fixture } from './fixture';

/** Checks that the problems of a fixture (codes and line/column spans) are exactly those its annotations announce. */
async function check(dialect: Dialect, source: string, codes: readonly string[]): Promise<void> {
  const { file, result } = await fixture(dialect, source);
  file.tree.delete();
  const expected: string[] = [];
  source.split('\n').forEach((line, index) => {
    const m = /^(\s*)#(\s*)(\^+) (\S+)/.exec(line);
    if (m) expected.push(`${index - 1}:${m[1].length + 1 + m[2].length}-${m[3].length} ${m[4]}`);
  });
  const actual = result.problems
    .filter((p) => codes.includes(p.code))
    .map((p) => `${p.location.range.start.line}:${p.location.range.start.character}-${p.location.range.end.character - p.location.range.start.character} ${p.code}`);
  assert.deepEqual(actual.sort(), expected.sort());
}

test('nft jump loop reachable from a base chain is reported at the closing jump', async () => {
  await check('nftables', `table inet t {
  chain input {
    type filter hook input priority 0;
    jump a
  }
  chain a {
    jump b
  }
  chain b {
    jump a
#   ^^^^^^ jump-loop
  }
}
`, ['jump-loop']);
});

test('iptables jump loop between user chains', async () => {
  await check('iptables', `*filter
:INPUT ACCEPT [0:0]
:A - [0:0]
:B - [0:0]
-A INPUT -j A
-A A -j B
-A B -p tcp -j A
#           ^^^^ jump-loop
COMMIT
`, ['jump-loop']);
});

test('no loop for a chain jumped to twice (a diamond)', async () => {
  await check('nftables', `table ip t {
  chain input { type filter hook input priority 0; jump a; jump b; }
  chain a { jump c }
  chain b { jump c }
  chain c { accept }
}
`, ['jump-loop']);
});

test('undefined chain with a suggestion', async () => {
  const { file, result } = await fixture('nftables', 'table ip t {\n  chain input { type filter hook input priority 0; jump alow }\n  chain allow { accept }\n}\n');
  file.tree.delete();
  const problem = result.problems.find((p) => p.code === 'undefined-chain');
  assert.ok(problem);
  assert.match(problem.message, /Did you mean 'allow'/);
});

test('iptables built-in chains need no declaration; user chains do', async () => {
  await check('iptables', `*filter
-A FORWARD -j ACCEPT
-A MISSING -j ACCEPT
#  ^^^^^^^ undefined-chain
COMMIT
`, ['undefined-chain']);
});

test('iptables table without COMMIT', async () => {
  await check('iptables', `*nat
#^^^ missing-commit
-A PREROUTING -j ACCEPT
`, ['missing-commit']);
});
