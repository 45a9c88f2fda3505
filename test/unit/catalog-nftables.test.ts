import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allowedHooks, COMMANDS, DATA_TYPES, findDataType, findObjectKind, findSelector, findStatement, isChainTypeAllowed,
  KEYWORDS, keywordDoc, namedPriority, OBJECT_KINDS, placementProblem, SELECTORS, STATEMENTS, symbolValue,
  type Documented,
} from '../../server/src/catalog/nftables';
import { FIELDS } from '../../server/src/model/fields';
import { grammarKeywords } from '../../scripts/catalog-coverage-nftables';

function assertDocumented(what: string, e: Documented): void {
  assert.ok(e.doc && e.doc.length > 5, `${what}: doc`);
  assert.ok(e.example && e.example.length > 0, `${what}: example`);
}

describe('nftables catalog entries', () => {
  it('every selector, statement, option, object, property, data type, command and keyword has doc and example', () => {
    for (const s of SELECTORS) assertDocumented(s.words.join(' '), s);
    for (const s of STATEMENTS) {
      assertDocumented(s.name, s);
      for (const o of s.options) assertDocumented(`${s.name} ${o.name}`, o);
    }
    for (const o of OBJECT_KINDS) {
      assertDocumented(o.name, o);
      for (const p of o.properties) assertDocumented(`${o.name} ${p.name}`, p);
    }
    for (const t of DATA_TYPES) assertDocumented(t.name, t);
    for (const c of COMMANDS) assertDocumented(c.name, c);
    for (const k of KEYWORDS.values()) assertDocumented(k.word, k);
  });

  it('selector types name known data types and fields name model fields', () => {
    for (const s of SELECTORS) {
      assert.ok(findDataType(s.type), `${s.words.join(' ')}: unknown type ${s.type}`);
      if (s.field) assert.ok(s.field in FIELDS, `${s.words.join(' ')}: unknown field ${s.field}`);
    }
  });

  it('selector paths are unique', () => {
    const seen = new Set<string>();
    for (const s of SELECTORS) {
      const path = s.words.join(' ');
      assert.ok(!seen.has(path), `duplicate ${path}`);
      seen.add(path);
    }
  });
});

