/** Conntrack states and TCP flags as bit sets, using the bit values the model shares with nftables. */
import { CT_STATE_BITS, TCP_FLAG_BITS } from '../../model/fields';
import { fail, ok, type Parsed } from './result';

/** Conntrack states iptables accepts beyond the model's state bits: SNAT/DNAT are status bits of --ctstate. */
const CT_STATUS_PSEUDO_STATES: readonly string[] = ['snat', 'dnat'];

/** Parses a comma list of conntrack states (case-insensitive) into state bits; SNAT/DNAT are reported separately. */
export function parseCtStates(text: string): Parsed<{ bits: number; nat: string[] }> {
  let bits = 0;
  const nat: string[] = [];
  for (const word of text.split(',')) {
    const name = word.toLowerCase();
    if (CT_STATUS_PSEUDO_STATES.includes(name)) nat.push(name);
    else if (CT_STATE_BITS[name] !== undefined) bits |= CT_STATE_BITS[name];
    else return fail(`unknown conntrack state "${word}" (INVALID, NEW, ESTABLISHED, RELATED, UNTRACKED, SNAT, DNAT)`);
  }
  return ok({ bits, nat });
}

/** All TCP flag bits; iptables' ALL means the six classic flags, the ECN bits aside. */
const TCP_ALL = 0x3f;

/** Parses an iptables TCP flag list (SYN,ACK,… or ALL / NONE) into a flag byte. */
export function parseTcpFlags(text: string): Parsed<number> {
  let bits = 0;
  for (const word of text.split(',')) {
    const name = word.toLowerCase();
    if (name === 'all') bits |= TCP_ALL;
    else if (name === 'none') continue;
    else if (TCP_FLAG_BITS[name] !== undefined && TCP_FLAG_BITS[name] <= 0x20) bits |= TCP_FLAG_BITS[name];
    else return fail(`unknown TCP flag "${word}" (SYN, ACK, FIN, RST, URG, PSH, ALL, NONE)`);
  }
  return ok(bits);
}

/**
 * Conntrack status bits (the kernel's IPS_* values, which nft's `ct status` uses too). iptables' virtual
 * `--ctstate SNAT`/`DNAT` states test the snat and dnat bits.
 */
export const CT_STATUS_BITS: Readonly<Record<string, number>> = {
  expected: 0x1, 'seen-reply': 0x2, assured: 0x4, confirmed: 0x8, snat: 0x10, dnat: 0x20, dying: 0x200,
};
