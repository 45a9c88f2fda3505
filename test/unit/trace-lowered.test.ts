// The simulator on models lowered from real text (both dialects): what the lowering records and what the kernel
// does must meet — statement order, protocol dependencies of verdict maps, NAT addresses, TPROXY.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { Dialect } from '../../server/src/model/types';
import { parsePacketSpec, tracePacket, type TraceResult } from '../../server/src/trace/index';
import { fixture } from './fixture';

async function trace(dialect: Dialect, text: string, packet: string, local: string[] = []): Promise<TraceResult> {
  const { file, result } = await fixture(dialect, text);
  file.tree.delete();
  return tracePacket([result.ruleset], parsePacketSpec(packet), { assume: 'match', localAddresses: local });
}

const matched = (r: TraceResult): string[] => r.steps.filter((s) => s.matched).map((s) => `${s.chain} ${s.rule ? `${s.rule.text} → ${s.verdict}` : `policy ${s.verdict}`}`);

describe('trace over lowered rulesets', () => {
  it('nft: a statement written before a match runs even when the match fails', async () => {
    const r = await trace('nftables', `table inet t {
\tchain pre { type filter hook prerouting priority 0; meta mark set 0x1 tcp dport 22 accept; }
\tchain in { type filter hook input priority 0; policy drop; meta mark 0x1 accept; }
}
`, 'udp 198.51.100.7:40000 > 192.0.2.1:53 iif eth0');
    assert.deepEqual(matched(r), ['pre policy accept', 'in meta mark 0x1 accept → accept']);
    assert.equal(r.steps[0].matched, false);
  });

  it("nft: the protocol of a verdict map's key is checked before the lookup", async () => {
    const r = await trace('nftables', `table inet t {
\tchain in { type filter hook input priority 0; policy accept; udp dport vmap { 8080 : drop }; }
}
`, 'tcp 198.51.100.7:40000 > 192.0.2.1:8080 iif eth0');
    assert.deepEqual(matched(r), ['in policy accept']);
  });

  it('nft: DNAT to a bracketed IPv6 address rewrites the destination, and routing follows it', async () => {
    const r = await trace('nftables', `table ip6 t {
\tchain pre { type nat hook prerouting priority dstnat; tcp dport 80 dnat to [2001:db8::99]:8080; }
\tchain fwd { type filter hook forward priority 0; policy drop; ip6 daddr 2001:db8::99 tcp dport 8080 accept; }
}
`, 'tcp [2001:db8:100::7]:40000 > [2001:db8::1]:80 iif eth0 S new', ['2001:db8::1']);
    assert.equal(r.delivered, 'forwarded');
    assert.deepEqual(matched(r).map((s) => s.split(' ')[0]), ['pre', 'fwd']);
  });

  it('iptables: the TPROXY + AnyIP example traces as in the write-up', async () => {
    const text = readFileSync(path.join(__dirname, '../../../examples/tproxy-anyip.rules.v4'), 'utf8');
    const syn = await trace('iptables', text, 'tcp 198.51.100.7:40000 > 198.18.100.5:80 iif eth0 S new');
    assert.deepEqual(matched(syn).map((s) => s.replace(/ -m multiport --dports 80,443| -p tcp/g, '')), [
      'PREROUTING -A PREROUTING -d 198.18.100.0/24 -j TPROXY --on-port 8080 --on-ip 127.0.0.1 --tproxy-mark 0x1/0x1 → accept',
      'INPUT policy accept',
      'INPUT -A INPUT -d 198.18.100.0/24 -m socket -j ACCEPT → accept',
    ]);
    assert.equal(syn.delivered, 'local');
    assert.match(syn.packetOut, /mark 0x1/);
    // A packet of the established connection finds the proxy's socket: -m socket --transparent sends it to DIVERT.
    const established = await trace('iptables', text, 'tcp 198.51.100.7:40000 > 198.18.100.5:80 iif eth0 A established', ['198.18.100.0/24']);
    assert.deepEqual(matched(established).slice(0, 3).map((s) => s.split(' → ')[1]), ['jump DIVERT', 'continue', 'accept']);
  });
});
