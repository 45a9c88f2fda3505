import {
  CLIENT4, CLIENT6, FW4, FW6, FW_SERVER_SIDE4, FW_SERVER_SIDE6, SERVER4, SERVER6,
} from './topology-addresses';

/** A test packet, mirroring the product's `--packet` spec. */
export interface PacketSpec {
  family: 'ip' | 'ip6';
  protocol: 'tcp' | 'udp' | 'icmp' | 'icmpv6' | number;
  saddr?: string;
  daddr?: string;
  sport?: number;
  dport?: number;
  /** TCP flag letters: F S R P A U E C (e.g. 'S', 'SA', 'FA'); default 'S'. */
  tcpFlags?: string;
  icmpType?: number;
  icmpCode?: number;
  /** Packet mark; only origin 'local' (the mark is cleared when a packet crosses namespaces). */
  mark?: number;
  /** Total IP packet length in bytes (headers included); padded with zeros. */
  length?: number;
  origin: 'network' | 'local';
  /** network: 'local' (to fw, default) or 'forward' (through fw). local: 'forward' (out, default) or 'local' (to fw). */
  destination?: 'local' | 'forward';
  /** Harness extension: the side a network packet enters fw from (default 'client'); 'server' allows replies. */
  via?: 'client' | 'server';
}

/** Namespace role a packet is sent from. */
export type SenderRole = 'client' | 'server' | 'fw';

/** A packet with every default filled in, ready to encode. */
export interface ResolvedPacket {
  family: 'ip' | 'ip6';
  protocol: number;
  saddr: string;
  daddr: string;
  sport: number;
  dport: number;
  tcpFlags: string;
  icmpType: number;
  icmpCode: number;
  mark: number;
  length?: number;
  sender: SenderRole;
  /** IPv4 id or IPv6 flow label that identifies this packet in the kernel's trace. */
  tag: number;
}

const PROTOCOL_NUMBERS: Record<string, number> = { icmp: 1, tcp: 6, udp: 17, icmpv6: 58 };

/** Fills in addresses, ports and flags; `tag` must be unique within the batch. */
export function resolvePacket(spec: PacketSpec, tag: number): ResolvedPacket {
  const v6 = spec.family === 'ip6';
  const protocol = typeof spec.protocol === 'number' ? spec.protocol : PROTOCOL_NUMBERS[spec.protocol];
  if (protocol === undefined) throw new Error(`unknown protocol ${String(spec.protocol)}`);
  if (spec.mark !== undefined && spec.origin !== 'local') {
    throw new Error('mark is only supported for origin local (namespaces clear the mark)');
  }
  const ends = defaultEnds(spec, v6);
  return {
    family: spec.family,
    protocol,
    saddr: spec.saddr ?? ends.saddr,
    daddr: spec.daddr ?? ends.daddr,
    sport: spec.sport ?? 40000,
    dport: spec.dport ?? 80,
    tcpFlags: spec.tcpFlags ?? 'S',
    icmpType: spec.icmpType ?? (v6 ? 128 : 8),
    icmpCode: spec.icmpCode ?? 0,
    mark: spec.mark ?? 0,
    length: spec.length,
    sender: ends.sender,
    tag,
  };
}

function defaultEnds(spec: PacketSpec, v6: boolean): { sender: SenderRole; saddr: string; daddr: string } {
  const a = v6
    ? { client: CLIENT6, fw: FW6, fwServer: FW_SERVER_SIDE6, server: SERVER6 }
    : { client: CLIENT4, fw: FW4, fwServer: FW_SERVER_SIDE4, server: SERVER4 };
  if (spec.origin === 'local') {
    return spec.destination === 'local'
      ? { sender: 'fw', saddr: a.fw, daddr: a.fw }
      : { sender: 'fw', saddr: a.fwServer, daddr: a.server };
  }
  const forward = spec.destination === 'forward';
  if (spec.via === 'server') {
    return { sender: 'server', saddr: a.server, daddr: forward ? a.client : a.fwServer };
  }
  return { sender: 'client', saddr: a.client, daddr: forward ? a.server : a.fw };
}
