// Facts about the kernel that the product's diagnostics rely on, each checked by a real load in a fresh namespace.
// The measured verdicts and messages are recorded in test/kernel/FACTS.md.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Dialect, kernelAvailable, loadRuleset } from './index';

const available = kernelAvailable();
const skip = available.ok ? false : `kernel harness unavailable: ${available.reason ?? ''}`;

interface Fact {
  name: string;
  dialect: Dialect;
  text: string;
  /** Expected outcome of a real load; when rejected, a piece of the kernel's message. */
  load: true | string;
  /** Expected outcome of `nft -c` / `iptables-restore --test` (the lenient path). */
  check: boolean;
}

const FACTS: Fact[] = [
  {
    name: 'nft jump loop reachable from a base chain',
    dialect: 'nftables',
    text: 'table ip x {\nchain i { type filter hook input priority 0; jump a; }\nchain a { jump b; }\nchain b { jump a; }\n}\n',
    load: 'Too many links',
    check: true,
  },
  {
    name: 'nft jump loop between user chains no base chain reaches (not validated)',
    dialect: 'nftables',
    text: 'table ip x {\nchain a { jump b; }\nchain b { jump a; }\n}\n',
    load: true,
    check: true,
  },
  {
    name: 'nft tproxy in a filter input chain',
    dialect: 'nftables',
    text: 'table ip x {\nchain i { type filter hook input priority 0; meta l4proto tcp tproxy to :1234; }\n}\n',
    load: 'Operation not supported',
    check: true,
  },
  {
    name: 'nft masquerade in a filter chain',
    dialect: 'nftables',
    text: 'table ip x {\nchain i { type filter hook postrouting priority 0; masquerade; }\n}\n',
    load: 'Operation not supported',
    check: true,
  },
  {
    name: 'nft masquerade in a nat postrouting chain (the fix)',
    dialect: 'nftables',
    text: 'table ip x {\nchain i { type nat hook postrouting priority 100; masquerade; }\n}\n',
    load: true,
    check: true,
  },
  {
    name: 'nft user chain with a policy',
    dialect: 'nftables',
    text: 'table ip x {\nchain u { policy drop; }\n}\n',
    load: 'Operation not supported',
    check: false,
  },
  {
    name: 'nft log prefix of 128 characters',
    dialect: 'nftables',
    text: `table ip x {\nchain i { type filter hook input priority 0; log prefix "${'x'.repeat(128)}"; }\n}\n`,
    load: 'Numerical result out of range',
    check: false,
  },
  {
    name: 'nft log prefix of 127 characters',
    dialect: 'nftables',
    text: `table ip x {\nchain i { type filter hook input priority 0; log prefix "${'x'.repeat(127)}"; }\n}\n`,
    load: true,
    check: true,
  },
  {
    name: 'iptables TPROXY in filter INPUT',
    dialect: 'iptables',
    text: '*filter\n-A INPUT -p tcp -j TPROXY --on-port 1234\nCOMMIT\n',
    load: 'RULE_APPEND failed (Invalid argument): rule in chain INPUT',
    check: true,
  },
  {
    name: 'iptables TPROXY in mangle PREROUTING (the fix)',
    dialect: 'iptables',
    text: '*mangle\n-A PREROUTING -p tcp -j TPROXY --on-port 1234 --tproxy-mark 0x1/0x1\nCOMMIT\n',
    load: true,
    check: true,
  },
  {
    name: 'iptables MASQUERADE in nat PREROUTING',
    dialect: 'iptables',
    text: '*nat\n-A PREROUTING -j MASQUERADE\nCOMMIT\n',
    load: 'RULE_APPEND failed (Invalid argument): rule in chain PREROUTING',
    check: true,
  },
  {
    name: 'iptables DNAT in nat POSTROUTING',
    dialect: 'iptables',
    text: '*nat\n-A POSTROUTING -p tcp -j DNAT --to-destination 198.18.1.2\nCOMMIT\n',
    load: 'RULE_APPEND failed (Invalid argument): rule in chain POSTROUTING',
    check: true,
  },
  {
    name: 'iptables REJECT in mangle PREROUTING',
    dialect: 'iptables',
    text: '*mangle\n-A PREROUTING -p tcp -j REJECT\nCOMMIT\n',
    load: 'RULE_APPEND failed (Invalid argument): rule in chain PREROUTING',
    check: true,
  },
  {
    name: 'iptables jump loop',
    dialect: 'iptables',
    text: '*filter\n:A - [0:0]\n:B - [0:0]\n-A INPUT -j A\n-A A -j B\n-A B -j A\nCOMMIT\n',
    load: 'RULE_APPEND failed (Too many links): rule in chain B',
    check: true,
  },
  {
    name: 'ip6tables MASQUERADE in nat PREROUTING',
    dialect: 'ip6tables',
    text: '*nat\n-A PREROUTING -j MASQUERADE\nCOMMIT\n',
    load: 'RULE_APPEND failed (Invalid argument): rule in chain PREROUTING',
    check: true,
  },
];

