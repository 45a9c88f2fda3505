/**
 * Special-purpose address blocks (private, loopback, link-local, documentation, multicast …), so a hover can say
 * what an address or prefix in a rule belongs to. The blocks are the registry's; the wording is ours.
 */
import type { IpFamily } from '../catalog/iptables/types';
import { parseAddressPrefix } from '../catalog/values/address';

interface Block {
  prefix: string;
  what: string;
}

const V4: Block[] = [
  { prefix: '0.0.0.0/8', what: '"this network", never a real destination' },
  { prefix: '10.0.0.0/8', what: 'private network' },
  { prefix: '100.64.0.0/10', what: 'carrier-grade NAT shared space' },
  { prefix: '127.0.0.0/8', what: 'loopback' },
  { prefix: '169.254.0.0/16', what: 'link-local' },
  { prefix: '172.16.0.0/12', what: 'private network' },
  { prefix: '192.0.2.0/24', what: 'documentation (TEST-NET-1)' },
  { prefix: '192.168.0.0/16', what: 'private network' },
  { prefix: '198.18.0.0/15', what: 'benchmarking' },
  { prefix: '198.51.100.0/24', what: 'documentation (TEST-NET-2)' },
  { prefix: '203.0.113.0/24', what: 'documentation (TEST-NET-3)' },
  { prefix: '224.0.0.0/4', what: 'multicast' },
  { prefix: '240.0.0.0/4', what: 'reserved' },
  { prefix: '255.255.255.255/32', what: 'limited broadcast' },
];

const V6: Block[] = [
  { prefix: '::/128', what: 'unspecified address' },
  { prefix: '::1/128', what: 'loopback' },
  { prefix: '::ffff:0:0/96', what: 'IPv4-mapped' },
  { prefix: '64:ff9b::/96', what: 'NAT64 well-known prefix' },
  { prefix: '2001:db8::/32', what: 'documentation' },
  { prefix: 'fc00::/7', what: 'unique local (private)' },
  { prefix: 'fe80::/10', what: 'link-local' },
  { prefix: 'ff00::/8', what: 'multicast' },
  { prefix: '2000::/3', what: 'global unicast' },
];

function ranges(blocks: Block[], family: IpFamily): { lo: bigint; hi: bigint; what: string }[] {
  return blocks.flatMap((b) => {
    const parsed = parseAddressPrefix(b.prefix, family);
    return parsed.ok ? [{ lo: parsed.value.lo, hi: parsed.value.hi, what: b.what }] : [];
  });
}

const V4_RANGES = ranges(V4, 'ipv4');
const V6_RANGES = ranges(V6, 'ipv6');

/** What special block the range [lo, hi] lies in (the smallest one), or undefined. */
export function addressNote(lo: bigint, hi: bigint, family: IpFamily): string | undefined {
  const inside = (family === 'ipv4' ? V4_RANGES : V6_RANGES).filter((r) => r.lo <= lo && hi <= r.hi);
  inside.sort((a, b) => (a.hi - a.lo < b.hi - b.lo ? -1 : 1));
  return inside[0]?.what;
}
