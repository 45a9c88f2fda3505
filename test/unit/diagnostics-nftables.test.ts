/** The nft diagnostics: each code on what nft refuses, and silence on what it accepts. `# ^^^ code` marks a finding. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './fixture';

/** The problems of an nft fixture with these codes must be exactly the annotated ones (line, column, length, code). */
async function check(source: string, codes: readonly string[]): Promise<void> {
  const { file, result } = await fixture('nftables', source);
  file.tree.delete();
  const expected: string[] = [];
  source.split('\n').forEach((line, index) => {
    const m = /^(\s*)#(\s*)(\^+) (\S+)/.exec(line);
    if (m && codes.includes(m[4])) expected.push(`${index - 1}:${m[1].length + 1 + m[2].length}-${m[3].length} ${m[4]}`);
  });
  const actual = result.problems.filter((p) => codes.includes(p.code)).map((p) => {
    const r = p.location.range;
    return `${r.start.line}:${r.start.character}-${r.end.character - r.start.character} ${p.code}`;
  });
  assert.deepEqual(actual.sort(), expected.sort());
}

async function messages(source: string, code: string): Promise<string[]> {
  const { file, result } = await fixture('nftables', source);
  file.tree.delete();
  return result.problems.filter((p) => p.code === code).map((p) => p.message);
}

describe('nft diagnostics: names', () => {
  it('undefined-set, undefined-map, undefined-flowtable, undefined-object', async () => {
    await check(`table inet t {
  set blocked { type ipv4_addr; }
  counter web { }
  chain c {
    ip saddr @blokced drop
#             ^^^^^^^ undefined-set
    tcp dport vmap @dispatch
#                   ^^^^^^^^ undefined-map
    flow add @fast
#             ^^^^ undefined-flowtable
    counter name "webb"
#                 ^^^^ undefined-object
    counter name web
    quota name web
#              ^^^ undefined-object
    ip saddr @blocked accept
  }
}
add element inet t nosuch { 192.0.2.1 }
#                  ^^^^^^ undefined-set
`, ['undefined-set', 'undefined-map', 'undefined-flowtable', 'undefined-object']);
    assert.deepEqual(await messages('table inet t {\n  set blocked { type ipv4_addr; }\n  chain c { ip saddr @blokced; }\n}\n', 'undefined-set'),
      ["Set 'blokced' does not exist in table inet t. Did you mean 'blocked'?"]);
  });

  it('undefined-variable: file order, block scopes, undefine', async () => {
    await check(`define lan = "eth1"
table inet t {
  define inner = 1
  chain c {
    iifname $lna accept
#            ^^^ undefined-variable
    meta mark $inner
  }
}
table inet u {
  chain c {
    meta mark $inner
#              ^^^^^ undefined-variable
    iifname $lan
  }
}
undefine lan
table inet v { chain c { iifname $lan; } }
#                                 ^^^ undefined-variable
`, ['undefined-variable']);
  });

  it('undefined-table for commands, with the family hint', async () => {
    await check(`table inet filter {
  chain input { type filter hook input priority 0; }
}
add rule filter input accept
#        ^^^^^^ undefined-table
add rule inet filter input accept
add chain ip6 later c
#             ^^^^^ undefined-table
add table ip6 later
`, ['undefined-table']);
    const [family] = await messages('table inet filter { chain input { accept; }; }\nadd rule filter input accept\n', 'undefined-table');
    assert.match(family, /family is part of the name/);
  });

  it('use-before-declaration across commands, not within one block', async () => {
    await check(`add table ip t
add chain ip t input { type filter hook input priority 0; }
add rule ip t input jump later
#                        ^^^^^ use-before-declaration
add chain ip t later
table ip t {
  chain c { jump ahead; }
  chain ahead { }
}
`, ['use-before-declaration', 'undefined-chain']);
  });

  it('duplicate-declaration and duplicate-property', async () => {
    await check(`define port = 22
define port = 2222
#      ^^^^ duplicate-declaration
table ip t {
  set s { type ipv4_addr; }
  set s { type ipv6_addr; }
#         ^^^^^^^^^^^^^^ duplicate-declaration
  counter c {
    comment "a"
    comment "b"
#   ^^^^^^^^^^^ duplicate-property
  }
  chain in { type filter hook input priority 0; policy drop; policy accept; }
#                                                            ^^^^^^^^^^^^^ duplicate-property
}
table ip t { set s { type ipv4_addr; }; }
create table ip t
#               ^ duplicate-declaration
`, ['duplicate-declaration', 'duplicate-property']);
  });
});

