/** Small value kinds: marks, rates, log levels, MAC addresses and interface names. */
import { parseUnsigned } from './numbers';
import { fail, ok, type Parsed } from './result';

/** A 32-bit mark with its mask (0xffffffff when no mask was written). */
export interface Mark {
  value: number;
  mask: number;
}

/** Parses "value" or "value/mask", each decimal or hex, 32 bits. */
export function parseMark(text: string): Parsed<Mark> {
  const [v, m, extra] = text.split('/');
  if (extra !== undefined) return fail(`"${text}" is not value[/mask]`);
  const value = parseUnsigned(v, 0, 0xffffffff);
  if (!value.ok) return value;
  if (m === undefined) return ok({ value: value.value, mask: 0xffffffff });
  const mask = parseUnsigned(m, 0, 0xffffffff);
  return mask.ok ? ok({ value: value.value, mask: mask.value }) : mask;
}

/** A rate as packets (or other units) per time unit, normalised to seconds. */
export interface Rate {
  count: number;
  unit: 'second' | 'minute' | 'hour' | 'day';
  perSecond: number;
}

const UNIT_SECONDS = { second: 1, minute: 60, hour: 3600, day: 86400 } as const;
/** xt_limit's fixed-point scale: rates above this many per second cannot be represented. */
const LIMIT_SCALE = 10000;

/** Parses "n", "n/second" or any prefix of the unit word ("n/s", "n/min", "n/hour"…) as xt_limit does. */
export function parseRate(text: string): Parsed<Rate> {
  const [n, u, extra] = text.split('/');
  if (extra !== undefined) return fail(`"${text}" is not n/unit`);
  const count = parseUnsigned(n, 1, 0xffffffff);
  if (!count.ok) return fail(`rate "${text}" needs a positive count`);
  const unitText = (u ?? 'second').toLowerCase();
  const unit = (Object.keys(UNIT_SECONDS) as Array<keyof typeof UNIT_SECONDS>)
    .find((w) => unitText.length > 0 && w.startsWith(unitText));
  if (!unit) return fail(`"${u}" is not a time unit (second, minute, hour, day)`);
  const perSecond = count.value / UNIT_SECONDS[unit];
  if (perSecond > LIMIT_SCALE) return fail(`rate ${text} is too fast (at most ${LIMIT_SCALE}/second)`);
  return ok({ count: count.value, unit, perSecond });
}

/** Syslog level names accepted by LOG and nft log, by number. */
export const LOG_LEVELS: Readonly<Record<string, number>> = {
  emerg: 0, panic: 0, alert: 1, crit: 2, err: 3, error: 3, warn: 4, warning: 4, notice: 5, info: 6, debug: 7,
};

/** Parses a log level: 0-7 or a syslog level name. */
export function parseLogLevel(text: string): Parsed<number> {
  if (/^[0-9]+$/.test(text)) return parseUnsigned(text, 0, 7);
  const level = LOG_LEVELS[text.toLowerCase()];
  return level === undefined ? fail(`unknown log level "${text}" (0-7, emerg, alert, crit, err, warning, notice, info, debug)`) : ok(level);
}

/** Parses a MAC address written as six hex bytes separated by colons into a 48-bit bigint. */
export function parseMac(text: string): Parsed<bigint> {
  const parts = text.split(':');
  if (parts.length !== 6 || parts.some((p) => !/^[0-9a-fA-F]{1,2}$/.test(p))) {
    return fail(`"${text}" is not a MAC address (six hex bytes separated by ':')`);
  }
  return ok(parts.reduce((acc, p) => (acc << 8n) | BigInt(parseInt(p, 16)), 0n));
}

/** Longest interface name the kernel allows (IFNAMSIZ 16 including the terminating NUL). */
export const IFNAME_MAX = 15;

/** An interface name; a trailing "+" (iptables) makes it a prefix wildcard. */
export interface InterfaceName {
  name: string;
  wildcard: boolean;
}

/** Parses an interface name: at most 15 characters, no '/', whitespace or ':' quirks beyond what the kernel allows. */
export function parseInterfaceName(text: string): Parsed<InterfaceName> {
  const wildcard = text.endsWith('+');
  const name = wildcard ? text.slice(0, -1) : text;
  if (text.length === 0) return fail('empty interface name');
  if (text.length > IFNAME_MAX) return fail(`interface name "${text}" is longer than ${IFNAME_MAX} characters`);
  if (/[\s/]/.test(name)) return fail(`interface name "${text}" contains whitespace or '/'`);
  if (name === '.' || name === '..') return fail(`"${text}" is not a valid interface name`);
  return ok({ name, wildcard });
}
