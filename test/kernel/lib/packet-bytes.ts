import { isIPv4, isIPv6 } from 'node:net';
import { ResolvedPacket } from './packet';

const TCP_FLAG_BITS: Record<string, number> = { F: 0x01, S: 0x02, R: 0x04, P: 0x08, A: 0x10, U: 0x20, E: 0x40, C: 0x80 };

/** Encodes a resolved packet as raw IP bytes (header included) for a raw socket with IP_HDRINCL. */
export function encodePacket(p: ResolvedPacket): Buffer {
  const v6 = p.family === 'ip6';
  const src = addressBytes(p.saddr, v6);
  const dst = addressBytes(p.daddr, v6);
  const headerLength = v6 ? 40 : 20;
  const transport = transportHeader(p);
  const total = p.length ?? headerLength + transport.length;
  if (total < headerLength + transport.length) {
    throw new Error(`length ${total} is below the ${headerLength + transport.length} bytes of headers`);
  }
  const payload = Buffer.concat([transport, Buffer.alloc(total - headerLength - transport.length)]);
  fillTransportChecksum(p, payload, src, dst);
  const header = v6 ? ipv6Header(p, payload.length, src, dst) : ipv4Header(p, total, src, dst);
  return Buffer.concat([header, payload]);
}

/** Parses an IPv4 or IPv6 address into its 4 or 16 bytes. */
export function addressBytes(address: string, v6: boolean): Buffer {
  if (!v6) {
    if (!isIPv4(address)) throw new Error(`not an IPv4 address: ${address}`);
    return Buffer.from(address.split('.').map(Number));
  }
  if (!isIPv6(address) || address.includes('.')) throw new Error(`not a plain IPv6 address: ${address}`);
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : new Array<string>(8 - headGroups.length - tailGroups.length).fill('0');
  const out = Buffer.alloc(16);
  [...headGroups, ...zeros, ...tailGroups].forEach((g, i) => out.writeUInt16BE(parseInt(g, 16), i * 2));
  return out;
}

/** Internet checksum (RFC 1071) of the concatenated buffers. */
export function internetChecksum(...parts: Buffer[]): number {
  const data = Buffer.concat(parts);
  let sum = 0;
  for (let i = 0; i < data.length; i += 2) {
    sum += (data[i] << 8) + (i + 1 < data.length ? data[i + 1] : 0);
  }
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

function transportHeader(p: ResolvedPacket): Buffer {
  if (p.protocol === 6) {
    const h = Buffer.alloc(20);
    h.writeUInt16BE(p.sport, 0);
    h.writeUInt16BE(p.dport, 2);
    h.writeUInt32BE(1000, 4);
    h.writeUInt32BE(p.tcpFlags.includes('A') ? 1 : 0, 8);
    h[12] = 5 << 4;
    h[13] = tcpFlagBits(p.tcpFlags);
    h.writeUInt16BE(64240, 14);
    return h;
  }
  if (p.protocol === 17) {
    const h = Buffer.alloc(8);
    h.writeUInt16BE(p.sport, 0);
    h.writeUInt16BE(p.dport, 2);
    return h;
  }
  if (p.protocol === 1 || p.protocol === 58) {
    const h = Buffer.alloc(8);
    h[0] = p.icmpType;
    h[1] = p.icmpCode;
    h.writeUInt16BE(p.tag & 0xffff, 4);
    h.writeUInt16BE(1, 6);
    return h;
  }
  return Buffer.alloc(0);
}

function tcpFlagBits(flags: string): number {
  let bits = 0;
  for (const letter of flags.toUpperCase()) {
    const bit = TCP_FLAG_BITS[letter];
    if (bit === undefined) throw new Error(`unknown TCP flag letter ${letter} in ${flags}`);
    bits |= bit;
  }
  return bits;
}

// UDP length and the checksums are written once the padded payload is known.
function fillTransportChecksum(p: ResolvedPacket, payload: Buffer, src: Buffer, dst: Buffer): void {
  const offset = { 6: 16, 17: 6, 1: 2, 58: 2 }[p.protocol];
  if (offset === undefined) return;
  if (p.protocol === 17) payload.writeUInt16BE(payload.length, 4);
  const pseudo = p.protocol === 1 ? Buffer.alloc(0) : pseudoHeader(p, payload.length, src, dst);
  payload.writeUInt16BE(0, offset);
  let sum = internetChecksum(pseudo, payload);
  if (p.protocol === 17 && sum === 0) sum = 0xffff;
  payload.writeUInt16BE(sum, offset);
}

function pseudoHeader(p: ResolvedPacket, length: number, src: Buffer, dst: Buffer): Buffer {
  if (p.family === 'ip6') {
    const tail = Buffer.alloc(8);
    tail.writeUInt32BE(length, 0);
    tail[7] = p.protocol;
    return Buffer.concat([src, dst, tail]);
  }
  const tail = Buffer.alloc(4);
  tail[1] = p.protocol;
  tail.writeUInt16BE(length, 2);
  return Buffer.concat([src, dst, tail]);
}

function ipv4Header(p: ResolvedPacket, total: number, src: Buffer, dst: Buffer): Buffer {
  const h = Buffer.alloc(20);
  h[0] = 0x45;
  h.writeUInt16BE(total, 2);
  h.writeUInt16BE(p.tag & 0xffff, 4);
  h[8] = 64;
  h[9] = p.protocol;
  src.copy(h, 12);
  dst.copy(h, 16);
  h.writeUInt16BE(internetChecksum(h), 10);
  return h;
}

function ipv6Header(p: ResolvedPacket, payloadLength: number, src: Buffer, dst: Buffer): Buffer {
  const h = Buffer.alloc(40);
  h.writeUInt32BE((0x6 << 28) | (p.tag & 0xfffff), 0);
  h.writeUInt16BE(payloadLength, 4);
  h[6] = p.protocol;
  h[7] = 64;
  src.copy(h, 8);
  dst.copy(h, 24);
  return h;
}
