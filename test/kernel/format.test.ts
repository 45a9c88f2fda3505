// Formatting in front of the kernel: the original and the formatted text load and list back the same ruleset, and
// a file nft refuses for its layout (CRLF line ends, `accept }`) loads once formatted.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { kernelListingsAgree } from '../../scripts/lib/format-kernel';
import { formatText } from '../../server/src/features/format';
import type { Dialect as ModelDialect } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';
import { kernelAvailable, loadRuleset, type Dialect } from './index';

const available = kernelAvailable();
const skip = available.ok ? false : `kernel harness unavailable: ${available.reason ?? ''}`;

async function format(dialect: ModelDialect, text: string): Promise<string> {
  await initParsers();
  const file = { uri: 'file:///f', text, dialect, tree: parse(dialect, text) };
  try {
    return formatText(file);
  } finally {
    file.tree.delete();
  }
}

const SAME: [string, Dialect, string][] = [
  ['nft one-liners, maps, concatenations, comments', 'nftables',
    'define admins = { 10.0.0.1,   10.0.0.2 }  # who\ntable inet t { set s { type ipv4_addr . inet_service; flags interval; elements = {10.0.0.0/8 . 22,192.168.0.0/16 . 80} }\n' +
    'map m { type ifname:verdict; elements = { "lo":accept, "eth0" :jump c } }\nchain c { counter; }\n' +
    'chain input { type filter hook input priority filter + 5; policy drop; ip saddr . tcp dport @s accept; ip saddr $admins   ct state established,related accept; iifname vmap @m; }\n}\n'],
  ['nft multi-line set and a line continuation', 'nftables',
    'table ip t {\n chain c {\n  tcp dport {\n   22,   # ssh\n   80,\n  } \\\n   accept\n }\n}\n'],
  ['iptables spacing and blank lines', 'iptables',
    '*filter\n:INPUT   DROP [0:0]\n\n\n-A INPUT  -p tcp\t--dport 22   -m comment --comment "a  b" -j ACCEPT   \nCOMMIT\n'],
];

describe('kernel: formatting keeps the loaded ruleset', { skip }, () => {
  for (const [name, dialect, text] of SAME) {
    it(name, async () => {
      const formatted = await format(dialect === 'nftables' ? 'nftables' : 'iptables', text);
      assert.notEqual(formatted, text, 'the fixture is not already formatted');
      const verdict = await kernelListingsAgree(text, formatted, dialect);
      assert.ok(verdict.compared, verdict.detail);
      assert.ok(verdict.agreed, verdict.detail);
    });
  }

  it('nft refuses CRLF line ends and an item right before `}`; the formatted text loads', async () => {
    const text = 'table ip t {\r\n\tchain c {\r\n\t\taccept }\r\n}\r\n';
    assert.equal((await loadRuleset('nftables', text)).ok, false);
    const loaded = await loadRuleset('nftables', await format('nftables', text));
    assert.ok(loaded.ok, loaded.stderr);
  });
});
