// The simulator's semantics on hand-built models: hook order, base chains across tables, verdicts, NAT, marks,
// verdict maps, sets and assumptions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CT_STATE_BITS } from '../../server/src/model/fields';
import { tracePacket, type PacketSpec, type TraceOptions, type TraceResult } from '../../server/src/trace/index';
import { effect, field, ifname, ModelBuilder, n, net, opaque, setRef, tuple, verdict, vmap } from './trace-builder';

const MATCH: TraceOptions = { assume: 'match' };
const TCP22: PacketSpec = { family: 'ip', protocol: 'tcp', saddr: '198.51.100.7', daddr: '192.0.2.1', dport: 22, iif: 'eth0' };

/** "table chain verdict" for every matched step, "table chain -" for rules that did not match. */
function path(result: TraceResult): string[] {
  return result.steps.map((s) => `${s.hook} ${s.chain} ${s.rule ? (s.matched ? s.verdict : '-') : `policy ${s.verdict}`}`);
}

function counterChain(m: ModelBuilder, table: ReturnType<ModelBuilder['table']>, name: string, hook: Parameters<ModelBuilder['chain']>[2], priority = 0, type: 'filter' | 'nat' = 'filter') {
  const chain = m.chain(table, name, hook, priority, undefined, type);
  m.rule(chain, 'counter', [], [effect('counter', { kind: 'none' })]);
  return chain;
}

describe('trace: hooks in order', () => {
  const m = new ModelBuilder();
  const t = m.table('inet', 't');
  for (const hook of ['prerouting', 'input', 'forward', 'output', 'postrouting'] as const) counterChain(m, t, hook, hook);
  const rs = [m.ruleset()];

  it('network to a local socket: prerouting, input', () => {
    const r = tracePacket(rs, { ...TCP22, destination: 'local' }, MATCH);
    assert.deepEqual(r.hooks.map((h) => h.hook), ['prerouting', 'input']);
    assert.equal(r.delivered, 'local');
    assert.equal(r.verdict, 'accept');
  });

  it('forwarded: prerouting, forward, postrouting', () => {
    const r = tracePacket(rs, { ...TCP22, destination: 'forward', oif: 'eth1' }, MATCH);
    assert.deepEqual(r.hooks.map((h) => h.hook), ['prerouting', 'forward', 'postrouting']);
    assert.equal(r.delivered, 'forwarded');
  });

  it('locally generated: output, postrouting; to this host again through prerouting and input over lo', () => {
    assert.deepEqual(tracePacket(rs, { family: 'ip', protocol: 'udp', origin: 'local' }, MATCH).hooks.map((h) => h.hook), ['output', 'postrouting']);
    const loop = tracePacket(rs, { family: 'ip', protocol: 'udp', origin: 'local', destination: 'local' }, MATCH);
    assert.deepEqual(loop.hooks.map((h) => h.hook), ['output', 'postrouting', 'prerouting', 'input']);
    assert.equal(loop.delivered, 'local');
  });

  it('routing follows the local addresses when the packet does not say', () => {
    const opts = { ...MATCH, localAddresses: ['192.0.2.0/24'] };
    assert.equal(tracePacket(rs, TCP22, opts).delivered, 'local');
    assert.equal(tracePacket(rs, { ...TCP22, daddr: '203.0.113.5' }, opts).delivered, 'forwarded');
  });
});

