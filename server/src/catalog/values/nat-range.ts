/**
 * NAT ranges as DNAT/SNAT/NETMAP-style options take them: `addr[-addr][:port[-port[/base]]]`, IPv6 addresses in
 * brackets when a port follows (`[2001:db8::1]-[2001:db8::9]:80`).
 */
import type { IpFamily } from '../iptables/types';
import { parseAddress } from './address';
import { parsePortRange } from './ports';
import { servicePort } from './services';
import { fail, ok, type Parsed } from './result';

/** A parsed NAT range; absent parts keep the packet's own value. */
export interface NatRange {
  addrLo?: bigint;
  addrHi?: bigint;
  portLo?: number;
  portHi?: number;
  /** DNAT's "/base": the first port of a range shifted onto the target range. */
  portBase?: number;
}

/** Splits the address part from the port part, honouring IPv6 brackets. */
function splitNatRange(text: string, family: IpFamily): Parsed<{ addr: string; port?: string }> {
  if (family === 'ipv4' || !text.includes('[')) {
    if (family === 'ipv6') return ok({ addr: text });
    const colon = text.indexOf(':');
    return ok(colon < 0 ? { addr: text } : { addr: text.slice(0, colon), port: text.slice(colon + 1) });
  }
  const close = text.lastIndexOf(']');
  if (close < 0) return fail(`unbalanced '[' in "${text}"`);
  const after = text.slice(close + 1);
  if (after !== '' && !after.startsWith(':')) return fail(`unexpected "${after}" after ']'`);
  return ok({ addr: text.slice(0, close + 1).replace(/[[\]]/g, ''), port: after === '' ? undefined : after.slice(1) });
}

/** Parses a NAT range for the given family. */
export function parseNatRange(text: string, family: IpFamily): Parsed<NatRange> {
  const split = splitNatRange(text, family);
  if (!split.ok) return split;
  const range: NatRange = {};
  const { addr, port } = split.value;
  if (addr !== '') {
    const dash = addr.indexOf('-');
    const lo = parseAddress(dash < 0 ? addr : addr.slice(0, dash), family);
    if (!lo.ok) return lo;
    const hi = dash < 0 ? lo : parseAddress(addr.slice(dash + 1), family);
    if (!hi.ok) return hi;
    if (lo.value > hi.value) return fail(`address range ${addr} is reversed`);
    [range.addrLo, range.addrHi] = [lo.value, hi.value];
  }
  if (port !== undefined) {
    const [ports, base, extra] = port.split('/');
    if (extra !== undefined) return fail(`"${port}" has more than one '/'`);
    // A service name may itself contain a dash (ftp-data).
    const parsed = servicePort(ports) !== undefined ? parsePortRange(String(servicePort(ports)), '-') : parsePortRange(ports, '-');
    if (!parsed.ok) return parsed;
    [range.portLo, range.portHi] = parsed.value;
    if (base !== undefined) {
      const b = parsePortRange(base, '-');
      if (!b.ok || b.value[0] !== b.value[1]) return fail(`"${base}" is not a port`);
      range.portBase = b.value[0];
    }
  }
  if (range.addrLo === undefined && range.portLo === undefined) return fail('empty NAT range');
  return ok(range);
}

/** True when the text of a NAT range names a port (the rule then needs -p tcp/udp/sctp/dccp). */
export function natRangeHasPort(text: string, family: IpFamily): boolean {
  const split = splitNatRange(text, family);
  return split.ok && split.value.port !== undefined;
}
