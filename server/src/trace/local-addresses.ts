/**
 * The addresses of the simulated host: what the user listed (addresses or prefixes) plus loopback. They decide the
 * routing decision when the packet spec does not say `destination`, and again after DNAT rewrote the destination.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { parseAddressPrefix } from '../catalog/values/address';
import { PacketSpecError } from './packet-spec';
import { address } from './packet-state';
import type { PacketSpec } from './types';

const LOOPBACK = { ip: { lo: 0x7f000000n, hi: 0x7fffffffn }, ip6: { lo: 1n, hi: 1n } };

/** Local addresses of one family, as integer ranges. */
export class LocalAddresses {
  private readonly ranges: { lo: bigint; hi: bigint }[] = [];
  private readonly given: boolean;
  private readonly original?: bigint;

  /** Throws PacketSpecError for an entry that is not an address or prefix. */
  constructor(list: readonly string[], private readonly spec: PacketSpec) {
    for (const entry of list) {
      const [host] = entry.split('/');
      if (!isIPv4(host) && !isIPv6(host)) throw new PacketSpecError(`local address "${entry}" is not an address or prefix`);
      if (isIPv4(host) !== (spec.family === 'ip')) continue;
      const parsed = parseAddressPrefix(entry, spec.family === 'ip' ? 'ipv4' : 'ipv6');
      if (!parsed.ok) throw new PacketSpecError(`local address "${entry}": ${parsed.error}`);
      this.ranges.push(parsed.value);
    }
    this.given = list.length > 0;
    this.ranges.push(LOOPBACK[spec.family]);
    if (spec.destination === 'local' && spec.daddr !== undefined) this.original = address(spec.daddr);
  }

  /** Whether `value` is an address of this host; `fallback` answers when the user listed none. */
  isLocal(value: bigint, fallback: boolean): boolean {
    if (this.ranges.some((r) => value >= r.lo && value <= r.hi)) return true;
    if (this.original === value) return true;
    return this.given ? false : fallback;
  }
}
