/** Placeholder: the ruleset model types are being written. */
export type Dialect = 'nftables' | 'iptables';