describe('trace: base chains and verdicts', () => {
  it('accept ends only its base chain; later base chains at the hook still run, across tables and dialects', () => {
    const m = new ModelBuilder();
    const a = m.table('inet', 'a');
    const first = m.chain(a, 'first', 'input', 0);
    m.rule(first, 'accept', [], [verdict('accept')]);
    const ipt = m.table('ip', 'filter', 'iptables');
    const later = m.chain(ipt, 'INPUT', 'input', 10, 'drop');
    m.rule(later, '-p tcp --dport 23 -j ACCEPT', [field('dport', [n(23)])], [verdict('accept')]);
    const earlier = m.chain(a, 'early', 'input', -10);
    m.rule(earlier, 'counter', [], [effect('counter', { kind: 'none' })]);
    const r = tracePacket([m.ruleset()], { ...TCP22, destination: 'local' }, MATCH);
    assert.deepEqual(path(r), ['input early continue', 'input early policy accept', 'input first accept', 'input INPUT -', 'input INPUT policy drop']);
    assert.equal(r.verdict, 'drop');
    assert.equal(r.delivered, 'dropped');
  });

  it('drop ends everything: no later chain, no later hook', () => {
    const m = new ModelBuilder();
    const t = m.table('ip', 't');
    const pre = m.chain(t, 'pre', 'prerouting', 0);
    m.rule(pre, 'drop', [], [verdict('drop')]);
    counterChain(m, t, 'later', 'prerouting', 10);
    counterChain(m, t, 'in', 'input');
    const r = tracePacket([m.ruleset()], TCP22, MATCH);
    assert.deepEqual(path(r), ['prerouting pre drop']);
    assert.equal(r.delivered, 'dropped');
  });

  it('jump returns implicitly, goto does not come back, return in the base chain applies the policy', () => {
    const m = new ModelBuilder();
    const t = m.table('inet', 't');
    const input = m.chain(t, 'input', 'input', 0, 'drop');
    m.rule(input, 'jump a', [], [verdict('jump', 'a')]);
    m.rule(input, 'tcp dport 22 goto b', [field('dport', [n(22)])], [verdict('goto', 'b')]);
    m.rule(input, 'accept', [], [verdict('accept')]);
    const a = m.chain(t, 'a');
    m.rule(a, 'counter', [], [effect('counter', { kind: 'none' })]);
    const b = m.chain(t, 'b');
    m.rule(b, 'tcp dport 22 return', [field('dport', [n(22)])], [verdict('return')]);
    const r = tracePacket([m.ruleset()], TCP22, MATCH);
    assert.deepEqual(path(r), ['input input jump a', 'input a continue', 'input input goto b', 'input b return', 'input input policy drop']);
    assert.deepEqual(r.steps.map((s) => s.depth), [0, 1, 0, 0, 0]);
  });

  it('reject is a drop with its own verdict; a jump to a missing chain is an error, not a crash', () => {
    const m = new ModelBuilder();
    const t = m.table('inet', 't');
    const input = m.chain(t, 'input', 'input', 0);
    m.rule(input, 'jump nowhere', [], [verdict('jump', 'nowhere')]);
    m.rule(input, 'reject', [], [verdict('reject')]);
    const r = tracePacket([m.ruleset()], TCP22, MATCH);
    assert.equal(r.verdict, 'reject');
    assert.match(r.errors[0], /nowhere.*does not exist/);
  });

  it('a jump loop stops at the kernel\'s stack depth', () => {
    const m = new ModelBuilder();
    const t = m.table('inet', 't');
    const input = m.chain(t, 'input', 'input', 0);
    m.rule(input, 'jump a', [], [verdict('jump', 'a')]);
    m.rule(m.chain(t, 'a'), 'jump a', [], [verdict('jump', 'a')]);
    const r = tracePacket([m.ruleset()], TCP22, MATCH);
    assert.match(r.errors[0], /more than 16 chains deep/);
    assert.equal(r.delivered, 'dropped');
  });
});

describe('trace: registration order and the NAT core', () => {
  it('at equal priority the chain registered later runs first', () => {
    const m = new ModelBuilder();
    counterChain(m, m.table('ip', 'first'), 'c', 'input', 0);
    counterChain(m, m.table('ip', 'second'), 'c', 'input', 0);
    const r = tracePacket([m.ruleset()], TCP22, MATCH);
    assert.deepEqual(r.steps.map((s) => s.table), ['second', 'second', 'first', 'first']);
  });

  it('a new connection is bound at every NAT hook: sent to this host, it skips the nat chains on the way back in', () => {
    const m = new ModelBuilder();
    const t = m.table('ip', 't');
    counterChain(m, t, 'pre', 'prerouting', -100, 'nat');
    counterChain(m, t, 'in', 'input', 100, 'nat');
    m.rule(m.chain(t, 'probe', 'input', 0), 'ct state new counter', [field('ct.state', [n(8)])], [effect('counter', { kind: 'none' })]);
    const r = tracePacket([m.ruleset()], { family: 'ip', protocol: 'udp', origin: 'local', destination: 'local' }, MATCH);
    assert.deepEqual(path(r), ['input probe continue', 'input probe policy accept']);
  });

  it('nat chains do not run when nothing in the ruleset uses connection tracking', () => {
    const m = new ModelBuilder();
    counterChain(m, m.table('ip', 't'), 'pre', 'prerouting', -100, 'nat');
    const r = tracePacket([m.ruleset()], TCP22, MATCH);
    assert.deepEqual(r.steps, []);
    assert.match(r.hooks[0].notes.join(' '), /nothing in the ruleset turns on connection tracking/);
  });

  it('netdev ingress chains on the packet\'s device run before prerouting', () => {
    const m = new ModelBuilder();
    const netdev = m.table('netdev', 'edge');
    const ingress = m.chain(netdev, 'in', 'ingress', 0);
    ingress.base!.devices = ['eth0'];
    m.rule(ingress, 'counter', [], [effect('counter', { kind: 'none' })]);
    counterChain(m, m.table('ip', 't'), 'pre', 'prerouting', 0);
    assert.deepEqual(tracePacket([m.ruleset()], TCP22, MATCH).hooks.map((h) => h.hook), ['ingress', 'prerouting', 'input']);
    assert.deepEqual(tracePacket([m.ruleset()], { ...TCP22, iif: 'eth1' }, MATCH).hooks.map((h) => h.hook), ['prerouting', 'input']);
  });
});

