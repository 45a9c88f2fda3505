/** The nft quick fixes: applying each removes its diagnostic and leaves a file that parses. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixResult } from './fixture';

describe('nft quick fixes', () => {
  it('changes a misspelt set, variable, meta key or state to the closest name', async () => {
    assert.match(await fixResult('nftables', 'table inet t {\n  set blocked { type ipv4_addr; }\n  chain c { ip saddr @blokced drop; }\n}\n', 'undefined-set', /Change to 'blocked'/), /@blocked drop/);
    assert.match(await fixResult('nftables', 'define lan = "eth1"\ntable inet t { chain c { iifname $lna accept; }; }\n', 'undefined-variable', /Change to 'lan'/), /iifname \$lan accept/);
    assert.match(await fixResult('nftables', 'table inet t { chain c { meta seccark 1; }; }\n', 'unknown-key', /Change to 'secmark'/), /meta secmark 1/);
    assert.match(await fixResult('nftables', 'table inet t { chain c { ct state established,relatd accept; }; }\n', 'invalid-value', /Change to 'related'/), /established,related accept/);
    assert.match(await fixResult('nftables', 'table inet t {\n  chain input { type filter hook input priority 0; jump alow; }\n  chain allow { accept; }\n}\n', 'undefined-chain', /Change to 'allow'/), /jump allow;/);
  });

  it('creates an undefined chain in its table', async () => {
    const text = await fixResult('nftables', 'table inet t {\n\tchain input {\n\t\ttype filter hook input priority 0;\n\t\tjump missing\n\t}\n}\n', 'undefined-chain', /Create chain 'missing'/);
    assert.equal(text, 'table inet t {\n\tchain input {\n\t\ttype filter hook input priority 0;\n\t\tjump missing\n\t}\n\tchain missing {\n\t}\n}\n');
    const oneLine = await fixResult('nftables', 'table inet t { chain c { jump x; }; }\n', 'undefined-chain', /Create chain 'x'/);
    assert.equal(oneLine, 'table inet t { chain c { jump x; };\n  chain x {\n  }\n}\n');
    const command = await fixResult('nftables', 'add table ip t\nadd chain ip t c\nadd rule ip t c jump x\n', 'undefined-chain', /Create chain 'x'/);
    assert.equal(command, 'add table ip t\nadd chain ip t c\nadd chain ip t x\nadd rule ip t c jump x\n');
  });

  it('declares an undefined set or map with a type from its use', async () => {
    const set = await fixResult('nftables', 'table inet t {\n  chain c {\n    ip saddr @trusted accept\n  }\n}\n', 'undefined-set', /Declare set 'trusted'/);
    assert.match(set, /^table inet t \{\n  set trusted \{ type ipv4_addr; \}\n  chain c/);
    const tuple = await fixResult('nftables', 'table inet t {\n  chain c {\n    ip saddr . tcp dport @pairs accept\n  }\n}\n', 'undefined-set', /Declare set 'pairs'/);
    assert.match(tuple, /set pairs \{ type ipv4_addr \. inet_service; \}/);
    const vmap = await fixResult('nftables', 'table inet t {\n  chain c {\n    tcp dport vmap @ports\n  }\n}\n', 'undefined-map', /Declare map 'ports'/);
    assert.match(vmap, /map ports \{ type inet_service : verdict; \}/);
    // A dot is part of an nft name, not a wildcard: `@a.b` is found as written and nothing else.
    const dotted = await fixResult('nftables', 'table inet t {\n  chain c {\n    tcp dport vmap @svc.ports\n  }\n}\n', 'undefined-map', /Declare map 'svc.ports'/);
    assert.match(dotted, /map svc\.ports \{ type inet_service : verdict; \}/);
  });

  it('defines an undefined variable with a placeholder of the expected kind', async () => {
    const text = await fixResult('nftables', '#!/usr/sbin/nft -f\n# rules\ntable inet t { chain c { tcp dport $ssh accept; }; }\n', 'undefined-variable', /Define \$ssh/);
    assert.equal(text, '#!/usr/sbin/nft -f\n# rules\ndefine ssh = 1024\ntable inet t { chain c { tcp dport $ssh accept; }; }\n');
  });

  it('creates a missing table before the command that needs it', async () => {
    const text = await fixResult('nftables', 'add chain inet filter input { type filter hook input priority 0; }\n', 'undefined-table', /Create table inet filter/);
    assert.equal(text, 'add table inet filter\nadd chain inet filter input { type filter hook input priority 0; }\n');
  });

  it('adds the separator nft wants before a closing brace', async () => {
    assert.equal(await fixResult('nftables', 'table inet t {\n  chain c { accept }\n}\n', 'missing-separator', /Add ';'/), 'table inet t {\n  chain c { accept; }\n}\n');
  });

  it('inserts the transport protocol match tproxy and nat port mappings need', async () => {
    const tproxy = await fixResult('nftables', 'table ip t {\n  chain pre {\n    type filter hook prerouting priority mangle;\n    tproxy to :3128\n  }\n}\n', 'tproxy-needs-protocol', /meta l4proto tcp/);
    assert.match(tproxy, /\n    meta l4proto tcp tproxy to :3128\n/);
    const udp = await fixResult('nftables', 'table ip t {\n  chain pre {\n    type nat hook prerouting priority dstnat;\n    counter redirect to :53\n  }\n}\n', 'nat-needs-protocol', /meta l4proto udp/);
    assert.match(udp, /meta l4proto udp counter redirect to :53/);
  });

  it('adds flags interval, removes repeated properties and user-chain policies, corrects priorities', async () => {
    assert.match(await fixResult('nftables', 'table ip t {\n  set s { type ipv4_addr; elements = { 10.0.0.0/8 }; }\n}\n', 'needs-interval-flag', /flags interval/),
      /set s \{ flags interval; type ipv4_addr;/);
    assert.equal(await fixResult('nftables', 'table ip t {\n  counter c {\n    comment "a"\n    comment "b"\n  }\n}\n', 'duplicate-property', /Remove the repeated `comment`/),
      'table ip t {\n  counter c {\n    comment "a"\n  }\n}\n');
    assert.equal(await fixResult('nftables', 'table ip t {\n  chain user {\n    policy drop\n    accept\n  }\n}\n', 'policy-on-user-chain', /Remove the policy/),
      'table ip t {\n  chain user {\n    accept\n  }\n}\n');
    assert.match(await fixResult('nftables', 'table ip t {\n  chain post { type nat hook postrouting priority dstnat; }\n}\n', 'invalid-priority', /Use priority 'srcnat'/), /priority srcnat;/);
  });
});
