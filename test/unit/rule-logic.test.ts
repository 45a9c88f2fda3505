/**
 * Rule-logic diagnostics (unreachable, shadowed and redundant rules): fixtures with the expected findings annotated
 * under the rule they concern, and the cases where no claim may be made (soundness).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dialect } from '../../server/src/model/types';
import { fixture } from './fixture';

const CODES = ['unreachable-rule', 'shadowed-rule', 'redundant-rule'];

/** Checks that the rule-logic findings are exactly the `# ^ code` annotations (line and code; columns not checked). */
async function check(dialect: Dialect, source: string): Promise<void> {
  const { file, result } = await fixture(dialect, source);
  file.tree.delete();
  const expected: string[] = [];
  source.split('\n').forEach((line, index) => {
    const m = /^\s*#\s*\^+ (\S+)/.exec(line);
    if (m && CODES.includes(m[1])) expected.push(`${index - 1 - countAnnotationsAbove(source, index)} ${m[1]}`);
  });
  const actual = result.problems.filter((p) => CODES.includes(p.code)).map((p) => `${p.location.range.start.line} ${p.code}`);
  assert.deepEqual(actual.sort(), expected.sort());
}

/** Annotation lines directly above this one (several annotations may stack under one rule). */
function countAnnotationsAbove(source: string, index: number): number {
  const lines = source.split('\n');
  let n = 0;
  while (index - 1 - n >= 0 && /^\s*#\s*\^/.test(lines[index - 1 - n])) n++;
  return n;
}

test('iptables: rules after an unconditional ACCEPT are unreachable', async () => {
  await check('iptables', `*filter
:INPUT DROP [0:0]
-A INPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT
-A INPUT -j ACCEPT
-A INPUT -p tcp --dport 22 -j ACCEPT
# ^ unreachable-rule
-A INPUT -j LOG
# ^ unreachable-rule
COMMIT
`);
});

test('nft: rules after an unconditional drop are unreachable; a counter-only rule does not stop the chain', async () => {
  await check('nftables', `table inet t {
  chain input {
    type filter hook input priority 0;
    counter
    drop
    tcp dport 22 accept
#   ^ unreachable-rule
  }
}
`);
});

test('iptables: the same rule twice is redundant', async () => {
  await check('iptables', `*filter
:INPUT ACCEPT [0:0]
-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
# ^ redundant-rule
COMMIT
`);
});

test('iptables: the same matches with another verdict are shadowed', async () => {
  await check('iptables', `*filter
:INPUT ACCEPT [0:0]
-A INPUT -s 192.0.2.0/24 -j DROP
-A INPUT -s 192.0.2.0/24 -j ACCEPT
# ^ shadowed-rule
COMMIT
`);
});

test('a jump to a chain that may return does not cover; a jump to a chain that drops everything does', async () => {
  await check('iptables', `*filter
:INPUT ACCEPT [0:0]
:MAYBE - [0:0]
:BLACKHOLE - [0:0]
-A INPUT -p udp -j MAYBE
-A INPUT -p udp -j MAYBE
-A INPUT -p tcp -j BLACKHOLE
-A INPUT -p tcp -j ACCEPT
# ^ shadowed-rule
-A MAYBE -p udp --dport 53 -j ACCEPT
-A BLACKHOLE -j LOG
-A BLACKHOLE -j DROP
COMMIT
`);
});

test('goto ends the chain for the packets it matches', async () => {
  await check('nftables', `table inet t {
  chain input {
    type filter hook input priority 0;
    iifname "lo" goto loopback
    iifname "lo" accept
#   ^ shadowed-rule
  }
  chain loopback {
    counter
  }
}
`);
});

test('a shadowed rule names its covering rules and a witness packet', async () => {
  const { file, result } = await fixture('iptables', '*filter\n-A INPUT -p tcp -j DROP\n-A INPUT -p tcp -j ACCEPT\nCOMMIT\n');
  file.tree.delete();
  const problem = result.problems.find((p) => p.code === 'shadowed-rule');
  assert.ok(problem);
  assert.equal(problem.related?.length, 1);
  assert.equal(problem.related?.[0].location.range.start.line, 1);
  assert.match(problem.related?.[0].message ?? '', /^decides /);
  assert.equal(typeof problem.data?.witness, 'string');
});
