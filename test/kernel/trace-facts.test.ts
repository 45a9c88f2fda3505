// Kernel behaviours the traversal simulator models, each measured on its own (see FACTS.md, "Traversal"), with the
// simulator's answer compared on the same packets.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { kernelAvailable } from './index';
import { compareCase, type PacketComparison } from './lib/trace-differential';
import type { DiffCase, DiffPacket } from './lib/trace-generator';

const available = kernelAvailable();
const skip = available.ok ? false : `kernel harness unavailable: ${available.reason ?? ''}`;

const udp = (extra: Partial<DiffPacket['spec']> = {}): DiffPacket => ({ spec: { family: 'ip', protocol: 'udp', origin: 'network', ...extra } });

async function measure(name: string, text: string, packets: DiffPacket[]): Promise<PacketComparison[]> {
  const c: DiffCase = { name, files: [{ dialect: 'nftables', text }], packets };
  const results = await compareCase(c);
  for (const r of results) assert.deepEqual(r.simulated, r.kernel, `${name}, packet ${r.index}: the simulator disagrees`);
  return results;
}

describe('traversal facts', { skip }, () => {
  it('nat chains run at the NAT core priority (-100 / 100), whatever their own priority', async () => {
    const [r] = await measure('nat core priority', `table ip t {
\tchain nat10 { type nat hook prerouting priority 10; policy accept; ip daddr 192.0.2.99 dnat to 192.0.2.98; counter; }
\tchain filter0 { type filter hook prerouting priority 0; policy accept; counter; }
\tchain filterm150 { type filter hook prerouting priority -150; policy accept; counter; }
}
`, [udp()]);
    assert.deepEqual(r.kernel.map((s) => s.split(' ')[2] ?? s), ['filterm150', 'filterm150', 'nat10', 'nat10', 'filter0', 'filter0', 'fate delivered']);
  });

  it('nat chains do not run when nothing turns connection tracking on', async () => {
    const [r] = await measure('nat without conntrack', `table ip t {
\tchain nat { type nat hook prerouting priority dstnat; policy accept; counter; }
\tchain in { type filter hook input priority 0; policy accept; counter; }
}
`, [udp()]);
    assert.ok(!r.kernel.some((s) => s.includes(' nat ')), r.kernel.join(' | '));
  });

  it('at equal priority the chain registered later runs first', async () => {
    const [r] = await measure('equal priority', `table ip first {
	chain c { type filter hook input priority 0; policy accept; counter; }
}
table ip second {
	chain c { type filter hook input priority 0; policy accept; counter; }
}
`, [udp()]);
    assert.deepEqual(r.kernel.map((s) => s.split(' ')[1]), ['second', 'second', 'first', 'first', 'delivered']);
  });

  it('a connection gets a null binding at every NAT hook: over lo, the way back in skips the nat chains', async () => {
    const [r] = await measure('null binding', `table ip t {
\tchain pre { type nat hook prerouting priority dstnat; policy accept; counter; }
\tchain in { type nat hook input priority 100; policy accept; counter; }
\tchain probe { type filter hook input priority 0; policy accept; ct state new counter; }
}
`, [udp({ origin: 'local', destination: 'local' })]);
    assert.deepEqual(r.kernel, ['ip t probe #0 continue', 'ip t probe policy accept', 'fate delivered']);
  });

  it('ct state is invalid before connection tracking (priority -200), and a bare ACK starts a new connection', async () => {
    const results = await measure('ct state before conntrack', `table inet t {
\tchain raw { type filter hook prerouting priority raw; policy accept; ct state invalid counter; ct state new counter; }
\tchain in { type filter hook input priority 0; policy accept; ct state new counter; ct state invalid counter; }
}
`, [udp(), { spec: { family: 'ip', protocol: 'tcp', origin: 'network', tcpFlags: 'A', sport: 40001 } }, { spec: { family: 'ip', protocol: 'tcp', origin: 'network', tcpFlags: 'SA', sport: 40002 } }]);
    assert.deepEqual(results.map((r) => r.kernel.filter((s) => s.includes('#')).join(', ')), [
      'inet t raw #0 continue, inet t in #0 continue', 'inet t raw #0 continue, inet t in #0 continue', 'inet t raw #0 continue, inet t in #1 continue',
    ]);
  });

  it('a locally generated packet has no input device at output and postrouting', async () => {
    const [r] = await measure('no input device on the way out', `table inet t {
\tchain post { type filter hook postrouting priority 0; policy accept; iifname "veth-s" counter; iifname != "veth*" counter; }
}
`, [udp({ origin: 'local' })]);
    assert.deepEqual(r.kernel, ['inet t post #1 continue', 'inet t post policy accept', 'fate sent']);
  });

  it('notrack after connection tracking has no effect', async () => {
    const [r] = await measure('late notrack', `table inet t {
\tchain late { type filter hook prerouting priority 0; policy accept; notrack; }
\tchain in { type filter hook input priority 0; policy accept; ct state untracked counter; ct state new counter; }
}
`, [udp()]);
    assert.deepEqual(r.kernel.filter((s) => s.includes('#')), ['inet t late #0 continue', 'inet t in #1 continue']);
  });
});