describe('trace: field matches', () => {
  function single(matches: Parameters<ModelBuilder['rule']>[2], packet: PacketSpec = TCP22, setup?: (m: ModelBuilder, t: ReturnType<ModelBuilder['table']>) => void): boolean {
    const m = new ModelBuilder();
    const t = m.table('inet', 't');
    setup?.(m, t);
    m.rule(m.chain(t, 'input', 'input', 0, 'drop'), 'rule', matches, [verdict('accept')]);
    return tracePacket([m.ruleset()], packet, MATCH).steps[0].matched;
  }

  it('value lists, ranges and negation', () => {
    assert.equal(single([field('dport', [n(80), n(20, 25)])]), true);
    assert.equal(single([field('dport', [n(80), n(20, 25)], { negated: true })]), false);
    assert.equal(single([field('saddr', [net('198.51.100.0/24')], { family: 'ip' })]), true);
    assert.equal(single([field('saddr', [net('2001:db8::/32')], { family: 'ip6', negated: true })]), false, 'an IPv6 match never holds for an IPv4 packet, negated or not');
  });

  it('bitmask tests: SYN without ACK', () => {
    const syn = [field('tcp.flags', [n(0x02)], { bitwise: { mask: 0x12n } })];
    assert.equal(single(syn, { ...TCP22, tcpFlags: 'S' }), true);
    assert.equal(single(syn, { ...TCP22, tcpFlags: 'SA' }), false);
  });

  it('masked values and interface wildcards', () => {
    assert.equal(single([field('mark', [{ kind: 'masked', value: 0x1n, mask: 0xffn }])], { ...TCP22, origin: 'local', mark: 0x301, destination: 'local' }), true);
    assert.equal(single([field('iifname', [ifname('eth', true)])]), true);
    assert.equal(single([field('iifname', [ifname('eth1')])]), false);
  });

  it('a field the packet does not have never matches, negated or not', () => {
    assert.equal(single([field('dport', [n(22)], { negated: true })], { family: 'ip', protocol: 'icmp' }), false);
  });

  it('named sets with intervals, and concatenations', () => {
    const withSet = (m: ModelBuilder, t: ReturnType<ModelBuilder['table']>): void => m.set(t, 'admins', [[net('198.51.100.0/28')], [n(0xc0000201)]], ['interval']);
    assert.equal(single([field('saddr', [setRef('admins')], { family: 'ip' })], TCP22, withSet), true);
    assert.equal(single([field('saddr', [setRef('admins')], { family: 'ip' })], { ...TCP22, saddr: '198.51.100.99' }, withSet), false);
    const pairs = [[net('198.51.100.7'), n(22)], [net('198.51.100.8'), n(80)]];
    assert.equal(single([tuple(['saddr', 'dport'], pairs)]), true);
    assert.equal(single([tuple(['saddr', 'dport'], pairs)], { ...TCP22, dport: 80 }), false);
  });
});