describe('nft diagnostics: values', () => {
  it('invalid-value: ranges, prefixes, widths, symbol names, device names', async () => {
    await check(`table inet t {
  chain c {
    tcp dport 70000
#             ^^^^^ invalid-value
    ip saddr 10.0.0.0/33
#            ^^^^^^^^^^^ invalid-value
    meta mark 0x100000000
#             ^^^^^^^^^^^ invalid-value
    tcp dport 80-22
#             ^^^^^ invalid-value
    ct state established,relatd
#                        ^^^^^^ invalid-value
    ct state ESTABLISHED
#            ^^^^^^^^^^^ invalid-value
    ct state established,related tcp flags syn,ack ip dscp cs1 icmp type echo-request meta mark 010
    ip saddr foo.example.org tcp dport ssh ip protocol nosuchproto
  }
}
table netdev n {
  chain in { type filter hook ingress devices = { "lo", "d23456789012345x" } priority 0; }
#                                                        ^^^^^^^^^^^^^^^^ invalid-value
}
`, ['invalid-value']);
    const [word] = await messages('table inet t { chain c { ct state established,relatd; }; }\n', 'invalid-value');
    assert.match(word, /'relatd' is not a conntrack state \(one of invalid, established, related, new, untracked\)/);
  });

  it('wrong-family: addresses, headers and nat in an inet table', async () => {
    await check(`table ip t {
  chain c {
    ip saddr 2001:db8::1
#            ^^^^^^^^^^^ wrong-family
    ip6 saddr ::1
#   ^^^^^^^^^ wrong-family
    meta nfproto ipv4
#   ^^^^^^^^^^^^ wrong-family
    icmpv6 type echo-request
  }
}
table inet u {
  chain c {
    ip saddr 192.0.2.1 ip6 daddr ::1
#                      ^^^^^^^^^ wrong-family
    meta l4proto tcp tproxy to 192.0.2.1:1
#                    ^^^^^^^^^^^^^^^^^^^^^ wrong-family
    meta l4proto tcp tproxy ip to 192.0.2.1:1
    ip daddr 192.0.2.1 dnat to 192.0.2.2
  }
  chain n { type nat hook prerouting priority dstnat; dnat to 192.0.2.1; }
#                                                     ^^^^^^^^^^^^^^^^^ wrong-family
}
`, ['wrong-family']);
  });

  it('type-mismatch: addresses for ports, comma lists, concatenation parts', async () => {
    await check(`table inet t {
  set pairs { type ipv4_addr . inet_service; elements = { 192.0.2.1 . 22, 192.0.2.2 }; }
#                                                                         ^^^^^^^^^ type-mismatch
  set triples { type ipv4_addr . inet_service . ipv4_addr; elements = { 192.0.2.1 . 22 . 192.0.2.9 }; }
  chain c {
    tcp dport 192.0.2.1
#             ^^^^^^^^^ type-mismatch
    tcp dport 22,80
#             ^^^^^ type-mismatch
    ct state established,related
  }
}
`, ['type-mismatch']);
  });

  it('needs-interval-flag on named sets with ranges or prefixes', async () => {
    await check(`table ip t {
  set private { type ipv4_addr; elements = { 10.0.0.0/8, 192.0.2.1 }; }
#                                            ^^^^^^^^^^ needs-interval-flag
  set ok { type ipv4_addr; flags interval; elements = { 10.0.0.0/8 }; }
  chain c { ip saddr { 10.0.0.0/8 } accept; ip saddr @private; ip saddr @ok; }
}
`, ['needs-interval-flag']);
  });
});

describe('nft diagnostics: syntax nft refuses', () => {
  it('missing-separator before a closing brace', async () => {
    await check(`table inet t {
  chain c { accept }
#                  ^ missing-separator
  chain d { accept; }
  chain e { type filter hook input priority 0; policy drop }
#                                                          ^ missing-separator
  set s { type ipv4_addr; elements = { 192.0.2.1 } }
  set a { type ipv4_addr; flags interval; auto-merge }
  chain f {
    accept # trailing comment
  }
  chain g { }
}
`, ['missing-separator']);
  });

  it('unknown-key for meta keys nft does not know', async () => {
    await check(`table inet t {
  chain c {
    meta seccark 1
#        ^^^^^^^ unknown-key
    meta secmark 1 meta l4proto tcp iifname "lo" meta broute 1
  }
}
`, ['unknown-key']);
    assert.match((await messages('table inet t { chain c { meta seccark 1; }; }\n', 'unknown-key'))[0], /Did you mean 'secmark'/);
  });
});

