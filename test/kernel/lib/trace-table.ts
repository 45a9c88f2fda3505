/** Name of the harness's own table in fw; its events are used for bookkeeping and never reported. */
export const TRACE_TABLE = 'nfrtrace';

/**
 * The tracing table: `meta nftrace set 1` first thing on prerouting and output (priority -350, before raw and
 * conntrack), plus empty chains at the highest priority on input, forward and postrouting whose trace events tell
 * that a packet got through every chain of that hook. A user chain below -350 is not traced.
 */
export const TRACE_TABLE_TEXT = `table inet ${TRACE_TABLE} {
  chain p { type filter hook prerouting priority -350; meta nftrace set 1; }
  chain o { type filter hook output priority -350; meta nftrace set 1; }
  chain zi { type filter hook input priority 2147483647; }
  chain zf { type filter hook forward priority 2147483647; }
  chain zp { type filter hook postrouting priority 2147483647; }
}
`;

/** Hook passed completely, keyed by the tracing table's end-of-hook chain names. */
export const END_OF_HOOK: Record<string, string> = { zi: 'input', zf: 'forward', zp: 'postrouting' };
