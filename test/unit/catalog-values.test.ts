/** Shared value parsers: edge cases of every textual form both dialects accept. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v from '../../server/src/catalog/values';
import type { IptOption } from '../../server/src/catalog/iptables/types';

/** Unwraps a successful parse, failing the test otherwise. */
function value<T>(r: v.Parsed<T>): T {
  assert.ok(r.ok, r.ok ? '' : r.error);
  return r.value;
}

test('IPv4 addresses, short forms and bad input', () => {
  assert.equal(value(v.parseIpv4('192.0.2.1')), 0xc0000201n);
  assert.equal(value(v.parseIpv4('10.1')), 0x0a010000n);
  assert.equal(value(v.parseIpv4('0x7f.0.0.1')), 0x7f000001n);
  for (const bad of ['256.0.0.1', '1.2.3.4.5', '1..2.3', '', 'a.b.c.d']) assert.equal(v.parseIpv4(bad).ok, false, bad);
});

test('IPv6 addresses in all textual forms', () => {
  assert.equal(value(v.parseIpv6('::')), 0n);
  assert.equal(value(v.parseIpv6('::1')), 1n);
  assert.equal(value(v.parseIpv6('::ffff:1.2.3.4')), 0xffff01020304n);
  assert.equal(value(v.parseIpv6('2001:db8::')), 0x20010db8n << 96n);
  assert.equal(value(v.parseIpv6('2001:DB8:0:0:0:0:0:1')), (0x20010db8n << 96n) | 1n);
  assert.equal(value(v.parseIpv6('1:2:3:4:5:6:1.2.3.4')), value(v.parseIpv6('1:2:3:4:5:6:102:304')));
  for (const bad of ['1::2::3', '1:2:3:4:5:6:7:8:9', '12345::', ':::', '1:2:3:4:5:6:7', 'fe80::1%eth0', '::1.2.3']) {
    assert.equal(v.parseIpv6(bad).ok, false, bad);
  }
  assert.equal(v.formatAddress(value(v.parseIpv6('2001:db8:0:0:1:0:0:1')), 'ipv6'), '2001:db8::1:0:0:1');
});

test('prefixes and masks become ranges; holes are reported', () => {
  assert.deepEqual(value(v.parseAddressPrefix('10.0.0.0/8', 'ipv4')), { lo: 0x0a000000n, hi: 0x0affffffn });
  assert.deepEqual(value(v.parseAddressPrefix('10.1.2.3/255.255.0.0', 'ipv4')), { lo: 0x0a010000n, hi: 0x0a01ffffn });
  assert.deepEqual(value(v.parseAddressPrefix('0.0.0.0/0', 'ipv4')), { lo: 0n, hi: 0xffffffffn });
  assert.equal(value(v.parseAddressPrefix('10.0.0.0/255.0.255.0', 'ipv4')).nonContiguous, true);
  assert.equal(v.parseAddressPrefix('1.2.3.4/33', 'ipv4').ok, false);
  assert.equal(v.parseAddressPrefix('::/129', 'ipv6').ok, false);
  assert.equal(value(v.parseAddressPrefix('2001:db8::/32', 'ipv6')).hi, (0x20010db9n << 96n) - 1n);
  assert.deepEqual(value(v.parseAddressRange('10.0.0.1-10.0.0.9', 'ipv4')), { lo: 0x0a000001n, hi: 0x0a000009n });
  assert.equal(v.parseAddressRange('10.0.0.9-10.0.0.1', 'ipv4').ok, false);
});

test('ports, open ranges, services and multiport limits', () => {
  assert.equal(value(v.parsePort('ssh')), 22);
  assert.equal(value(v.parsePort('65535')), 65535);
  assert.equal(v.parsePort('65536').ok, false);
  assert.equal(v.parsePort('no-such-service').ok, false);
  assert.deepEqual(value(v.parsePortRange('22:')), [22, 65535]);
  assert.deepEqual(value(v.parsePortRange(':1023')), [0, 1023]);
  assert.equal(v.parsePortRange('90:80').ok, false);
  assert.deepEqual(value(v.parsePortRange('1000-2000', '-')), [1000, 2000]);
  assert.equal(value(v.parsePortList('1,2,3,4,5,6,7,8,9,10,11,12,13,14,15')).length, 15);
  assert.equal(value(v.parsePortList('1,2,3,4,5,6,7,8,9,10,11,12,13,14:20')).length, 14);
  assert.equal(v.parsePortList('1,2,3,4,5,6,7,8,9,10,11,12,13,14,15:20').ok, false);
});

