/** ct-before-conntrack, notrack-too-late and notrack-asymmetric: where a chain runs relative to conntrack. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dialect } from '../../server/src/model/types';
import { fixture, fixResult } from './fixture';

const CODES = ['ct-before-conntrack', 'notrack-too-late', 'notrack-asymmetric'];

/** The codes found on each line (0-based), sorted, for the codes of this file. */
async function findings(dialect: Dialect, source: string): Promise<string[]> {
  const { file, result } = await fixture(dialect, source);
  file.tree.delete();
  return result.problems.filter((p) => CODES.includes(p.code)).map((p) => `${p.location.range.start.line} ${p.code}`).sort();
}

test('iptables: conntrack state in the raw table, directly and through a user chain', async () => {
  assert.deepEqual(await findings('iptables', `*raw
:PREROUTING ACCEPT [0:0]
:EARLY - [0:0]
-A PREROUTING -m conntrack --ctstate ESTABLISHED -j ACCEPT
-A PREROUTING -j EARLY
-A EARLY -m state --state NEW -j ACCEPT
COMMIT
*filter
:INPUT ACCEPT [0:0]
-A INPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT
COMMIT
`), ['3 ct-before-conntrack', '5 ct-before-conntrack']);
});

test('nft: ct state below priority -200 is too early; at -200 and above it is fine', async () => {
  assert.deepEqual(await findings('nftables', `table inet t {
  chain early {
    type filter hook prerouting priority raw;
    ct state established accept
  }
  chain mangle {
    type filter hook prerouting priority mangle;
    ct state established accept
  }
  chain in {
    type filter hook input priority -300;
    ct state established accept
  }
}
`), ['3 ct-before-conntrack']);
});

test('notrack after conntrack does nothing', async () => {
  assert.deepEqual(await findings('nftables', `table ip t {
  chain pre {
    type filter hook prerouting priority raw;
    udp dport 53 notrack
  }
  chain out {
    type filter hook output priority raw;
    udp sport 53 notrack
  }
  chain late {
    type filter hook prerouting priority filter;
    udp dport 123 notrack
  }
  chain in {
    type filter hook input priority -300;
    udp dport 124 notrack
  }
}
`), ['11 notrack-too-late', '15 notrack-too-late']);
});

test('notrack for queries without their replies is asymmetric; the mirror rule makes it symmetric', async () => {
  const asymmetric = `*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -p udp -m udp --dport 53 -j NOTRACK
-A PREROUTING -p udp -m udp --dport 123 -j CT --notrack
-A OUTPUT -p udp -m udp --sport 123 -j CT --notrack
-A PREROUTING -p tcp -j NOTRACK
COMMIT
`;
  assert.deepEqual(await findings('iptables', asymmetric), ['3 notrack-asymmetric']);
});

test('quick fix: the reply-direction notrack rule (iptables and nft)', async () => {
  const ipt = await fixResult('iptables', `*raw
:PREROUTING ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
-A PREROUTING -d 192.0.2.53/32 -p udp -m udp --dport 53 -j NOTRACK
COMMIT
`, 'notrack-asymmetric', /reply/);
  assert.match(ipt, /^-A OUTPUT -s 192\.0\.2\.53\/32 -p udp -m udp --sport 53 -j NOTRACK$/m);
  const nft = await fixResult('nftables', `table inet raw {
  chain pre {
    type filter hook prerouting priority raw; policy accept;
    ip daddr 192.0.2.53 udp dport 53 notrack
  }
}
`, 'notrack-asymmetric', /reply/);
  assert.match(nft, /type filter hook output priority raw;/);
  assert.match(nft, /ip saddr 192\.0\.2\.53 udp sport 53 notrack/);
});
