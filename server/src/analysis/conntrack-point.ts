/**
 * Where a chain sits relative to connection tracking. Conntrack looks at packets at priority -200 of prerouting and
 * output (for ip, ip6 and inet); a base chain there with a lower priority (iptables' raw table, nft `priority raw`)
 * runs before it: every packet still has no conntrack entry, and only there can `notrack` take effect.
 */
import type { Chain, Table } from '../model/types';
import { chainContexts, type ChainContext } from './chain-contexts';

/** The conntrack hook priority at prerouting and output. */
export const CONNTRACK_PRIORITY = -200;

/** Whether a base chain runs before conntrack has looked at the packet. */
export function beforeConntrack(base: Chain): boolean {
  const info = base.base;
  if (!info || (info.hook !== 'prerouting' && info.hook !== 'output')) return false;
  if (!['ip', 'ip6', 'inet'].includes(base.table.family)) return false;
  return info.priority < CONNTRACK_PRIORITY;
}

/** Whether a base chain runs after conntrack (at prerouting/output with a higher priority, or at another hook). */
export function afterConntrack(base: Chain): boolean {
  const info = base.base;
  if (!info || !['ip', 'ip6', 'inet'].includes(base.table.family)) return false;
  return info.hook === 'prerouting' || info.hook === 'output' ? info.priority > CONNTRACK_PRIORITY : true;
}

/** The contexts of a chain whose base chain runs before conntrack. */
export function contextsBeforeConntrack(table: Table, chain: Chain): ChainContext[] {
  return (chainContexts(table).get(chain) ?? []).filter((c) => beforeConntrack(c.base));
}
