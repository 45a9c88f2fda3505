/** wrong-table, wrong-hook, jump-depth and unused-chain: fixtures annotated with `# ^^^ code` under the flagged text. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dialect } from '../../server/src/model/types';
import { fixture } from './fixture';

const CODES = ['wrong-table', 'wrong-hook', 'jump-depth', 'unused-chain'];

/** The findings of these codes must be exactly the annotated ones (line, column and length). */
async function check(dialect: Dialect, source: string): Promise<void> {
  const { file, result } = await fixture(dialect, source);
  file.tree.delete();
  const expected: string[] = [];
  const lines = source.split('\n');
  lines.forEach((line, index) => {
    const m = /^(\s*)#(\s*)(\^+) (\S+)/.exec(line);
    if (!m) return;
    let target = index - 1;
    while (target >= 0 && /^\s*#\s*\^/.test(lines[target])) target--;
    expected.push(`${target}:${m[1].length + 1 + m[2].length}-${m[3].length} ${m[4]}`);
  });
  const actual = result.problems.filter((p) => CODES.includes(p.code)).map((p) => {
    const r = p.location.range;
    return `${r.start.line}:${r.start.character}-${r.end.character - r.start.character} ${p.code}`;
  });
  assert.deepEqual(actual.sort(), expected.sort());
}

test('iptables: NAT, TPROXY and REJECT outside their tables', async () => {
  await check('iptables', `*filter
:INPUT ACCEPT [0:0]
-A INPUT -p tcp --dport 80 -j DNAT --to-destination 192.0.2.1
#                          ^^^^^^^ wrong-table
-A INPUT -p tcp --dport 81 -j TPROXY --on-port 3128
#                          ^^^^^^^^^ wrong-table
COMMIT
*mangle
:PREROUTING ACCEPT [0:0]
-A PREROUTING -p tcp -j REJECT
#                    ^^^^^^^^^ wrong-table
-A PREROUTING -p tcp --dport 81 -j TPROXY --on-port 3128
COMMIT
`);
});

test('iptables: a target in a user chain is checked against the base chains that reach it', async () => {
  await check('iptables', `*nat
:PREROUTING ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:WEB - [0:0]
:LATER - [0:0]
#^^^^^ unused-chain
-A PREROUTING -p tcp -j WEB
-A POSTROUTING -p tcp -j WEB
-A WEB -p tcp --dport 80 -j DNAT --to-destination 192.0.2.1
#                        ^^^^^^^ wrong-hook
-A LATER -p tcp --dport 80 -j DNAT --to-destination 192.0.2.1
COMMIT
`);
});

test('nft: tproxy outside prerouting, masquerade in a filter chain, both through a user chain', async () => {
  await check('nftables', `table inet t {
  chain input {
    type filter hook input priority 0;
    meta l4proto tcp tproxy to :3128
#                    ^^^^^^^^^^^^^^^ wrong-hook
    jump common
  }
  chain post {
    type filter hook postrouting priority 0;
    jump common
  }
  chain common {
    masquerade
#   ^^^^^^^^^^ wrong-table
  }
  chain orphan {
#       ^^^^^^ unused-chain
    masquerade
  }
  chain nat_post {
    type nat hook postrouting priority 100;
    masquerade
  }
}
`);
});

test('jump-depth: 15 nested user chains load, a 16th is refused (gotos count too)', async () => {
  const chains = (n: number, verb: string): string => Array.from({ length: n }, (_, i) => `  chain c${i + 1} {\n    ${i + 1 < n ? `${verb} c${i + 2}` : 'accept'}\n  }\n`).join('');
  const ok = await fixture('nftables', `table ip t {\n  chain base {\n    type filter hook input priority 0;\n    jump c1\n  }\n${chains(15, 'goto')}}\n`);
  ok.file.tree.delete();
  assert.equal(ok.result.problems.filter((p) => p.code === 'jump-depth').length, 0);
  const deep = await fixture('nftables', `table ip t {\n  chain base {\n    type filter hook input priority 0;\n    jump c1\n  }\n${chains(16, 'goto')}}\n`);
  deep.file.tree.delete();
  const problems = deep.result.problems.filter((p) => p.code === 'jump-depth');
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /16 user chains deep/);
  assert.equal(problems[0].related?.length, 16);
});
