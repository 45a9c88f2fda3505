// Kernel differential for the core diagnostics: what nfrules calls an error, the kernel refuses; fixed, it loads.
import { describe, it } from 'node:test';
import { kernelAvailable } from './index';
import { differentialCase, type DifferentialCase } from './lib/diagnostic-differential';

const available = kernelAvailable();
const skip = available.ok ? false : `kernel harness unavailable: ${available.reason ?? ''}`;

const CASES: DifferentialCase[] = [
  {
    name: 'nft jump loop reachable from a base chain', dialect: 'nftables', code: 'jump-loop', kernelSays: /Too many links/,
    text: 'table inet t {\n  chain input {\n    type filter hook input priority 0\n    jump a\n  }\n  chain a {\n    jump b\n  }\n  chain b {\n    jump a\n  }\n}\n',
  },
  {
    name: 'iptables jump loop reachable from INPUT', dialect: 'iptables', code: 'jump-loop', kernelSays: /Too many links/,
    text: '*filter\n:INPUT ACCEPT [0:0]\n:A - [0:0]\n:B - [0:0]\n-A INPUT -j A\n-A A -j B\n-A B -j A\nCOMMIT\n',
  },
  {
    name: 'iptables table without COMMIT', dialect: 'iptables', code: 'missing-commit', fix: /Add COMMIT/, kernelSays: /COMMIT expected/,
    text: '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp -j ACCEPT\n',
  },
  {
    name: 'nft jump to a chain that does not exist', dialect: 'nftables', code: 'undefined-chain', kernelSays: /No such file or directory/,
    text: 'table inet t {\n  chain input {\n    type filter hook input priority 0\n    jump nowhere\n  }\n}\n',
  },
  {
    name: 'iptables rule in an undeclared user chain', dialect: 'iptables', code: 'undefined-chain', kernelSays: /No chain\/target\/match by that name/,
    text: '*filter\n:INPUT ACCEPT [0:0]\n-A MISSING -j ACCEPT\nCOMMIT\n',
  },
];

describe('kernel differential: core diagnostics', { skip }, () => {
  for (const c of CASES) {
    it(`${c.code}: ${c.name}`, async () => {
      const outcome = await differentialCase(c);
      console.log(`# ${c.code}: kernel says ${JSON.stringify(outcome.kernelError.split('\n')[0])}`);
    });
  }
});
