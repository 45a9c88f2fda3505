/** A witness packet (dimension → value) written the way a reader describes a packet: `tcp 10.0.0.1 > 192.0.2.1:22 …`. */
import { formatAddress } from '../../catalog/values/address';
import { protocolName } from '../../catalog/values/protocols';
import { CT_STATE_BITS, TCP_FLAG_BITS } from '../../model/fields';
import type { Dim } from '../packet-space/region';

/** The packet as short text; dimensions left free are not mentioned. */
export function witnessText(packet: ReadonlyMap<Dim, bigint>): string {
  const family = packet.get('nfproto') === 10n ? 'ipv6' : 'ipv4';
  const parts: string[] = [];
  const proto = packet.get('l4proto');
  parts.push(proto === undefined ? (family === 'ipv6' ? 'ip6' : 'ip') : protocolName(Number(proto)) ?? `protocol ${proto}`);
  const endpoint = (addr: Dim, port: Dim): string => {
    const a = packet.get(addr);
    const p = packet.get(port);
    const host = a === undefined ? '*' : family === 'ipv6' ? `[${formatAddress(a, 'ipv6')}]` : formatAddress(a, 'ipv4');
    return p === undefined ? host : `${host}:${p}`;
  };
  if (['saddr', 'daddr', 'sport', 'dport'].some((d) => packet.has(d as Dim))) {
    parts.push(`${endpoint('saddr', 'sport')} > ${endpoint('daddr', 'dport')}`);
  }
  const named: [Dim, string][] = [['iifname', 'iif'], ['oifname', 'oif']];
  for (const [dim, word] of named) {
    const v = packet.get(dim);
    if (v !== undefined) parts.push(`${word} ${interfaceName(v)}`);
  }
  const flags = packet.get('tcp.flags');
  if (flags !== undefined) parts.push(`flags ${bitNames(flags, TCP_FLAG_BITS) || 'none'}`);
  const state = packet.get('ct.state');
  if (state !== undefined) parts.push(`ct ${bitNames(state, CT_STATE_BITS) || state.toString()}`);
  for (const [dim, word] of [['mark', 'mark'], ['ct.mark', 'ct mark']] as [Dim, string][]) {
    const v = packet.get(dim);
    if (v !== undefined) parts.push(`${word} 0x${v.toString(16)}`);
  }
  for (const [dim, value] of packet) {
    if (['nfproto', 'l4proto', 'saddr', 'daddr', 'sport', 'dport', 'iifname', 'oifname', 'tcp.flags', 'ct.state', 'mark', 'ct.mark'].includes(dim)) continue;
    if (dim === 'fragment') {
      if (value === 1n) parts.push('fragment');
      continue;
    }
    parts.push(dim.startsWith('opaque:') ? `${value === 1n ? '' : 'not '}${dim.slice(7)}` : `${dim} ${value}`);
  }
  return parts.join(' ');
}

/** An interface name from its 16-byte big-endian encoding (see interfaceRange). */
export function interfaceName(value: bigint): string {
  const bytes: number[] = [];
  for (let i = 15; i >= 0; i--) bytes.push(Number((value >> BigInt(8 * i)) & 0xffn));
  const end = bytes.indexOf(0);
  return Buffer.from(bytes.slice(0, end < 0 ? 16 : end)).toString('utf8') || '""';
}

function bitNames(value: bigint, bits: Record<string, number>): string {
  return Object.entries(bits).filter(([, bit]) => (BigInt(bit) & value) !== 0n).map(([name]) => name).join(',');
}
