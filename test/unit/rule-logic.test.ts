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

test('a stateful match decides nothing: rules after a rate limit are not claimed', async () => {
  await check('iptables', `*filter
:INPUT ACCEPT [0:0]
-A INPUT -p tcp -m limit --limit 5/second -j ACCEPT
-A INPUT -p tcp -m limit --limit 5/second -j ACCEPT
-A INPUT -m recent --name x --rcheck -j DROP
-A INPUT -m recent --name x --rcheck -j DROP
COMMIT
`);
});

test('a rule that changes the mark stops earlier rules from covering later ones that test it', async () => {
  await check('nftables', `table ip t {
  chain c {
    meta mark 1 drop
    meta mark set 1
    meta mark 1 drop
  }
}
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

test('iptables: a host rule below the rule for its network is redundant; an accept below a drop is shadowed', async () => {
  await check('iptables', `*filter
:INPUT DROP [0:0]
-A INPUT -s 192.0.2.0/24 -p tcp -m tcp --dport 22 -j ACCEPT
-A INPUT -s 192.0.2.7/32 -p tcp -m tcp --dport 22 -j ACCEPT
# ^ redundant-rule
-A INPUT -p tcp -m tcp --dport 1:1024 -j DROP
-A INPUT -p tcp -m tcp --dport 80 -j ACCEPT
# ^ shadowed-rule
-A INPUT -p udp -m udp --dport 80 -j ACCEPT
COMMIT
`);
});

test('several earlier rules together cover a rule (union, not pairwise)', async () => {
  await check('iptables', `*filter
:FORWARD ACCEPT [0:0]
-A FORWARD -s 10.0.0.0/9 -j DROP
-A FORWARD -s 10.128.0.0/9 -j DROP
-A FORWARD -s 10.1.2.3/32 -j ACCEPT
# ^ shadowed-rule
-A OUTPUT -p tcp -m multiport --dports 1:100,200:300 -j REJECT
-A OUTPUT -p tcp -m tcp --dport 101:199 -j REJECT
-A OUTPUT -p tcp -m tcp --dport 50:250 -j REJECT
# ^ redundant-rule
COMMIT
`);
});

test('negation: ! -s covers the complement, and the two halves cover everything', async () => {
  await check('iptables', `*filter
:INPUT ACCEPT [0:0]
-A INPUT ! -s 192.0.2.0/24 -p tcp -j DROP
-A INPUT -s 198.51.100.1/32 -p tcp -j ACCEPT
# ^ shadowed-rule
-A INPUT -s 192.0.2.0/24 -p tcp -j DROP
-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
# ^ shadowed-rule
COMMIT
`);
});

test('interfaces with a + wildcard', async () => {
  await check('iptables', `*filter
:FORWARD ACCEPT [0:0]
-A FORWARD -i eth+ -j DROP
-A FORWARD -i eth0 -p tcp -j ACCEPT
# ^ shadowed-rule
-A FORWARD -i wlan0 -j ACCEPT
COMMIT
`);
});

test('conntrack states: each packet has exactly one, so established,related and new,invalid cover all tracked packets', async () => {
  await check('iptables', `*filter
:INPUT ACCEPT [0:0]
-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A INPUT -m conntrack --ctstate NEW,INVALID -j DROP
-A INPUT -m conntrack --ctstate ESTABLISHED -p tcp -j DROP
# ^ shadowed-rule
-A INPUT -p tcp -j LOG
COMMIT
`);
});

test('tcp flags: --syn is SYN set with ACK, RST and FIN clear', async () => {
  await check('iptables', `*filter
:INPUT ACCEPT [0:0]
-A INPUT -p tcp -m tcp --tcp-flags SYN,RST,ACK,FIN SYN -j DROP
-A INPUT -p tcp -m tcp --syn -j ACCEPT
# ^ shadowed-rule
-A INPUT -p tcp -m tcp --tcp-flags SYN SYN -j ACCEPT
COMMIT
`);
});

test('nft: sets, ranges and the implicit protocol of tcp dport', async () => {
  await check('nftables', `table inet f {
  set admins {
    type ipv4_addr
    elements = { 192.0.2.1, 192.0.2.2 }
  }
  chain input {
    type filter hook input priority 0; policy drop;
    tcp dport { 22, 80, 443 } accept
    tcp dport 443 accept
#   ^ redundant-rule
    udp dport 443 accept
    ip saddr @admins drop
    ip saddr 192.0.2.2 tcp dport 8080 accept
#   ^ shadowed-rule
    ip6 saddr ::ffff:192.0.2.2 drop
  }
}
`);
});

test('nft: a set that rules fill at run time decides nothing', async () => {
  await check('nftables', `table ip f {
  set seen {
    type ipv4_addr
    flags dynamic
  }
  chain input {
    type filter hook input priority 0;
    ip saddr @seen drop
    ip saddr 192.0.2.1 accept
    add @seen { ip saddr }
  }
}
`);
});

test('nft: verdict map entries decide their keys', async () => {
  await check('nftables', `table inet f {
  chain input {
    type filter hook input priority 0;
    tcp dport vmap { 22 : accept, 23 : drop }
    tcp dport 23 accept
#   ^ shadowed-rule
    tcp dport 22 accept
#   ^ redundant-rule
    tcp dport 24 accept
  }
}
`);
});

test('a MARK rule between the rules stops the earlier one from covering a mark test', async () => {
  await check('iptables', `*mangle
:PREROUTING ACCEPT [0:0]
-A PREROUTING -m mark --mark 0x1 -j ACCEPT
-A PREROUTING -p tcp -j MARK --set-mark 0x1
-A PREROUTING -m mark --mark 0x1 -p tcp -j ACCEPT
-A PREROUTING -s 192.0.2.1/32 -j ACCEPT
-A PREROUTING -s 192.0.2.1/32 -j DROP
# ^ shadowed-rule
COMMIT
`);
});
