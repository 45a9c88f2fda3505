/** The nft lowering: declarations, commands in file order, variables, includes, references, matches and effects. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkFile } from '../../server/src/engine/check';
import type { EngineHost, ParsedFile } from '../../server/src/engine/source';
import type { Chain, Location, Match, Range, Reference, Ruleset, Statement, ValueItem } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';

const ROOT = 'file:///etc/nftables.conf';

/** A host answering includes from a map of file contents (keys are absolute URIs). */
function mapHost(files: Record<string, string>): { host: EngineHost; parsed: ParsedFile[] } {
  const parsed: ParsedFile[] = [];
  const host: EngineHost = {
    resolveInclude(pattern, fromUri) {
      const wanted = new URL(pattern, fromUri).href;
      const re = new RegExp(`^${wanted.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      return Object.keys(files).filter((uri) => re.test(uri)).sort().map((uri) => {
        const file: ParsedFile = { uri, text: files[uri], dialect: 'nftables', tree: parse('nftables', files[uri]) };
        parsed.push(file);
        return file;
      });
    },
  };
  return { host, parsed };
}

/** Lowers a text (with included files) and returns its model. */
async function model(text: string, files: Record<string, string> = {}): Promise<Ruleset> {
  await initParsers();
  const { host, parsed } = mapHost(files);
  const file: ParsedFile = { uri: ROOT, text, dialect: 'nftables', tree: parse('nftables', text) };
  try {
    return checkFile(file, host).ruleset;
  } finally {
    file.tree.delete();
    for (const f of parsed) f.tree.delete();
  }
}

/** The range of the `nth` occurrence of `needle` in `text` (0-based lines and characters). */
function rangeOf(text: string, needle: string, nth = 0): Range {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    assert.ok(offset >= 0, `"${needle}" (#${nth}) not in the fixture`);
  }
  const before = text.slice(0, offset).split('\n');
  const line = before.length - 1;
  const character = before[line].length;
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

/** Where `needle` is inside the first `context`; a `$`/`@` in front of the needle is not part of the range. */
function within(text: string, context: string, needle: string): Range {
  const outer = rangeOf(text, context);
  const sigil = /^[$@]/.test(needle) ? 1 : 0;
  const found = rangeOf(context, needle);
  const inner = { start: { ...found.start, character: found.start.character + sigil }, end: found.end };
  const line = outer.start.line + inner.start.line;
  const shift = inner.start.line === 0 ? outer.start.character : 0;
  return { start: { line, character: inner.start.character + shift }, end: { line, character: inner.end.character + shift } };
}

function chain(rs: Ruleset, name: string, table?: string): Chain {
  const found = rs.tables.filter((t) => !table || t.name === table).flatMap((t) => t.chains).find((c) => c.name === name);
  assert.ok(found, `no chain ${name}`);
  return found;
}

function show(v: ValueItem): string {
  if (v.kind === 'range') return v.lo === v.hi ? String(v.lo) : `${v.lo}-${v.hi}`;
  if (v.kind === 'name') return `${v.name}${v.wildcard ? '*' : ''}`;
  if (v.kind === 'set') return `@${v.name}`;
  return `${v.value}/${v.mask}`;
}

/** A compact text form of a match, for readable assertions. */
function describeMatch(m: Match): string {
  if (m.kind === 'opaque') return `opaque${m.stateful ? '!' : ''}${m.implicit ? ' implicit' : ''} ${m.module}`;
  if (m.kind === 'tuple') return `${m.fields.join('.')}${m.negated ? ' !=' : ''}${m.set ? ` @${m.set}` : ''} ${m.tuples.map((t) => t.map(show).join('.')).join(',')}`;
  const mask = m.bitwise ? ` &${m.bitwise.mask}` : '';
  return `${m.implicit ? '(' : ''}${m.field}${m.family ? `/${m.family}` : ''}${mask}${m.negated ? ' !=' : ''} ${m.values.map(show).join(',')}${m.implicit ? ')' : ''}`;
}

async function matchesOf(rule: string, family = 'inet', extra = ''): Promise<string[]> {
  const rs = await model(`table ${family} t {\n${extra}\nchain c {\n${rule}\n}\n}\n`);
  return chain(rs, 'c').rules[0].matches.map(describeMatch);
}

async function statementsOf(rule: string, family = 'inet', extra = ''): Promise<Statement[]> {
  const rs = await model(`table ${family} t {\n${extra}\nchain c {\n${rule}\n}\nchain x {\n}\n}\n`);
  return chain(rs, 'c').rules[0].statements;
}

function refs(rs: Ruleset, kind: Reference['kind']): { name: string; range: Range; uri: string }[] {
  return rs.references.filter((r) => r.kind === kind).map((r) => ({ name: r.name, range: r.location.range, uri: r.location.uri }));
}

function at(text: string, needle: string, nth = 0, uri = ROOT): Location {
  return { uri, range: rangeOf(text, needle, nth) };
}

describe('nft model: declarations', () => {
  it('reads block-style tables, base chains (priority as a number), policy and devices', async () => {
    const rs = await model(`table inet filter {
  chain input { type filter hook input priority filter - 10; policy drop; }
  chain nat { type nat hook postrouting priority srcnat + 5; }
  chain user { }
}
table netdev edge {
  chain in { type filter hook ingress devices = { "eth0", eth1 } priority -500; }
}
table bridge b {
  chain f { type filter hook forward priority filter; }
}
`);
    assert.deepEqual(rs.tables.map((t) => `${t.family} ${t.name}`), ['inet filter', 'netdev edge', 'bridge b']);
    const input = chain(rs, 'input');
    assert.deepEqual(input.base, { type: 'filter', hook: 'input', priority: -10, priorityText: 'filter - 10', devices: [] });
    assert.equal(input.policy, 'drop');
    assert.equal(chain(rs, 'nat').base?.priority, 105);
    assert.equal(chain(rs, 'user').base, undefined);
    assert.deepEqual(chain(rs, 'in').base?.devices, ['eth0', 'eth1']);
    assert.equal(chain(rs, 'in').base?.priority, -500);
    assert.equal(chain(rs, 'f').base?.priority, -200, 'bridge filter is -200');
  });

  it('reads sets, maps and their elements as values, tuples and data', async () => {
    const rs = await model(`table ip t {
  set blocked { type ipv4_addr; flags interval; elements = { 10.0.0.0/8, 192.0.2.1-192.0.2.9, 198.51.100.7 }; }
  set pairs { typeof ip saddr . tcp dport; elements = { 192.0.2.1 . 22, 192.0.2.2 . ssh }; }
  map ports { type inet_service : ipv4_addr; elements = { 80 : 10.0.0.1 }; }
  map verdicts { type ipv4_addr : verdict; elements = { 192.0.2.1 : accept, 192.0.2.2 : jump x }; }
  chain x { }
}
`);
    const [blocked, pairs, ports, verdicts] = rs.tables[0].sets;
    assert.deepEqual(blocked.elements.map((e) => e.values?.map(show).join()), [
      `${0x0a000000}-${0x0affffff}`, `${0xc0000201}-${0xc0000209}`, `${0xc6336407}`,
    ]);
    assert.deepEqual(blocked.flags, ['interval']);
    assert.equal(pairs.keyType, 'typeof ip saddr . tcp dport');
    assert.deepEqual(pairs.elements.map((e) => e.tuple?.map(show).join('.')), [`${0xc0000201}.22`, `${0xc0000202}.22`]);
    assert.equal(ports.kind, 'map');
    assert.equal(ports.dataType, 'ipv4_addr');
    assert.equal(ports.elements[0].data, '10.0.0.1');
    assert.equal(verdicts.dataType, 'verdict');
    assert.deepEqual(refs(rs, 'chain').map((r) => r.name), ['x']);
  });

  it('reads flowtables and named objects with their properties', async () => {
    const rs = await model(`table inet t {
  flowtable ft { hook ingress priority filter + 1; devices = { "eth0", eth1 }; }
  counter hits { packets 3 bytes 300; comment "web"; }
  quota q { over 10 mbytes used 1 mbytes; }
  limit slow { rate 10/second burst 5 packets; }
  ct helper ftp { type "ftp" protocol tcp; l3proto ip; }
  ct timeout short { protocol tcp; l3proto ip; policy = { established: 120, close: 10 }; }
  synproxy sp { mss 1460; wscale 7; timestamp sack-perm; }
  secmark ssh { "system_u:object_r:ssh_server_packet_t:s0" }
}
`);
    const t = rs.tables[0];
    assert.deepEqual(t.flowtables.map((f) => [f.name, f.hook, f.priority, f.devices]), [['ft', 'ingress', 1, ['eth0', 'eth1']]]);
    const props = Object.fromEntries(t.objects.map((o) => [`${o.kind} ${o.name}`, o.properties]));
    assert.deepEqual(props['counter hits'], { packets: '3', bytes: '300', comment: 'web' });
    assert.deepEqual(props['quota q'], { over: '10 mbytes', used: '1 mbytes' });
    assert.deepEqual(props['limit slow'], { rate: '10 / second', burst: '5 packets' });
    assert.deepEqual(props['ct helper ftp'], { type: 'ftp', protocol: 'tcp', l3proto: 'ip' });
    assert.equal(props['ct timeout short']?.protocol, 'tcp');
    assert.match(props['ct timeout short']?.policy ?? '', /established/);
    assert.deepEqual(props['synproxy sp'], { mss: '1460', wscale: '7', timestamp: '', 'sack-perm': '' });
    assert.deepEqual(props['secmark ssh'], { context: 'system_u:object_r:ssh_server_packet_t:s0' });
  });
});

describe('nft model: commands in file order', () => {
  it('applies add, insert (at the front or at an index), flush and delete', async () => {
    const rs = await model(`add table ip f
add chain ip f input { type filter hook input priority 0; policy accept; }
add rule ip f input tcp dport 22 accept
add rule ip f input tcp dport 80 accept
insert rule ip f input tcp dport 1 accept
add rule ip f input index 0 tcp dport 2 accept
ip f input tcp dport 3 accept
add chain ip f gone
add rule ip f gone accept
delete chain ip f gone
add chain ip f emptied
add rule ip f emptied drop
flush chain ip f emptied
add set ip f s { type ipv4_addr; }
add element ip f s { 192.0.2.1, 192.0.2.2, 192.0.2.3 }
delete element ip f s { 192.0.2.2 }
`);
    const input = chain(rs, 'input');
    assert.deepEqual(input.rules.map((r) => r.text), [
      'tcp dport 1 accept', 'tcp dport 2 accept', 'tcp dport 22 accept', 'tcp dport 80 accept', 'tcp dport 3 accept',
    ]);
    assert.deepEqual(input.rules.map((r) => r.index), [0, 1, 2, 3, 4]);
    assert.deepEqual(rs.tables[0].chains.map((c) => c.name), ['input', 'emptied']);
    assert.equal(chain(rs, 'emptied').rules.length, 0);
    assert.deepEqual(rs.tables[0].sets[0].elements.map((e) => e.text), ['192.0.2.1', '192.0.2.3']);
    assert.equal(refs(rs, 'chain').some((r) => r.name === 'gone'), false, 'references to a deleted chain go with it');
  });

  it('flush ruleset and delete table remove what came before; a later table starts anew', async () => {
    const rs = await model(`table ip old { chain c { accept; } }
flush ruleset
table inet t { chain a { jump b; }
chain b { } }
table ip doomed { chain c { jump c2; }
chain c2 { } }
delete table ip doomed
`);
    assert.deepEqual(rs.tables.map((t) => t.name), ['t']);
    assert.deepEqual(refs(rs, 'chain').map((r) => r.name), ['b']);
  });

  it('records commands naming a table that does not exist (yet) and skips them', async () => {
    const text = `add rule inet filter input accept
add table inet filter
add chain inet nope c
`;
    const rs = await model(text);
    assert.deepEqual(rs.nft?.missingTables.map((m) => [m.name, m.command, m.location.range]), [
      ['filter', 'add rule', rangeOf(text, 'filter')],
      ['nope', 'add chain', rangeOf(text, 'nope')],
    ]);
    assert.deepEqual(rs.tables.map((t) => t.name), ['filter']);
  });

  it('notes uses before the command that creates the target (nft works in file order)', async () => {
    const rs = await model(`add table ip t
add chain ip t input { type filter hook input priority 0; }
add rule ip t input jump later
add chain ip t later
table ip t {
  chain c { jump ahead; }
  chain ahead { }
}
`);
    assert.deepEqual(rs.nft?.earlyUses.map((r) => r.name), ['later'], 'forward uses inside one block are fine');
  });
});

describe('nft model: variables', () => {
  it('follows define, redefine and undefine in file order, with block scopes', async () => {
    const text = `define port = 22
define ports = { $port, 80 }
table inet t {
  define inner = 1
  chain c {
    tcp dport $ports accept
    meta mark $inner
  }
}
redefine port = 23
table inet u {
  chain c {
    tcp dport $port
    meta mark $inner
  }
}
undefine port
`;
    const rs = await model(text);
    assert.deepEqual(rs.variables.map((v) => `${v.action} ${v.name}`), [
      'define port', 'define ports', 'define inner', 'redefine port', 'undefine port',
    ]);
    assert.deepEqual(chain(rs, 'c', 't').rules[0].matches.map(describeMatch), ['(l4proto 6)', 'dport 22,80'], 'nested variables expand');
    assert.deepEqual(chain(rs, 'c', 'u').rules[0].matches.map(describeMatch), ['(l4proto 6)', 'dport 23']);
    const uses = rs.references.filter((r) => r.kind === 'variable');
    const definition = (name: string, nth = 0): Location => at(text, name, nth);
    assert.deepEqual(uses.map((u) => [u.name, u.location.range, u.definition?.range]), [
      ['port', within(text, '{ $port, 80 }', 'port'), definition('port').range],
      ['ports', within(text, 'tcp dport $ports', 'ports'), within(text, 'define ports', 'ports')],
      ['inner', within(text, 'meta mark $inner', 'inner'), within(text, 'define inner', 'inner')],
      ['port', within(text, 'tcp dport $port\n', '$port'), within(text, 'redefine port', 'port')],
      ['inner', rangeOf(text, 'inner', 2), undefined],
      ['port', within(text, 'undefine port', 'port'), within(text, 'redefine port', 'port')],
    ]);
    assert.deepEqual(rs.nft?.undefinedVariables.map((u) => u.name), ['inner'], 'a table block\'s define ends with the block');
  });

  it('expands variables in set elements, jump targets, priorities, devices and names', async () => {
    const text = `define target = allowed
define prio = -5
define dev = "eth0"
define addrs = { 192.0.2.1, 192.0.2.2 }
table netdev t {
  set s { type ipv4_addr; elements = $addrs; }
  chain in { type filter hook ingress device $dev priority $prio; jump $target; }
  chain allowed { }
}
`;
    const rs = await model(text);
    assert.equal(rs.tables[0].sets[0].elements.length, 2);
    assert.equal(chain(rs, 'in').base?.priority, -5);
    assert.deepEqual(chain(rs, 'in').base?.devices, ['eth0']);
    const jump = chain(rs, 'in').rules[0].statements[0];
    assert.equal(jump.verdict?.kind === 'jump' && jump.verdict.target, 'allowed');
    // The chain is named in the define: that is where renaming the chain must edit.
    assert.deepEqual(refs(rs, 'chain').map((r) => r.range), [within(text, 'define target = allowed', 'allowed')]);
  });

  it('records a second define of a visible name (nft refuses it)', async () => {
    const text = 'define a = 1\ntable ip t {\n  define a = 2\n}\n';
    const rs = await model(text);
    assert.deepEqual(rs.nft?.redefinitions.map((r) => [r.location.range, r.previous.range]), [[rangeOf(text, 'a', 2), rangeOf(text, 'a', 0)]]);
  });
});

describe('nft model: includes', () => {
  it('follows includes relative to the including file; variables stay visible; elements keep their file', async () => {
    const defs = 'define wan = "ppp0"\ndefine ssh = 22\n';
    const rules = 'table inet filter {\n  chain input {\n    type filter hook input priority 0;\n    iifname $wan tcp dport $ssh accept\n  }\n}\n';
    const text = 'include "defs.nft"\ninclude "rules.d/*.nft"\ntable inet filter {\n  chain output { oifname $wan accept; }\n}\n';
    const rs = await model(text, {
      'file:///etc/defs.nft': defs,
      'file:///etc/rules.d/10-input.nft': rules,
      'file:///etc/rules.d/20-loop.nft': 'include "../rules.d/20-loop.nft"\n',
    });
    assert.deepEqual(rs.includes.map((i) => [i.pattern, i.resolved]), [
      ['defs.nft', ['file:///etc/defs.nft']],
      ['rules.d/*.nft', ['file:///etc/rules.d/10-input.nft', 'file:///etc/rules.d/20-loop.nft']],
      ['../rules.d/20-loop.nft', ['file:///etc/rules.d/20-loop.nft']],
    ]);
    assert.deepEqual(rs.nft?.includeIssues.map((i) => i.kind), ['cycle']);
    const input = chain(rs, 'input');
    assert.equal(input.location.uri, 'file:///etc/rules.d/10-input.nft');
    assert.deepEqual(input.rules[0].matches.map(describeMatch), ['iifname ppp0', '(l4proto 6)', 'dport 22']);
    const wan = rs.references.filter((r) => r.kind === 'variable' && r.name === 'wan');
    assert.deepEqual(wan.map((r) => [r.location.uri, r.definition?.uri]), [
      ['file:///etc/rules.d/10-input.nft', 'file:///etc/defs.nft'],
      [ROOT, 'file:///etc/defs.nft'],
    ]);
    assert.equal(rs.tables.length, 1, 'the included table and the local one are the same table');
  });

  it('reads a file included inside a table or chain block as that block\'s items, with its own positions', async () => {
    const chains = 'define web = 80\nchain web {\n  tcp dport $web accept\n}\n';
    const rules = 'ip saddr @trusted accept\njump web\n';
    const text = 'table inet filter {\n  set trusted { type ipv4_addr; }\n  include "chains.nft"\n  chain input {\n    type filter hook input priority 0;\n    include "input.nft"\n  }\n}\n';
    const rs = await model(text, { 'file:///etc/chains.nft': chains, 'file:///etc/input.nft': rules });
    assert.deepEqual(rs.problems.filter((p) => p.code === 'syntax'), []);
    assert.deepEqual(chain(rs, 'input').rules.map((r) => [r.text, r.location.uri, r.location.range.start.line]), [
      ['ip saddr @trusted accept', 'file:///etc/input.nft', 0], ['jump web', 'file:///etc/input.nft', 1],
    ]);
    assert.deepEqual(chain(rs, 'web').rules[0].matches.map(describeMatch), ['(l4proto 6)', 'dport 80']);
    assert.deepEqual(chain(rs, 'web').nameLocation, { uri: 'file:///etc/chains.nft', range: rangeOf(chains, 'web', 1) });
    const web = rs.references.find((r) => r.kind === 'variable' && r.name === 'web');
    assert.deepEqual([web?.location.range, web?.definition], [within(chains, 'dport $web', '$web'), { uri: 'file:///etc/chains.nft', range: rangeOf(chains, 'web') }]);
    assert.deepEqual(refs(rs, 'set').map((r) => [r.uri, r.range]), [['file:///etc/input.nft', within(rules, '@trusted', '@trusted')]]);
  });

  it('reports an include that names a missing file, not an empty glob', async () => {
    const rs = await model('include "missing.nft"\ninclude "conf.d/*.nft"\n');
    assert.deepEqual(rs.nft?.includeIssues.map((i) => [i.kind, i.pattern]), [['not-found', 'missing.nft']]);
  });
});

describe('nft model: references', () => {
  it('gives every use the exact range of the name, without sigils or quotes', async () => {
    const text = `table inet t {
  set blocked { type ipv4_addr; }
  map marks { type ipv4_addr : mark; }
  map dispatch { type inet_service : verdict; }
  flowtable ft { hook ingress priority 0; devices = { lo }; }
  counter "web hits" { }
  quota cap { 1 mbytes; }
  ct helper ftp { type "ftp" protocol tcp; }
  chain c {
    ip saddr @blocked drop
    meta mark set ip saddr map @marks
    tcp dport vmap @dispatch
    add @blocked { ip saddr }
    flow add @ft
    counter name "web hits"
    quota name cap
    ct helper set "ftp"
    jump other
    goto other
    tcp dport vmap { 22 : jump other }
  }
  chain other { }
}
add element inet t blocked { 192.0.2.1 }
add rule inet t other counter
`;
    const rs = await model(text);
    assert.deepEqual(refs(rs, 'set').map((r) => r.range), [
      within(text, 'ip saddr @blocked', 'blocked'), within(text, 'add @blocked', 'blocked'), within(text, 'inet t blocked', 'blocked'),
    ]);
    assert.deepEqual(refs(rs, 'map').map((r) => r.range), [within(text, 'map @marks', 'marks'), within(text, 'vmap @dispatch', 'dispatch')]);
    assert.deepEqual(refs(rs, 'flowtable').map((r) => r.range), [within(text, 'flow add @ft', 'ft')]);
    assert.deepEqual(rs.references.filter((r) => r.kind === 'object').map((r) => [r.objectKind, r.name, r.location.range]), [
      ['counter', 'web hits', within(text, 'counter name "web hits"', 'web hits')],
      ['quota', 'cap', within(text, 'quota name cap', 'cap')],
      ['ct helper', 'ftp', within(text, 'ct helper set "ftp"', 'ftp')],
    ]);
    assert.deepEqual(refs(rs, 'chain').map((r) => r.range), [
      within(text, 'jump other', 'other'), within(text, 'goto other', 'other'), within(text, '22 : jump other', 'other'),
      within(text, 't other counter', 'other'),
    ]);
    // Declarations use the same convention.
    const web = rs.tables[0].objects.find((o) => o.kind === 'counter')!;
    assert.deepEqual(web.nameLocation.range, within(text, 'counter "web hits" {', 'web hits'));
  });
});

describe('nft model: matches', () => {
  it('lowers equality, negation, ranges, prefixes, sets and relational operators', async () => {
    assert.deepEqual(await matchesOf('tcp dport 22 tcp sport != 1024-2048 udp dport { 53, 5353 }'), [
      '(l4proto 6)', 'dport 22', 'sport != 1024-2048', '(l4proto 17)', 'dport 53,5353',
    ]);
    assert.deepEqual(await matchesOf('tcp dport < 1024', 'ip'), ['(l4proto 6)', 'dport 0-1023']);
    assert.deepEqual(await matchesOf('tcp dport >= 1024', 'ip'), ['(l4proto 6)', 'dport 1024-65535']);
    assert.deepEqual(await matchesOf('ip ttl > 255', 'ip'), ['ttl '], 'nothing above the maximum');
    assert.deepEqual(await matchesOf('ip saddr 192.0.2.0/24 ip daddr != 10.0.0.1', 'ip'), [
      `saddr/ip ${0xc0000200}-${0xc00002ff}`, `daddr/ip != ${0x0a000001}`,
    ]);
    assert.deepEqual(await matchesOf('ip6 saddr ::1', 'ip6'), ['saddr/ip6 1']);
    assert.deepEqual(await matchesOf('iifname "eth*" oifname { lo, "wg0" }'), ['iifname eth*', 'oifname lo,wg0']);
    assert.deepEqual(await matchesOf('ip saddr @blocked', 'ip', 'set blocked { type ipv4_addr; }'), ['saddr/ip @blocked']);
    assert.deepEqual(await matchesOf('meta mark 0x10 ct mark 010'), ['mark 16', 'ct.mark 8'], 'hex, and octal with a leading zero');
  });

  it('lowers flag types as nft 1.0.6 does: any of the bits without an operator, whole-value with == and !=', async () => {
    assert.deepEqual(await matchesOf('tcp flags syn'), ['(l4proto 6)', 'tcp.flags &2 2']);
    assert.deepEqual(await matchesOf('ct state established,related'), ['ct.state &6 != 0']);
    assert.deepEqual(await matchesOf('ct state new'), ['ct.state &8 8']);
    assert.deepEqual(await matchesOf('ct state != established'), ['ct.state != 2']);
    assert.deepEqual(await matchesOf('tcp flags == syn'), ['(l4proto 6)', 'tcp.flags 2']);
    assert.deepEqual(await matchesOf('ct state { established, related }'), ['ct.state 2,4'], 'a set lists exact values');
    assert.deepEqual(await matchesOf('tcp flags & (syn|ack) == syn'), ['(l4proto 6)', 'tcp.flags &18 2']);
    assert.deepEqual(await matchesOf('ct mark and 0xff != 1'), ['ct.mark &255 != 1']);
  });

  it('adds nft\'s protocol dependencies per family, once', async () => {
    assert.deepEqual(await matchesOf('ip saddr 192.0.2.1'), ['(nfproto 2)', `saddr/ip ${0xc0000201}`]);
    assert.deepEqual(await matchesOf('ip saddr 192.0.2.1', 'ip'), [`saddr/ip ${0xc0000201}`]);
    assert.deepEqual(await matchesOf('ip saddr 192.0.2.1', 'bridge'), ['(ethertype 2048)', `saddr/ip ${0xc0000201}`]);
    assert.deepEqual(await matchesOf('icmp type echo-request', 'bridge'), ['opaque implicit ether type', '(l4proto 1)', 'icmp.type 8']);
    assert.deepEqual(await matchesOf('meta l4proto tcp tcp dport 22'), ['l4proto 6', 'dport 22']);
    assert.deepEqual(await matchesOf('icmpv6 type echo-request'), ['(nfproto 10)', '(l4proto 58)', 'icmpv6.type 128']);
  });

  it('reads th ports only when the rule restricts the protocol to ones with ports', async () => {
    assert.deepEqual(await matchesOf('th dport 53'), ['opaque th dport']);
    assert.deepEqual(await matchesOf('meta l4proto { tcp, udp } th dport 53'), ['l4proto 6,17', 'dport 53']);
    const [unsure] = await statementsOf('th dport vmap { 53 : accept }');
    const [sure] = await statementsOf('meta l4proto udp th dport vmap { 53 : accept }');
    assert.deepEqual([unsure, sure].map((s) => (s.verdict?.kind === 'vmap' ? s.verdict.entries.map((e) => describeMatch(e.match)) : [])), [['opaque th dport'], ['dport 53']]);
  });

  it('lowers concatenations into tuple matches', async () => {
    assert.deepEqual(await matchesOf('ip saddr . tcp dport { 192.0.2.1 . 22, 10.0.0.0/8 . 80-90 }', 'ip'), [
      '(l4proto 6)', `saddr.dport ${0xc0000201}.22,${0x0a000000}-${0x0affffff}.80-90`,
    ]);
    assert.deepEqual(await matchesOf('ip saddr . tcp dport @pairs', 'ip', 'set pairs { type ipv4_addr . inet_service; elements = { 192.0.2.1 . 22 }; }'), [
      '(l4proto 6)', `saddr.dport @pairs ${0xc0000201}.22`,
    ]);
  });

  it('keeps what it cannot read exactly opaque, and marks stateful ones', async () => {
    assert.deepEqual(await matchesOf('ip saddr host.example tcp option maxseg size 1460'), ['(nfproto 2)', 'opaque ip saddr', '(l4proto 6)', 'opaque tcp option maxseg size']);
    assert.deepEqual(await matchesOf('limit rate 5/second quota over 1 mbytes ct count over 3 numgen random mod 10 < 5'), [
      'opaque! limit', 'opaque! quota', 'opaque! ct count', 'opaque! numgen random',
    ]);
    assert.deepEqual(await matchesOf('ip saddr @seen add @seen { ip saddr }', 'ip', 'set seen { type ipv4_addr; flags dynamic; }'), ['opaque! ip saddr'],
      'a set the packet path writes to changes between packets');
  });
});

describe('nft model: statements', () => {
  it('gives verdicts, verdict maps and nat their verdicts', async () => {
    const [vmap] = await statementsOf('tcp dport vmap { 22 : accept, 23 : drop, 24 : jump x }');
    assert.equal(vmap.verdict?.kind, 'vmap');
    assert.deepEqual(vmap.verdict?.kind === 'vmap' && vmap.verdict.entries.map((e) => `${describeMatch(e.match)} → ${e.verdict.kind}`), [
      'dport 22 → accept', 'dport 23 → drop', 'dport 24 → jump',
    ]);
    const [reject] = await statementsOf('reject with icmpx admin-prohibited');
    assert.deepEqual(reject.verdict, { kind: 'reject', with: 'icmpx admin-prohibited' });
    const [dnat] = await statementsOf('dnat to 10.0.0.1:8080', 'ip');
    assert.deepEqual([dnat.verdict, dnat.effect], [{ kind: 'accept' }, { kind: 'dnat', family: 'ip', address: 0x0a000001n, port: 8080 }]);
    const [snat] = await statementsOf('snat ip to 192.0.2.1-192.0.2.9:1000-2000');
    assert.deepEqual(snat.effect, { kind: 'snat', family: 'ip', address: 0xc0000201n, addressHi: 0xc0000209n, port: 1000, portHi: 2000 });
    const [masq] = await statementsOf('masquerade to :1024-2048');
    assert.deepEqual(masq.effect, { kind: 'masquerade', port: 1024, portHi: 2048 });
    const [queue] = await statementsOf('queue num 3 bypass');
    assert.deepEqual(queue.verdict, { kind: 'queue' });
  });

  it('reads mark writes as values, copies and masked changes', async () => {
    const effects = (await statementsOf('meta mark set 0x10 ct mark set meta mark meta mark set mark | 0x4 meta mark set mark & 0xff ct mark set ip saddr map { 192.0.2.1 : 1 }'))
      .map((s) => s.effect);
    assert.deepEqual(effects, [
      { kind: 'set-field', field: 'mark', value: 16n },
      { kind: 'copy-field', field: 'ct.mark', from: 'mark' },
      { kind: 'set-field', field: 'mark', value: 4n, mask: 4n },
      { kind: 'set-field', field: 'mark', value: 0n, mask: 0xffffff00n },
      { kind: 'unknown', fields: ['ct.mark'] },
    ]);
  });

  it('records where statements stand among the matches (an effect before a match applies anyway)', async () => {
    const statements = await statementsOf('ct mark set 1 tcp dport 22 counter accept');
    assert.deepEqual(statements.map((s) => [s.name, s.afterMatches]), [['ct-set', 0], ['counter', 2], ['accept', 2]]);
  });

  it('reads tproxy, notrack, log and counter', async () => {
    const [tproxy] = await statementsOf('meta l4proto tcp tproxy ip to 127.0.0.1:3128');
    assert.deepEqual(tproxy.effect, { kind: 'tproxy', family: 'ip', address: 0x7f000001n, port: 3128 });
    const [notrack, log, counter] = await statementsOf('notrack log prefix "in: " level info counter');
    assert.deepEqual(notrack.effect, { kind: 'notrack' });
    assert.deepEqual(log.args, { prefix: 'in: ', level: 'info' });
    assert.equal(counter.name, 'counter');
  });
});

