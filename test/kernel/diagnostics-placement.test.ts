// Kernel differential for wrong-table, wrong-hook and jump-depth: what nfrules calls an error, a real load refuses
// for that reason; the quick-fixed text loads.
import { describe, it } from 'node:test';
import { kernelAvailable } from './index';
import { differentialCase, type DifferentialCase } from './lib/diagnostic-differential';

const available = kernelAvailable();
const skip = available.ok ? false : `kernel harness unavailable: ${available.reason ?? ''}`;

const nested = (verb: string, n: number): string => `table ip t {\n  chain base {\n    type filter hook input priority 0\n    jump c1\n  }\n${
  Array.from({ length: n }, (_, i) => `  chain c${i + 1} {\n    ${i + 1 < n ? `${verb} c${i + 2}` : 'accept'}\n  }\n`).join('')}}\n`;

const CASES: DifferentialCase[] = [
  {
    name: 'iptables TPROXY in filter INPUT', dialect: 'iptables', code: 'wrong-table', kernelSays: /RULE_APPEND failed \(Invalid argument\)/,
    fix: /Move the TPROXY rule/, text: '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 80 -j TPROXY --on-port 3128 --tproxy-mark 0x1/0x1\nCOMMIT\n',
  },
  {
    name: 'iptables TPROXY in mangle INPUT', dialect: 'iptables', code: 'wrong-hook', kernelSays: /RULE_APPEND failed \(Invalid argument\)/,
    fix: /Move the TPROXY rule/, text: '*mangle\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n-A INPUT -p tcp --dport 80 -j TPROXY --on-port 3128\nCOMMIT\n',
  },
  {
    name: 'ip6tables TPROXY in a user chain jumped to from mangle INPUT', dialect: 'ip6tables', code: 'wrong-hook', kernelSays: /RULE_APPEND failed \(Invalid argument\)/,
    fix: /Move the TPROXY rule/, text: '*mangle\n:INPUT ACCEPT [0:0]\n:PROXY - [0:0]\n-A INPUT -p tcp -j PROXY\n-A PROXY -p tcp --dport 80 -j TPROXY --on-port 3128\nCOMMIT\n',
  },
  {
    name: 'iptables DNAT in a user chain reached from POSTROUTING', dialect: 'iptables', code: 'wrong-hook', kernelSays: /RULE_APPEND failed \(Invalid argument\)/,
    text: '*nat\n:POSTROUTING ACCEPT [0:0]\n:WEB - [0:0]\n-A POSTROUTING -j WEB\n-A WEB -p tcp --dport 80 -j DNAT --to-destination 192.0.2.1\nCOMMIT\n',
  },
  {
    name: 'iptables MASQUERADE in filter', dialect: 'iptables', code: 'wrong-table', kernelSays: /RULE_APPEND failed \(Invalid argument\)/,
    text: '*filter\n:FORWARD ACCEPT [0:0]\n-A FORWARD -o eth0 -j MASQUERADE\nCOMMIT\n',
  },
  {
    name: 'iptables REJECT in mangle', dialect: 'iptables', code: 'wrong-table', kernelSays: /RULE_APPEND failed \(Invalid argument\)/,
    text: '*mangle\n:PREROUTING ACCEPT [0:0]\n-A PREROUTING -p tcp -j REJECT\nCOMMIT\n',
  },
  {
    name: 'nft tproxy in an input chain', dialect: 'nftables', code: 'wrong-hook', kernelSays: /Operation not supported/,
    fix: /prerouting chain/, text: 'table ip t {\n\tchain input {\n\t\ttype filter hook input priority 0;\n\t\tmeta l4proto tcp tproxy to :3128\n\t}\n}\n',
  },
  {
    name: 'nft masquerade in a filter postrouting chain, through a user chain', dialect: 'nftables', code: 'wrong-table', kernelSays: /Operation not supported/,
    text: 'table ip t {\n\tchain post {\n\t\ttype filter hook postrouting priority 0;\n\t\tjump common\n\t}\n\tchain common {\n\t\tmasquerade\n\t}\n}\n',
  },
  {
    name: 'nft reject at postrouting', dialect: 'nftables', code: 'wrong-hook', kernelSays: /Operation not supported/,
    text: 'table inet t {\n\tchain post {\n\t\ttype filter hook postrouting priority 0;\n\t\tmeta l4proto udp reject\n\t}\n}\n',
  },
  { name: 'nft: 16 user chains nested by goto', dialect: 'nftables', code: 'jump-depth', kernelSays: /Too many links/, text: nested('goto', 16) },
  { name: 'nft: 16 user chains nested by jump', dialect: 'nftables', code: 'jump-depth', kernelSays: /Too many links/, text: nested('jump', 16) },
  {
    name: 'iptables: 16 user chains nested', dialect: 'iptables', code: 'jump-depth', kernelSays: /Too many links/,
    text: `*filter\n:INPUT ACCEPT [0:0]\n${Array.from({ length: 16 }, (_, i) => `:C${i + 1} - [0:0]\n`).join('')}-A INPUT -j C1\n${
      Array.from({ length: 15 }, (_, i) => `-A C${i + 1} -j C${i + 2}\n`).join('')}COMMIT\n`,
  },
];

describe('kernel differential: placement and depth', { skip }, () => {
  for (const c of CASES) {
    it(`${c.code}: ${c.name}`, async () => {
      const outcome = await differentialCase(c);
      console.log(`# ${c.code}: kernel says ${JSON.stringify(outcome.kernelError.split('\n').find((l) => /Error|failed/.test(l)) ?? outcome.kernelError)}${outcome.fixedText ? '; the fixed text loads' : ''}`);
    });
  }
});