describe('nft diagnostics: base chains', () => {
  it('invalid-chain-type, invalid-hook, invalid-priority, missing-device', async () => {
    await check(`table bridge br {
  chain pre { type nat hook prerouting priority 0; }
#                  ^^^ invalid-chain-type
  chain in { type filter hook input priority raw; }
#                                            ^^^ invalid-priority
  chain ok { type filter hook input priority filter; }
}
table ip t {
  chain fwd { type nat hook forward priority 0; }
#                  ^^^ invalid-chain-type
  chain out { type route hook output priority mangle; }
  chain ing { type filter hook ingress device "lo" priority 0; }
#                              ^^^^^^^ invalid-hook
  chain post { type nat hook postrouting priority dstnat; }
#                                                 ^^^^^^ invalid-priority
  chain pre { type nat hook prerouting priority dstnat + 5; }
}
table netdev n {
  chain in { type filter hook ingress priority 0; }
#            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ missing-device
  chain eg { type filter hook egress device "lo" priority 0; }
}
`, ['invalid-chain-type', 'invalid-hook', 'invalid-priority', 'missing-device']);
  });
});

describe('nft diagnostics: statements and usage', () => {
  it('tproxy-needs-protocol and nat-needs-protocol', async () => {
    await check(`table ip t {
  chain pre {
    type filter hook prerouting priority mangle;
    tproxy to :3128
#   ^^^^^^^^^^^^^^^ tproxy-needs-protocol
    meta l4proto tcp tproxy to :3128
    tcp dport 80 tproxy to :3128
    th dport 80 tproxy to :3128
#               ^^^^^^^^^^^^^^^ tproxy-needs-protocol
  }
  chain nat {
    type nat hook prerouting priority dstnat;
    redirect to :8080
#   ^^^^^^^^^^^^^^^^^ nat-needs-protocol
    tcp dport 80 redirect to :8080
    dnat to 10.0.0.1
    redirect to :tcp dport map { 80 : 8080 }
  }
}
`, ['tproxy-needs-protocol', 'nat-needs-protocol']);
  });

  it('unused-set and unused-variable', async () => {
    await check(`define used = 22
define spare = 23
#      ^^^^^ unused-variable
table inet t {
  set trusted { type ipv4_addr; }
#     ^^^^^^^ unused-set
  set seen { type ipv4_addr; }
  chain c { tcp dport $used ip saddr @seen; }
}
`, ['unused-set', 'unused-variable']);
  });

  it('include-not-found for a missing file, not for an empty glob', async () => {
    await check(` include "missing.nft"
#^^^^^^^^^^^^^^^^^^^^^ include-not-found
include "conf.d/*.nft"
`, ['include-not-found']);
  });

  it('policy-on-user-chain, jump-to-base-chain, invalid-set-type, undefined-element', async () => {
    await check(`table ip t {
  chain in { type filter hook input priority 0; policy drop; }
  chain user { policy drop; }
#              ^^^^^^^^^^^ policy-on-user-chain
  chain c {
    jump in
#        ^^ jump-to-base-chain
    tcp dport vmap { 22 : goto in, 23 : jump user }
#                              ^^ jump-to-base-chain
  }
  set nokey { flags interval; }
#     ^^^^^ invalid-set-type
  set wide { type integer; }
#     ^^^^ invalid-set-type
  set s { type ipv4_addr; elements = { 192.0.2.1 }; }
  map m { type ipv4_addr : verdict; elements = { 192.0.2.1 : jump c, 192.0.2.2 : goto in }; }
#                                                                    ^^^^^^^^^^^^^^^^^^^ jump-to-base-chain
}
delete element ip t s { 192.0.2.1 }
delete element ip t s { 192.0.2.1 }
#                       ^^^^^^^^^ undefined-element
`, ['policy-on-user-chain', 'jump-to-base-chain', 'invalid-set-type', 'undefined-element']);
  });

  it('values nft checks in declarations: policies, priorities, map data, quotas, empty sets', async () => {
    await check(`define policy = { 127.0.0.1 }
define empty = {}
define some = { 22 }
table ip t {
  chain in { type filter hook input priority 0; policy $policy; }
#                                                       ^^^^^^ invalid-value
  chain pre { type filter hook prerouting priority $policy; }
#                                                  ^^^^^^^ invalid-priority
  map m { type ipv4_addr : verdict; elements = { 192.0.2.1 : ber }; }
#                                                            ^^^ type-mismatch
  map d { type ipv4_addr : mark; elements = { 192.0.2.1 }; }
#                                             ^^^^^^^^^ type-mismatch
  quota q { over 25 kbytes used 2500 kbytes; }
#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ invalid-value
  chain c {
    tcp dport { $empty } accept
#             ^^^^^^^^^^ invalid-value
    tcp dport { $some, $empty } accept
  }
}
`, ['invalid-value', 'invalid-priority', 'type-mismatch']);
  });
});