describe('kernel facts: real loads', { skip }, () => {
  for (const fact of FACTS) {
    it(fact.name, async () => {
      const loaded = await loadRuleset(fact.dialect, fact.text);
      if (fact.load === true) assert.ok(loaded.ok, loaded.stderr);
      else {
        assert.equal(loaded.ok, false, 'the kernel accepted it');
        assert.ok(loaded.stderr.includes(fact.load), loaded.stderr);
      }
      const checked = await loadRuleset(fact.dialect, fact.text, { check: true });
      assert.equal(checked.ok, fact.check, `check path: ${checked.stderr}`);
    });
  }

  it('nested user chains: 15 below a base chain load, 16 do not (nft and iptables-nft)', async () => {
    assert.equal(await deepestLoadable('nftables'), 15);
    assert.equal(await deepestLoadable('iptables'), 15);
    const tooDeep = await loadRuleset('nftables', nestedNft(16));
    assert.ok(tooDeep.stderr.includes('Too many links'), tooDeep.stderr);
  });

  it('iptables LOG prefix over 29 characters is truncated to 29, not rejected (nft and legacy)', async () => {
    const prefix = '123456789012345678901234567890ABC';
    const text = `*filter\n-A INPUT -j LOG --log-prefix "${prefix}"\nCOMMIT\n`;
    for (const legacy of [false, true]) {
      const loaded = await loadRuleset('iptables', text, { legacy, readBack: true });
      assert.ok(loaded.ok, loaded.stderr);
      assert.match(loaded.listing ?? '', /--log-prefix "?12345678901234567890123456789"?\n/);
    }
  });

  it('a user chain with a policy: iptables-nft ignores it, iptables-legacy rejects it', async () => {
    const text = '*filter\n:USR DROP [0:0]\nCOMMIT\n';
    const nft = await loadRuleset('iptables', text, { readBack: true });
    assert.ok(nft.ok, nft.stderr);
    assert.match(nft.listing ?? '', /^:USR - \[0:0\]$/m);
    const legacy = await loadRuleset('iptables', text, { legacy: true });
    assert.equal(legacy.ok, false);
    assert.ok(legacy.stderr.includes("Can't set policy `DROP' on `USR'"), legacy.stderr);
  });
});

async function deepestLoadable(dialect: 'nftables' | 'iptables'): Promise<number> {
  let deepest = 0;
  for (let depth = 13; depth <= 17; depth += 1) {
    const text = dialect === 'nftables' ? nestedNft(depth) : nestedIptables(depth);
    if ((await loadRuleset(dialect, text)).ok) deepest = depth;
  }
  return deepest;
}

// A base chain jumping into `depth` user chains, each jumping to the next.
function nestedNft(depth: number): string {
  const chains = Array.from({ length: depth }, (_, i) =>
    i + 1 < depth ? `chain c${i + 1} { jump c${i + 2}; }` : `chain c${i + 1} { accept; }`);
  return `table ip x {\nchain i { type filter hook input priority 0; jump c1; }\n${chains.join('\n')}\n}\n`;
}

function nestedIptables(depth: number): string {
  const names = Array.from({ length: depth }, (_, i) => `C${i + 1}`);
  const jumps = names.map((n, i) => (i + 1 < depth ? `-A ${n} -j ${names[i + 1]}` : `-A ${n} -j ACCEPT`));
  return ['*filter', ...names.map((n) => `:${n} - [0:0]`), '-A INPUT -j C1', ...jumps, 'COMMIT', ''].join('\n');
}
