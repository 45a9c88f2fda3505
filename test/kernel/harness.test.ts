// The harness's pure parts, tested without a kernel: packet encoding, trace parsing, rule positions.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { resolvePacket } from './lib/packet';
import { addressBytes, encodePacket, internetChecksum } from './lib/packet-bytes';
import { RulesetIndex } from './lib/ruleset-index';
import { TraceCollector } from './lib/trace-parse';
import { CLIENT4, FW4, SERVER6 } from './lib/topology-addresses';

describe('packet encoding', () => {
  it('builds an IPv4 TCP SYN whose header checksum verifies and whose id is the tag', () => {
    const bytes = encodePacket(resolvePacket({ family: 'ip', protocol: 'tcp', dport: 22, origin: 'network' }, 4242));
    assert.equal(bytes.length, 40);
    assert.equal(internetChecksum(bytes.subarray(0, 20)), 0);
    assert.equal(bytes.readUInt16BE(4), 4242);
    assert.deepEqual([...bytes.subarray(12, 20)], [...addressBytes(CLIENT4, false), ...addressBytes(FW4, false)]);
    assert.equal(bytes.readUInt16BE(22), 22);
    assert.equal(bytes[33], 0x02);
  });

  it('pads to the requested length and puts the tag in the IPv6 flow label', () => {
    const p = resolvePacket({ family: 'ip6', protocol: 'udp', origin: 'network', destination: 'forward', length: 100 }, 77);
    const bytes = encodePacket(p);
    assert.equal(bytes.length, 100);
    assert.equal(bytes.readUInt32BE(0) & 0xfffff, 77);
    assert.equal(bytes.readUInt16BE(4), 60);
    assert.equal(p.daddr, SERVER6);
  });

  it('expands compressed IPv6 addresses and rejects a mark on network packets', () => {
    assert.equal(addressBytes('fd00:18::2', true).toString('hex'), 'fd000018000000000000000000000002');
    assert.throws(() => resolvePacket({ family: 'ip', protocol: 'tcp', origin: 'network', mark: 1 }, 1));
  });
});

const LINES = `trace id 85d1304c inet nfrtrace p packet: iif "veth-c" ip saddr 198.18.0.2 ip daddr 198.18.0.1 ip id 500 ip length 40
trace id 85d1304c inet nfrtrace p rule meta nftrace set 1 # handle 4 (verdict continue)
trace id 85d1304c inet x a packet: iif "veth-c" ip saddr 198.18.0.2 ip daddr 198.18.0.1 ip id 500 ip length 40
trace id 85d1304c inet x a rule tcp dport 22 jump u # handle 7 (verdict jump u)
trace id 85d1304c inet x u rule counter packets 0 bytes 0 return # handle 9 (verdict return)
trace id 85d1304c inet x a policy drop meta mark 0x00000005
trace id 85d1304c inet nfrtrace p packet: iif "veth-c" ip saddr 198.18.0.7 ip daddr 198.18.0.1 ip id 501 ip length 40
trace id 85d1304c inet x a rule accept # handle 8 (verdict accept)`;

describe('trace parsing', () => {
  it('assigns events to tagged packets and ignores a reused trace id of other traffic', () => {
    const c = new TraceCollector([{ tag: 500, family: 'ip', saddr: CLIENT4 }]);
    for (const line of LINES.split('\n')) c.feed(line);
    const events = c.eventsFor(500).filter((e) => e.kind !== 'packet' && e.table === 'x');
    assert.deepEqual(events.map((e) => [e.chain, e.kind, e.handle, e.verdict]), [
      ['a', 'rule', 7, 'jump u'], ['u', 'rule', 9, 'return'], ['a', 'policy', undefined, 'drop'],
    ]);
  });

  it('maps handles to 0-based positions within their chain', () => {
    const index = new RulesetIndex(JSON.stringify({ nftables: [
      { chain: { family: 'ip', table: 'filter', name: 'INPUT', hook: 'input', prio: 0 } },
      { rule: { family: 'ip', table: 'filter', chain: 'INPUT', handle: 5 } },
      { rule: { family: 'ip', table: 'filter', chain: 'INPUT', handle: 8 } },
      { rule: { family: 'ip', table: 'filter', chain: 'USR', handle: 7 } },
    ] }));
    assert.equal(index.ruleIndex('ip', 'filter', 'INPUT', 8), 1);
    assert.equal(index.ruleIndex('ip', 'filter', 'USR', 7), 0);
    assert.equal(index.chain('ip', 'filter', 'INPUT')?.hook, 'input');
  });
});
