// Kernel differential for the nft diagnostics: every error nfrules reports here, a real `nft -f` into a throwaway
// namespace refuses for the stated reason; where a quick fix exists, the fixed text loads.
import { describe, it } from 'node:test';
import { kernelAvailable } from './index';
import { differentialCase, type DifferentialCase } from './lib/diagnostic-differential';

const available = kernelAvailable();
const skip = available.ok ? false : `kernel harness unavailable: ${available.reason ?? ''}`;

const input = (rules: string, extra = ''): string =>
  `table inet t {\n${extra}  chain input {\n    type filter hook input priority filter;\n${rules}  }\n}\n`;

function nft(code: string, name: string, text: string, kernelSays: RegExp, fix?: RegExp): DifferentialCase {
  return { name, dialect: 'nftables', code, text, kernelSays, ...(fix ? { fix } : {}) };
}

const CASES: DifferentialCase[] = [
  nft('undefined-set', 'a misspelt set name', input('    ip saddr @blokced drop\n', '  set blocked { type ipv4_addr; }\n'), /No such file or directory/, /Change to 'blocked'/),
  nft('undefined-set', 'a set that is never declared', input('    ip saddr @trusted accept\n'), /No such file or directory/, /Declare set 'trusted'/),
  nft('undefined-map', 'a verdict map that is never declared', input('    tcp dport vmap @ports\n'), /No such file or directory/, /Declare map 'ports'/),
  nft('undefined-object', 'a misspelt counter name', input('    tcp dport 80 counter name "webb"\n', '  counter web { }\n'), /No such file or directory/, /Change to 'web'/),
  nft('undefined-variable', 'a misspelt variable', `define lan = "lo"\n${input('    iifname $lna accept\n')}`, /unknown identifier 'lna'/, /Change to 'lan'/),
  nft('undefined-variable', 'a variable that is never defined', input('    tcp dport $ssh accept\n'), /unknown identifier 'ssh'/, /Define \$ssh/),
  nft('undefined-table', 'a chain added to a table that does not exist', 'add chain inet filter input { type filter hook input priority filter; }\n', /No such file or directory/, /Create table inet filter/),
  nft('use-before-declaration', 'a jump to a chain added only later', 'add table ip t\nadd chain ip t input { type filter hook input priority filter; }\nadd rule ip t input jump later\nadd chain ip t later\n', /No such file or directory/),
  nft('duplicate-declaration', 'define of a visible variable', 'define port = 22\ndefine port = 2222\n', /redefinition of symbol 'port'/),
  nft('duplicate-declaration', 'create of an existing table', 'add table ip t\ncreate table ip t\n', /File exists/),
  nft('duplicate-property', 'a comment given twice', 'table ip t {\n  counter c {\n    comment "a"\n    comment "b"\n  }\n}\n', /You can only specify this once/, /Remove the repeated/),
  nft('type-mismatch', 'a comma list of ports', input('    tcp dport 22,80 accept\n'), /is not bitmask/),
  nft('type-mismatch', 'an address where a port is expected', input('    tcp dport 192.0.2.1 accept\n'), /Could not resolve service/),
  nft('wrong-family', 'an IPv6 address in an ip table', 'table ip t {\n  chain input {\n    type filter hook input priority filter;\n    ip saddr 2001:db8::1 drop\n  }\n}\n', /Address family for hostname not supported/),
  nft('wrong-family', 'an ip6 header in an ip table', 'table ip t {\n  chain input {\n    type filter hook input priority filter;\n    ip6 saddr ::1 drop\n  }\n}\n', /conflicting protocols specified/),
  nft('invalid-value', 'a misspelt conntrack state', input('    ct state established,relatd accept\n'), /Could not parse conntrack state/, /Change to 'related'/),
  nft('invalid-value', 'a port above 65535', input('    tcp dport 70000 drop\n'), /Service out of range/),
  nft('invalid-value', 'a prefix longer than the address', input('    ip saddr 10.0.0.0/33 drop\n'), /Prefix length 33 is invalid/),
  nft('missing-separator', 'a rule followed directly by its closing brace', 'table inet t {\n  chain c { accept }\n}\n', /unexpected '\}', expecting newline or semicolon/, /Add ';'/),
  nft('unknown-key', 'a misspelt meta key', input('    meta iifnmae "lo" accept\n'), /unexpected iifnmae/, /Change to 'iifname'/),
  nft('needs-interval-flag', 'a prefix in a set without flags interval', 'table ip t {\n  set private { type ipv4_addr; elements = { 10.0.0.0/8 }; }\n}\n', /flags interval/, /flags interval/),
  nft('invalid-chain-type', 'a nat chain in a bridge table', 'table bridge b {\n  chain pre { type nat hook prerouting priority 0; }\n}\n', /No such file or directory/),
  nft('invalid-chain-type', 'a nat chain at forward', 'table ip t {\n  chain f { type nat hook forward priority 0; }\n}\n', /Operation not supported/),
  nft('invalid-hook', 'an ingress chain in an ip table', 'table ip t {\n  chain in { type filter hook ingress device "lo" priority 0; }\n}\n', /does not support this hook/),
  nft('invalid-priority', 'dstnat at postrouting', 'table ip t {\n  chain post { type nat hook postrouting priority dstnat; }\n}\n', /invalid priority expression value in this context/, /Use priority 'srcnat'/),
  nft('tproxy-needs-protocol', 'tproxy without a protocol match', 'table ip t {\n  chain pre {\n    type filter hook prerouting priority mangle;\n    tproxy to :3128\n  }\n}\n', /Transparent proxy support requires transport protocol match/, /meta l4proto tcp/),
  nft('nat-needs-protocol', 'redirect to a port without a protocol match', 'table ip t {\n  chain pre {\n    type nat hook prerouting priority dstnat;\n    redirect to :8080\n  }\n}\n', /transport protocol mapping is only valid after transport protocol match/, /meta l4proto tcp/),
  nft('policy-on-user-chain', 'a policy on a chain without hook', 'table ip t {\n  chain user {\n    policy drop\n    accept\n  }\n}\n', /Operation not supported/, /Remove the policy/),
  nft('jump-to-base-chain', 'a jump into a base chain', 'table ip t {\n  chain in { type filter hook input priority 0; }\n  chain out {\n    type filter hook output priority 0;\n    jump in\n  }\n}\n', /Operation not supported/),
  nft('invalid-set-type', 'a set of type integer', 'table ip t {\n  set s { type integer; }\n}\n', /unqualified type integer/),
  nft('undefined-element', 'delete of an element the set lacks', 'table ip t {\n  set s { type ipv4_addr; elements = { 192.0.2.1 }; }\n}\ndelete element ip t s { 192.0.2.7 }\n', /No such file or directory/),
];

describe('kernel differential: nft diagnostics', { skip }, () => {
  for (const c of CASES) {
    it(`${c.code}: ${c.name}`, async () => {
      const outcome = await differentialCase(c);
      console.log(`${c.code}: kernel says ${JSON.stringify(outcome.kernelError.split('\n')[0])}${outcome.fixedText ? '; fixed text loads' : ''}`);
    });
  }
});
