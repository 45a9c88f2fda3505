/** Transport ports: numbers, service names, ranges ("22:", ":1023") and multiport lists. */
import { parseUnsigned } from './numbers';
import { fail, ok, type Parsed } from './result';
import { servicePort } from './services';

/** Largest number of ports in one multiport option; a range counts as two. */
export const MULTIPORT_MAX = 15;

/** Parses a port number (0-65535) or a known service name. */
export function parsePort(text: string): Parsed<number> {
  if (/^[0-9]/.test(text)) {
    const n = parseUnsigned(text, 0, 65535);
    return n.ok ? n : fail(`port ${text} is out of range 0-65535`);
  }
  const port = servicePort(text);
  return port === undefined ? fail(`"${text}" is not a port number or a known service name`) : ok(port);
}

/** Parses "p", "p:q", ":q" (from 0) or "p:" (to 65535); p must not exceed q. */
export function parsePortRange(text: string, separator = ':'): Parsed<[number, number]> {
  const at = text.indexOf(separator);
  if (at < 0) {
    const p = parsePort(text);
    return p.ok ? ok([p.value, p.value]) : p;
  }
  const lo = at === 0 ? ok(0) : parsePort(text.slice(0, at));
  if (!lo.ok) return lo;
  const rest = text.slice(at + 1);
  const hi = rest === '' ? ok(65535) : parsePort(rest);
  if (!hi.ok) return hi;
  if (lo.value > hi.value) return fail(`port range ${text} is reversed (${lo.value} > ${hi.value})`);
  return ok([lo.value, hi.value]);
}

/** Parses a multiport list: up to 15 comma-separated ports or ranges, where a range uses two of the 15 slots. */
export function parsePortList(text: string): Parsed<Array<[number, number]>> {
  const ranges: Array<[number, number]> = [];
  let slots = 0;
  for (const item of text.split(',')) {
    if (item === '') return fail(`empty element in port list "${text}"`);
    const range = parsePortRange(item);
    if (!range.ok) return range;
    slots += item.includes(':') ? 2 : 1;
    ranges.push(range.value);
  }
  if (slots > MULTIPORT_MAX) return fail(`too many ports: ${slots} slots used, at most ${MULTIPORT_MAX} (a range takes two)`);
  return ok(ranges);
}
