/**
 * Maps kernel rule handles back to positions, from `nft -j -a list ruleset` of the loaded ruleset.
 *
 * ruleIndex is the 0-based position of a rule within its chain as the kernel lists it: for an iptables-restore file
 * that is the order of the `-A` lines of that chain (tables `filter`, `nat`, … in family ip or ip6); for an nft file
 * it is the order of the rules in the chain after loading (an `insert` puts a rule first, as in the kernel).
 */

/** Where a chain sits: its hook and priority when it is a base chain. */
export interface ChainInfo {
  family: string;
  table: string;
  chain: string;
  hook?: string;
  priority?: number;
}

/** Positions of rules and hooks of chains in a loaded ruleset. */
export class RulesetIndex {
  private readonly positions = new Map<string, number>();
  private readonly chains = new Map<string, ChainInfo>();

  /** Builds the index from the JSON text printed by `nft -j -a list ruleset`. */
  constructor(json: string) {
    const items = (JSON.parse(json) as { nftables?: Record<string, unknown>[] }).nftables ?? [];
    const counts = new Map<string, number>();
    for (const item of items) {
      const chain = item.chain as Record<string, unknown> | undefined;
      if (chain) this.addChain(chain);
      const rule = item.rule as Record<string, unknown> | undefined;
      if (!rule) continue;
      const chainKey = key(String(rule.family), String(rule.table), String(rule.chain));
      const index = counts.get(chainKey) ?? 0;
      counts.set(chainKey, index + 1);
      this.positions.set(`${chainKey} ${String(rule.handle)}`, index);
    }
  }

  /** 0-based position of the rule with `handle` in its chain, if known. */
  ruleIndex(family: string, table: string, chain: string, handle: number): number | undefined {
    return this.positions.get(`${key(family, table, chain)} ${handle}`);
  }

  /** The chain's description; base chains carry hook and priority. */
  chain(family: string, table: string, chain: string): ChainInfo | undefined {
    return this.chains.get(key(family, table, chain));
  }

  private addChain(c: Record<string, unknown>): void {
    const info: ChainInfo = { family: String(c.family), table: String(c.table), chain: String(c.name) };
    if (typeof c.hook === 'string') info.hook = c.hook;
    if (typeof c.prio === 'number') info.priority = c.prio;
    this.chains.set(key(info.family, info.table, info.chain), info);
  }
}

function key(family: string, table: string, chain: string): string {
  return `${family} ${table} ${chain}`;
}