describe('trace: state the packet carries', () => {
  it('a mark set in mangle prerouting is seen by filter input', () => {
    const m = new ModelBuilder();
    const t = m.table('ip', 't');
    m.rule(m.chain(t, 'mangle', 'prerouting', -150), 'meta mark set 0x7', [], [effect('mangle', { kind: 'set-field', field: 'mark', value: 7n })]);
    m.rule(m.chain(t, 'in', 'input', 0, 'drop'), 'meta mark 7 accept', [field('mark', [n(7)])], [verdict('accept')]);
    const r = tracePacket([m.ruleset()], TCP22, MATCH);
    assert.deepEqual(path(r), ['prerouting mangle continue', 'prerouting mangle policy accept', 'input in accept']);
    assert.deepEqual(r.steps[0].effects, ['mark 0x0 → 0x7']);
  });

  it('ct state reads invalid before conntrack (raw) and the given state after; notrack makes it untracked', () => {
    const m = new ModelBuilder();
    const t = m.table('inet', 't');
    const ct = (bits: number) => field('ct.state', [n(bits)]);
    m.rule(m.chain(t, 'raw', 'prerouting', -300), 'ct state invalid counter', [ct(CT_STATE_BITS.invalid)], [effect('counter', { kind: 'none' })]);
    const filter = m.chain(t, 'in', 'input', 0, 'drop');
    m.rule(filter, 'ct state new accept', [ct(CT_STATE_BITS.new)], [verdict('accept')]);
    m.rule(filter, 'ct state untracked accept', [ct(CT_STATE_BITS.untracked)], [verdict('accept')]);
    assert.deepEqual(path(tracePacket([m.ruleset()], TCP22, MATCH)), ['prerouting raw continue', 'prerouting raw policy accept', 'input in accept']);
    m.rule(m.chain(t, 'notrack', 'prerouting', -300), 'notrack', [], [effect('notrack', { kind: 'notrack' })]);
    const r = tracePacket([m.ruleset()], TCP22, MATCH);
    assert.deepEqual(path(r).slice(-2), ['input in -', 'input in accept']);
  });

  it('DNAT before routing: the rewritten destination is forwarded; NAT chains run at the NAT core priority', () => {
    const m = new ModelBuilder();
    const t = m.table('ip', 't');
    counterChain(m, t, 'early', 'prerouting', -150);
    m.rule(m.chain(t, 'dnat', 'prerouting', -190, undefined, 'nat'), 'tcp dport 22 dnat to 10.0.0.5:2222', [field('dport', [n(22)])],
      [effect('dnat', { kind: 'dnat', family: 'ip', address: 0x0a000005n, port: 2222 })]);
    counterChain(m, t, 'more-nat', 'prerouting', -180, 'nat');
    m.rule(m.chain(t, 'fwd', 'forward', 0, 'drop'), 'ip daddr 10.0.0.5 tcp dport 2222 accept',
      [field('daddr', [net('10.0.0.5')], { family: 'ip' }), field('dport', [n(2222)])], [verdict('accept')]);
    counterChain(m, t, 'in', 'input');
    const r = tracePacket([m.ruleset()], { ...TCP22, destination: 'local' }, MATCH);
    assert.deepEqual(path(r), ['prerouting early continue', 'prerouting early policy accept', 'prerouting dnat accept', 'forward fwd accept']);
    assert.equal(r.delivered, 'forwarded');
    assert.ok(r.hooks[0].notes.some((note) => /translation is already set up/.test(note)), 'later nat chains are skipped once DNAT happened');
    const established = tracePacket([m.ruleset()], { ...TCP22, ctState: 'established', destination: 'local' }, MATCH);
    assert.deepEqual(path(established), ['prerouting early continue', 'prerouting early policy accept', 'input in continue', 'input in policy accept']);
  });

  it('SNAT after routing, in postrouting', () => {
    const m = new ModelBuilder();
    const t = m.table('ip', 't');
    m.rule(m.chain(t, 'snat', 'postrouting', 100, undefined, 'nat'), 'snat to 203.0.113.1', [], [effect('snat', { kind: 'snat', family: 'ip', address: 0xcb007101n })]);
    m.rule(m.chain(t, 'post', 'postrouting', 200), 'ip saddr 203.0.113.1 accept', [field('saddr', [net('203.0.113.1')], { family: 'ip' })], [verdict('accept')]);
    m.rule(m.chain(t, 'ct', 'input', 0), 'ct state new', [field('ct.state', [n(8)])], []);
    const r = tracePacket([m.ruleset()], { ...TCP22, destination: 'forward' }, MATCH);
    assert.deepEqual(path(r), ['postrouting snat accept', 'postrouting post accept']);
    assert.match(r.packetOut, /203\.0\.113\.1/);
  });

  it('verdict maps pick by key; a miss does not match the rule', () => {
    const m = new ModelBuilder();
    const t = m.table('inet', 't');
    const input = m.chain(t, 'input', 'input', 0, 'drop');
    m.rule(input, 'ct state vmap { established : accept, invalid : drop }', [], [vmap([
      [field('ct.state', [n(2)]), { kind: 'accept' }], [field('ct.state', [n(1)]), { kind: 'drop' }],
    ])]);
    m.rule(input, 'tcp dport 22 accept', [field('dport', [n(22)])], [verdict('accept')]);
    assert.deepEqual(path(tracePacket([m.ruleset()], { ...TCP22, ctState: 'established' }, MATCH)), ['input input accept']);
    const miss = tracePacket([m.ruleset()], TCP22, MATCH);
    assert.deepEqual(path(miss), ['input input -', 'input input accept']);
    assert.match(miss.steps[0].reason ?? '', /no element of the map matches/);
  });

  it('TPROXY hands the packet to a local socket: routed locally, and -m socket matches in input', () => {
    const m = new ModelBuilder('file:///tproxy.rules', 'iptables');
    const mangle = m.table('ip', 'mangle');
    const pre = m.chain(mangle, 'PREROUTING', 'prerouting', -150);
    m.rule(pre, '-m socket --transparent -j ACCEPT', [opaque('-m socket --transparent', 'match', false)], [verdict('accept')]);
    m.rule(pre, '-p tcp --dport 80 -j TPROXY --on-port 8080 --on-ip 127.0.0.1 --tproxy-mark 0x1/0x1', [field('dport', [n(80)])],
      [effect('TPROXY', { kind: 'none' }, { '--on-port': '8080', '--on-ip': '127.0.0.1', '--tproxy-mark': '0x1/0x1' })]);
    const filter = m.table('ip', 'filter');
    m.rule(m.chain(filter, 'INPUT', 'input', 0, 'drop'), '-m socket -j ACCEPT', [opaque('-m socket', 'match', false)], [verdict('accept')]);
    const r = tracePacket([m.ruleset()], { family: 'ip', protocol: 'tcp', daddr: '198.18.100.5', dport: 80, destination: 'forward' }, MATCH);
    assert.deepEqual(path(r), ['prerouting PREROUTING -', 'prerouting PREROUTING accept', 'input INPUT accept']);
    assert.equal(r.delivered, 'local');
    assert.ok(r.steps[1].effects?.includes('mark 0x0 → 0x1'));
    assert.equal(r.assumptions.find((a) => a.text.includes('--transparent'))?.assumed, 'no-match');
  });
});

