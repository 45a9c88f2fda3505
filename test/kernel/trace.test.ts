// The kernel's own traversal of small rulesets: which rules matched, in order, and how each packet ended.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { kernelAvailable, PacketSpec, traceRuleset, TraceResult, FW_CLIENT_IF } from './index';

const available = kernelAvailable();
const skip = available.ok ? false : `kernel harness unavailable: ${available.reason ?? ''}`;

/** One expected event: "table chain #index verdict", or "table chain policy verdict", or "table chain return …". */
function steps(result: TraceResult): string[] {
  return result.events.map((e) => {
    if (e.policy) return `${e.table} ${e.chain} policy ${e.verdict ?? ''}`;
    if (e.kind === 'return') return `${e.table} ${e.chain} return ${e.verdict ?? ''}`;
    return `${e.table} ${e.chain} #${e.ruleIndex ?? '?'} ${e.verdict ?? ''}`;
  });
}

async function timed(name: string, run: () => Promise<TraceResult[]>): Promise<TraceResult[]> {
  const start = process.hrtime.bigint();
  const results = await run();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`# ${name}: ${results.length} packets in ${ms.toFixed(0)} ms`);
  return results;
}

const NFT = `table inet t1 {
  chain first {
    type filter hook input priority 0; policy accept;
    tcp dport 22 jump ssh
    tcp dport 23 goto telnet
    udp dport 53 drop
    accept
  }
  chain second {
    type filter hook input priority 10; policy drop;
    iifname "${FW_CLIENT_IF}" counter
    tcp dport 22 accept
  }
  chain ssh {
    ip saddr 198.18.0.99 drop
    counter
  }
  chain telnet {
    counter return
  }
}
`;

describe('kernel traces', { skip }, () => {
  it('nft: two base chains at one hook, jump with implicit return, goto, drop', async () => {
    const packets: PacketSpec[] = [
      { family: 'ip', protocol: 'tcp', dport: 22, origin: 'network' },
      { family: 'ip', protocol: 'tcp', dport: 23, origin: 'network' },
      { family: 'ip', protocol: 'udp', dport: 53, origin: 'network' },
      { family: 'ip6', protocol: 'tcp', dport: 22, origin: 'network' },
    ];
    const [ssh, telnet, dns, ssh6] = await timed('nft', () => traceRuleset({ dialect: 'nftables', text: NFT, packets }));
    // Falling off the end of a user chain leaves no event of its own: the next event is back in the caller.
    const sshSteps = [
      't1 first #0 jump ssh', 't1 ssh #1 continue', 't1 first #3 accept',
      't1 second #0 continue', 't1 second #1 accept',
    ];
    assert.deepEqual(steps(ssh), sshSteps);
    assert.deepEqual(ssh.outcome, { verdict: 'accepted', hook: 'input', fate: 'delivered' });
    // A goto does not come back: the end of `telnet` (explicit return) ends `first` with its policy.
    assert.deepEqual(steps(telnet), [
      't1 first #1 goto telnet', 't1 telnet #0 return', 't1 first policy accept', 't1 second #0 continue',
      't1 second policy drop',
    ]);
    assert.deepEqual(telnet.outcome, { verdict: 'dropped', hook: 'input', fate: 'dropped' });
    assert.deepEqual(steps(dns), ['t1 first #2 drop']);
    assert.deepEqual(steps(ssh6), sshSteps);
  });

  it('iptables: filter INPUT with a user chain and a LOG rule; forward and local output', async () => {
    const text = `*filter
:INPUT DROP [0:0]
:FORWARD ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:SVC - [0:0]
-A INPUT -p tcp -j SVC
-A INPUT -p udp -j LOG --log-prefix "in: "
-A SVC -p tcp --dport 22 -j ACCEPT
-A SVC -p tcp --dport 80 -j REJECT
-A FORWARD -p tcp --dport 443 -j DROP
-A OUTPUT -p udp -j ACCEPT
COMMIT
`;
    const packets: PacketSpec[] = [
      { family: 'ip', protocol: 'tcp', dport: 22, origin: 'network' },
      { family: 'ip', protocol: 'tcp', dport: 80, origin: 'network' },
      { family: 'ip', protocol: 'udp', dport: 5000, origin: 'network' },
      { family: 'ip', protocol: 'tcp', dport: 443, origin: 'network', destination: 'forward' },
      { family: 'ip', protocol: 'udp', dport: 53, origin: 'local' },
    ];
    const [ssh, web, udp, fwd, out] = await timed('iptables', () => traceRuleset({ dialect: 'iptables', text, packets }));
    assert.deepEqual(steps(ssh), ['filter INPUT #0 jump SVC', 'filter SVC #0 accept']);
    assert.equal(ssh.events[0].family, 'ip');
    assert.deepEqual(steps(web), ['filter INPUT #0 jump SVC', 'filter SVC #1 drop']);
    assert.deepEqual(steps(udp), ['filter INPUT #1 continue', 'filter INPUT policy drop']);
    assert.deepEqual(steps(fwd), ['filter FORWARD #0 drop']);
    assert.deepEqual(fwd.outcome, { verdict: 'dropped', hook: 'forward', fate: 'dropped' });
    assert.deepEqual(steps(out), ['filter OUTPUT #0 accept']);
    assert.deepEqual(out.outcome, { verdict: 'accepted', hook: 'postrouting', fate: 'sent' });
  });

  it('ip6tables: a forward chain and conntrack state from a reply sent from the server side', async () => {
    const text = `*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A FORWARD -i veth-c -p udp --dport 53 -j ACCEPT
COMMIT
`;
    const packets: PacketSpec[] = [
      { family: 'ip6', protocol: 'udp', dport: 53, sport: 5353, origin: 'network', destination: 'forward' },
      { family: 'ip6', protocol: 'udp', sport: 53, dport: 5353, origin: 'network', destination: 'forward', via: 'server' },
      { family: 'ip6', protocol: 'udp', sport: 53, dport: 5354, origin: 'network', destination: 'forward', via: 'server' },
    ];
    const [query, reply, stray] = await timed('ip6tables', () => traceRuleset({ dialect: 'ip6tables', text, packets }));
    assert.deepEqual(steps(query), ['filter FORWARD #1 accept']);
    assert.equal(query.events[0].family, 'ip6');
    assert.deepEqual(query.outcome.fate, 'forwarded');
    assert.deepEqual(steps(reply), ['filter FORWARD #0 accept']);
    assert.deepEqual(steps(stray), ['filter FORWARD policy drop']);
  });
});