describe('nftables catalog lookups', () => {
  it('finds selectors with their type, width, field and dependency', () => {
    const dport = findSelector('tcp', 'dport');
    assert.equal(dport?.type, 'inet_service');
    assert.equal(dport?.bits, 16);
    assert.equal(dport?.field, 'dport');
    assert.equal(dport?.dependency?.l4proto, 'tcp');
    assert.equal(findSelector('ip6', 'saddr')?.field, 'saddr');
    assert.equal(findSelector('ip6', 'saddr')?.type, 'ipv6_addr');
    assert.equal(findSelector('ct', 'state')?.field, 'ct.state');
    assert.equal(findSelector('meta', 'l4proto')?.field, 'l4proto');
    // The fixed header's next header is not the transport protocol when extension headers follow: no field.
    assert.equal(findSelector('ip6', 'nexthdr')?.field, undefined);
    assert.equal(findSelector('iifname')?.field, 'iifname');
    assert.equal(findSelector('ct', 'original', 'ip', 'saddr')?.type, 'ipv4_addr');
    assert.equal(findSelector('srh', 'sid[3]')?.type, 'ipv6_addr');
    assert.equal(findSelector('tcp', 'nosuchfield'), undefined);
  });

  it('documents keywords by context', () => {
    assert.match(keywordDoc('dport', 'udp')!.doc, /udp dport/);
    assert.match(keywordDoc('filter', 'priority')!.doc, /-200/);
    assert.match(keywordDoc('filter', 'type')!.doc, /any family/);
    assert.match(keywordDoc('random', 'masquerade')!.doc, /random/i);
    assert.ok(keywordDoc('masquerade'));
    assert.equal(keywordDoc('no-such-keyword'), undefined);
  });

  it('knows the named priorities per family and hook', () => {
    const expect: Array<[Parameters<typeof namedPriority>, number | undefined]> = [
      [['ip', 'input', 'raw'], -300], [['inet', 'forward', 'mangle'], -150], [['ip6', 'prerouting', 'dstnat'], -100],
      [['inet', 'input', 'filter'], 0], [['ip', 'output', 'security'], 50], [['ip', 'postrouting', 'srcnat'], 100],
      [['bridge', 'prerouting', 'dstnat'], -300], [['bridge', 'forward', 'filter'], -200],
      [['bridge', 'output', 'out'], 100], [['bridge', 'postrouting', 'srcnat'], 300],
      [['netdev', 'ingress', 'filter'], 0], [['arp', 'input', 'filter'], 0],
      [['ip', 'input', 'dstnat'], undefined], [['bridge', 'input', 'raw'], undefined], [['arp', 'input', 'mangle'], undefined],
    ];
    for (const [args, value] of expect) assert.equal(namedPriority(...args), value, args.join(' '));
  });

  it('accepts and refuses chain type combinations as the kernel does', () => {
    assert.ok(isChainTypeAllowed('inet', 'nat', 'prerouting'));
    assert.ok(isChainTypeAllowed('ip', 'route', 'output'));
    assert.ok(isChainTypeAllowed('inet', 'filter', 'ingress'));
    assert.ok(isChainTypeAllowed('netdev', 'filter', 'egress'));
    assert.ok(!isChainTypeAllowed('ip', 'nat', 'forward'));
    assert.ok(!isChainTypeAllowed('ip6', 'route', 'input'));
    assert.ok(!isChainTypeAllowed('bridge', 'nat', 'postrouting'));
    assert.ok(!isChainTypeAllowed('arp', 'filter', 'forward'));
    assert.ok(!isChainTypeAllowed('netdev', 'filter', 'input'));
    assert.ok(!isChainTypeAllowed('ip', 'filter', 'ingress'));
    assert.deepEqual(allowedHooks('arp', 'filter'), ['input', 'output']);
  });

  it('places statements where the kernel allows them', () => {
    const at = (family: 'ip' | 'inet' | 'netdev', chainType: 'filter' | 'nat', hook: 'prerouting' | 'input' | 'postrouting' | 'output' | 'ingress') =>
      ({ family, chainType, hook });
    assert.equal(placementProblem(findStatement('masquerade')!, at('ip', 'nat', 'postrouting')), undefined);
    assert.ok(placementProblem(findStatement('masquerade')!, at('ip', 'nat', 'prerouting')));
    assert.ok(placementProblem(findStatement('snat')!, at('ip', 'filter', 'postrouting')));
    assert.equal(placementProblem(findStatement('dnat')!, at('inet', 'nat', 'output')), undefined);
    assert.ok(placementProblem(findStatement('tproxy')!, at('ip', 'filter', 'input')));
    assert.deepEqual(findStatement('tproxy')!.requires, ['meta l4proto']);
    assert.ok(placementProblem(findStatement('reject')!, at('ip', 'filter', 'postrouting')));
    assert.ok(placementProblem(findStatement('fwd')!, at('ip', 'filter', 'input')));
    assert.equal(placementProblem(findStatement('fwd')!, at('netdev', 'filter', 'ingress')), undefined);
  });

  it('names the numbers of symbolic values', () => {
    assert.equal(symbolValue('ct_state', 'new'), 8);
    assert.equal(symbolValue('tcp_flag', 'syn'), 2);
    assert.equal(symbolValue('icmp_type', 'echo-request'), 8);
    assert.equal(symbolValue('icmpv6_type', 'nd-neighbor-solicit'), 135);
    assert.equal(symbolValue('ether_type', 'ip6'), 0x86dd);
    assert.equal(symbolValue('pkt_type', 'broadcast'), 1);
    assert.ok(findObjectKind('ct timeout')?.properties.some((p) => p.name === 'policy'));
  });
});

describe('grammar keyword extraction', () => {
  it('collects keyword-like string literals only', () => {
    const grammar = { rules: { a: { type: 'SEQ', members: [{ type: 'STRING', value: 'table' }, { type: 'STRING', value: '{' },
      { type: 'PATTERN', value: '[a-z]+' }, { type: 'STRING', value: 'sack-perm' }, { type: 'STRING', value: 'table' }] } } };
    assert.deepEqual(grammarKeywords(grammar), ['sack-perm', 'table']);
  });
});