describe('trace: assumptions', () => {
  const m = new ModelBuilder();
  const t = m.table('inet', 't');
  const input = m.chain(t, 'input', 'input', 0, 'drop');
  const limited = m.rule(input, 'limit rate 5/minute accept', [opaque('limit rate 5/minute', 'limit')], [verdict('accept')]);
  m.rule(input, 'tcp dport 22 accept', [field('dport', [n(22)])], [verdict('accept')]);
  const rs = [m.ruleset()];

  it('an undecidable match matches by default and is listed', () => {
    const r = tracePacket(rs, TCP22, MATCH);
    assert.deepEqual(path(r), ['input input accept']);
    assert.equal(r.assumptions[0].assumed, 'match');
    assert.equal(r.assumptions[0].text, 'limit rate 5/minute');
  });

  it('--assume no-match, and a per-line override', () => {
    assert.deepEqual(path(tracePacket(rs, TCP22, { assume: 'no-match' })), ['input input -', 'input input accept']);
    const key = `${limited.location.uri}#${limited.location.range.start.line}`;
    const r = tracePacket(rs, TCP22, { assume: 'match', overrides: { [key]: false } });
    assert.deepEqual(path(r), ['input input -', 'input input accept']);
    assert.match(r.assumptions[0].reason, /chosen for this line/);
  });

  it('a default packet field that decided a match is listed', () => {
    const r = tracePacket(rs, { family: 'ip', protocol: 'tcp' }, { assume: 'no-match' });
    assert.ok(r.assumptions.some((a) => a.assumed === 'default' && a.text === 'dport 80'), JSON.stringify(r.assumptions));
  });
});
