// Packet specs: JSON and the short form read to the same packet; bad specs fail with a message that names the field.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPacketSpec, parsePacketSpec, PacketSpecError } from '../../server/src/trace/index';

describe('packet spec', () => {
  it('reads JSON', () => {
    assert.deepEqual(parsePacketSpec('{"family":"ip","protocol":"tcp","saddr":"198.51.100.7","dport":22,"tcpFlags":"S","ctState":"new","iif":"eth0"}'),
      { family: 'ip', protocol: 'tcp', saddr: '198.51.100.7', dport: 22, tcpFlags: 'S', ctState: 'new', iif: 'eth0' });
  });

  it('infers the family from an address and defaults the protocol to tcp', () => {
    assert.deepEqual(parsePacketSpec('{"daddr":"2001:db8::1"}'), { family: 'ip6', protocol: 'tcp', daddr: '2001:db8::1' });
  });

  it('reads the short form', () => {
    assert.deepEqual(parsePacketSpec('tcp 198.51.100.7:40000 > 192.0.2.1:22 iif eth0 S new'), {
      family: 'ip', protocol: 'tcp', saddr: '198.51.100.7', sport: 40000, daddr: '192.0.2.1', dport: 22, iif: 'eth0', tcpFlags: 'S', ctState: 'new',
    });
    assert.deepEqual(parsePacketSpec('udp [2001:db8::7]:5353 > [2001:db8::1]:53 forward oif eth1 mark 0x10 established'), {
      family: 'ip6', protocol: 'udp', saddr: '2001:db8::7', sport: 5353, daddr: '2001:db8::1', dport: 53, oif: 'eth1', mark: 16,
      destination: 'forward', ctState: 'established',
    });
    assert.deepEqual(parsePacketSpec('icmp 192.0.2.9 > 192.0.2.1 type echo-request origin local'), {
      family: 'ip', protocol: 'icmp', saddr: '192.0.2.9', daddr: '192.0.2.1', icmpType: 8, origin: 'local',
    });
    assert.deepEqual(parsePacketSpec('ip6 udp * > *:53'), { family: 'ip6', protocol: 'udp', dport: 53 });
  });

  it('prints a short form that reads back to the same spec', () => {
    for (const text of [
      'tcp 198.51.100.7:40000 > 192.0.2.1:22 iif eth0 flags SA established mark 0x1 len 60 origin network',
      'udp [2001:db8::7]:5353 > [2001:db8::1]:53 oif eth1 ctmark 0x2 forward',
      'icmpv6 2001:db8::7 > 2001:db8::1 type 128 code 0 dest local',
      'ip6 proto 47',
    ]) {
      const spec = parsePacketSpec(text);
      assert.deepEqual(parsePacketSpec(formatPacketSpec(spec)), spec, text);
    }
  });

  it('refuses bad specs with a clear message', () => {
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['{"family":"ip4"}', /"family" must be "ip" or "ip6"/],
      ['{"protocol":"tcp","dport":70000}', /"dport" must be an integer from 0 to 65535/],
      ['{"family":"ip","saddr":"2001:db8::1"}', /not an IPv4 address/],
      ['{"saddr":"10.0.0.300"}', /not an IP address/],
      ['{"protocol":"icmp","dport":22}', /icmp packets have no ports/],
      ['{"protocol":"udp","tcpFlags":"S"}', /needs protocol tcp/],
      ['{"tcpFlags":"SYN"}', /flag letters/],
      ['{"ctState":"NEW"}', /"ctState" must be/],
      ['{"colour":"red"}', /unknown field "colour"/],
      ['{"family":', /not valid JSON/],
      ['[1]', /must be a JSON object/],
      ['tcp 1.2.3.4 > 5.6.7.8 sideways', /"sideways" is not part of a packet/],
      ['tcp iif', /"iif" needs a value/],
      ['icmp type echo-sideways', /unknown ICMP type/],
      ['{"protocol":"icmp","family":"ip6"}', /carries icmpv6/],
    ];
    for (const [text, message] of cases) {
      assert.throws(() => parsePacketSpec(text), (e: unknown) => e instanceof PacketSpecError && message.test(e.message), text);
    }
  });
});
