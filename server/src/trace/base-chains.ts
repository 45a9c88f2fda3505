/** The base chains of a ruleset, for the "Trace packet" lenses and for choosing a starting packet. */
import type { Hook, Location, Ruleset } from '../model/types';
import type { PacketSpec } from './types';

/** A base chain and a packet that reaches it. */
export interface BaseChainEntry {
  family: string;
  table: string;
  chain: string;
  hook: Hook;
  priority: number;
  type: string;
  /** Where the chain is declared (its name). */
  location: Location;
  /** A packet that passes this chain's hook, as a starting point for the form. */
  packet: Partial<PacketSpec>;
}

/** Every base chain declared in `uri` (a ruleset also holds chains of included files). */
export function baseChains(ruleset: Ruleset, uri?: string): BaseChainEntry[] {
  const out: BaseChainEntry[] = [];
  for (const table of ruleset.tables) {
    for (const chain of table.chains) {
      if (!chain.base || (uri !== undefined && chain.nameLocation.uri !== uri)) continue;
      out.push({
        family: table.family, table: table.name, chain: chain.name, hook: chain.base.hook, priority: chain.base.priority,
        type: chain.base.type, location: chain.nameLocation, packet: packetFor(chain.base.hook, table.family),
      });
    }
  }
  return out;
}

/** A packet whose path crosses `hook`. */
export function packetFor(hook: Hook, family: string): Partial<PacketSpec> {
  const base: Partial<PacketSpec> = { family: family === 'ip6' ? 'ip6' : 'ip', protocol: 'tcp' };
  switch (hook) {
    case 'forward':
      return { ...base, origin: 'network', destination: 'forward' };
    case 'output':
      return { ...base, origin: 'local' };
    case 'postrouting':
      return { ...base, origin: 'network', destination: 'forward' };
    default:
      return { ...base, origin: 'network', destination: 'local' };
  }
}