test('protocols, ICMP types, states and TCP flags', () => {
  assert.equal(value(v.parseProtocol('TCP')), 6);
  assert.equal(value(v.parseProtocol('ipv6-icmp')), 58);
  assert.equal(v.parseProtocol('256').ok, false);
  assert.equal(v.protocolName(17), 'udp');
  assert.deepEqual(value(v.parseIcmpType('port-unreachable', 'ipv4')), { type: 3, code: 3 });
  assert.deepEqual(value(v.parseIcmpType('8/0', 'ipv4')), { type: 8, code: 0 });
  assert.deepEqual(value(v.parseIcmpType('neighbor-solicitation', 'ipv6')), { type: 135 });
  assert.equal(v.parseIcmpType('neighbor-solicitation', 'ipv4').ok, false);
  assert.equal(v.icmpTypeName({ type: 3, code: 13 }, 'ipv4'), 'communication-prohibited');
  assert.deepEqual(value(v.parseCtStates('NEW,ESTABLISHED,DNAT')), { bits: 8 | 2, nat: ['dnat'] });
  assert.equal(v.parseCtStates('NEW,BOGUS').ok, false);
  assert.equal(value(v.parseTcpFlags('SYN,RST')), 0x06);
  assert.equal(value(v.parseTcpFlags('ALL')), 0x3f);
  assert.equal(value(v.parseTcpFlags('NONE')), 0);
});

test('marks, rates, log levels, MACs, interfaces, times', () => {
  assert.deepEqual(value(v.parseMark('0x10/0xff')), { value: 16, mask: 255 });
  assert.deepEqual(value(v.parseMark('7')), { value: 7, mask: 0xffffffff });
  assert.equal(v.parseMark('0x100000000').ok, false);
  assert.equal(value(v.parseRate('3/min')).perSecond, 3 / 60);
  assert.equal(value(v.parseRate('5')).unit, 'second');
  assert.equal(v.parseRate('20000/s').ok, false);
  assert.equal(v.parseRate('5/fortnight').ok, false);
  assert.equal(value(v.parseLogLevel('warning')), 4);
  assert.equal(v.parseLogLevel('8').ok, false);
  assert.equal(value(v.parseMac('00:11:22:aa:BB:cc')), 0x001122aabbccn);
  assert.equal(v.parseMac('00:11:22:33:44').ok, false);
  assert.deepEqual(value(v.parseInterfaceName('eth+')), { name: 'eth', wildcard: true });
  assert.equal(v.parseInterfaceName('a-very-long-name0').ok, false);
  assert.equal(value(v.parseTimeOfDay('23:59:59')), 86399);
  assert.equal(v.parseTimeOfDay('24:00').ok, false);
  assert.equal(value(v.parseDate('2024-02-29')), Date.UTC(2024, 1, 29) / 1000);
  assert.equal(v.parseDate('2023-02-29').ok, false);
  assert.equal(value(v.parseWeekdays('Mon,Wed,7')), (1 << 1) | (1 << 3) | (1 << 7));
});

test('NAT ranges with IPv6 brackets and ports', () => {
  assert.deepEqual(value(v.parseNatRange('192.0.2.1-192.0.2.9:1000-2000', 'ipv4')),
    { addrLo: 0xc0000201n, addrHi: 0xc0000209n, portLo: 1000, portHi: 2000 });
  assert.deepEqual(value(v.parseNatRange(':8080', 'ipv4')), { portLo: 8080, portHi: 8080 });
  assert.equal(value(v.parseNatRange('[2001:db8::1]:80', 'ipv6')).portLo, 80);
  assert.equal(value(v.parseNatRange('2001:db8::1', 'ipv6')).addrLo, (0x20010db8n << 96n) | 1n);
  assert.equal(v.natRangeHasPort('10.0.0.1:80', 'ipv4'), true);
  assert.equal(v.natRangeHasPort('2001:db8::1', 'ipv6'), false);
});

test('validateIptValue checks each value type', () => {
  const opt = (o: Partial<IptOption>): IptOption => ({ name: '--x', value: 'other', invertible: false, doc: 'x', ...o });
  assert.equal(v.validateIptValue(opt({ value: 'port-range' }), '22:', 'ipv4'), undefined);
  assert.match(v.validateIptValue(opt({ value: 'port' }), '65536', 'ipv4') ?? '', /65535/);
  assert.equal(v.validateIptValue(opt({ value: 'address-prefix', listsAllowed: true }), '10.0.0.0/8,example.com', 'ipv4'), undefined);
  assert.ok(v.validateIptValue(opt({ value: 'address-prefix' }), '1.2.3.4/33', 'ipv4'));
  assert.equal(v.validateIptValue(opt({ value: 'mark' }), '0x10/0xff', 'ipv4'), undefined);
  assert.ok(v.validateIptValue(opt({ value: 'string', maxLength: 29 }), 'x'.repeat(30), 'ipv4'));
  assert.equal(v.validateIptValue(opt({ value: 'enum', values: ['tcp-reset'] }), 'TCP-RESET', 'ipv4'), undefined);
  assert.ok(v.validateIptValue(opt({ value: 'int', min: 1, max: 255 }), '0', 'ipv4'));
  assert.equal(v.validateIptValue(opt({ value: 'tcp-flags', argCount: 2 }), 'SYN,RST SYN', 'ipv4'), undefined);
  assert.ok(v.validateIptValue(opt({ value: 'hex-string' }), '|0g|', 'ipv4'));
  assert.equal(v.validateIptValue(opt({ name: '--to-ports', value: 'port-range' }), '8000-8010', 'ipv4'), undefined);
  assert.equal(v.validateIptValue(opt({ value: 'nat-range' }), '[2001:db8::1]-[2001:db8::5]:80', 'ipv6'), undefined);
  assert.equal(v.validateIptValue(opt({ value: 'tos' }), 'Minimize-Delay', 'ipv4'), undefined);
});
