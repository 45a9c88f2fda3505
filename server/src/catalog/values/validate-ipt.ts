/**
 * The checker behind the `invalid-value` diagnostic: validates an iptables option argument against the option's
 * value type. Returns an error message, or undefined when the value is acceptable. Host names are accepted wherever
 * iptables resolves them, since their validity depends on the resolver at load time.
 */
import type { IpFamily, IptOption, IptValueType } from '../iptables/types';
import { parseAddress, parseAddressPrefix, parseAddressRange } from './address';
import { parseCtStates, parseTcpFlags } from './flags';
import { parseIcmpType } from './icmp';
import { parseInterfaceName, parseLogLevel, parseMac, parseMark, parseRate } from './misc';
import { parseNatRange } from './nat-range';
import { parseUnsigned, parseUnsignedRange } from './numbers';
import { parsePort, parsePortList, parsePortRange } from './ports';
import { parseProtocol } from './protocols';
import type { Parsed } from './result';
import { parseDate, parseTimeOfDay, parseWeekdays } from './time';

type Check = (option: IptOption, text: string, family: IpFamily) => string | undefined;

/** Options whose port ranges are written "p-q" (NAT targets) rather than "p:q" (matches). */
const DASH_PORT_OPTIONS = new Set(['--to-ports', '--to-port', '--on-port']);
const HOSTNAME = /^(?=.*[A-Za-z])[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*\.?$/;

/** Turns a parse result into an error message or undefined. */
function message(result: Parsed<unknown>): string | undefined {
  return result.ok ? undefined : result.error;
}

/** Applies a check to every element of a comma list when the option allows lists. */
function eachItem(option: IptOption, text: string, check: (item: string) => string | undefined): string | undefined {
  const items = option.listsAllowed ? text.split(',') : [text];
  for (const item of items) {
    const error = item === '' ? `empty element in "${text}"` : check(item);
    if (error) return error;
  }
  return undefined;
}

/** Accepts an address of the family, or a host name. */
function addressOrHost(item: string, parse: () => Parsed<unknown>): string | undefined {
  const parsed = parse();
  if (parsed.ok) return undefined;
  const bare = item.split('/')[0];
  if (HOSTNAME.test(bare) && !/^[0-9.]+$/.test(bare)) return undefined;
  return parsed.error;
}

const checkHexString: Check = (_o, text) => {
  const parts = text.split('|');
  if (parts.length % 2 === 0) return `unbalanced '|' in "${text}"`;
  for (let i = 1; i < parts.length; i += 2) {
    const hex = parts[i].replace(/\s+/g, '');
    if (!/^([0-9a-fA-F]{2})*$/.test(hex)) return `"|${parts[i]}|" is not a sequence of hex bytes`;
  }
  return undefined;
};

const checkEnum: Check = (option, text) =>
  eachItem(option, text, (item) => {
    const values = option.values ?? [];
    return values.some((v) => v.toLowerCase() === item.toLowerCase())
      ? undefined
      : `"${item}" is not one of ${values.join(', ')}`;
  });

const checkTos: Check = (_o, text) => {
  const symbolic = ['minimize-delay', 'maximize-throughput', 'maximize-reliability', 'minimize-cost', 'normal-service'];
  if (symbolic.includes(text.toLowerCase())) return undefined;
  const [v, m, extra] = text.split('/');
  if (extra !== undefined) return `"${text}" is not value[/mask]`;
  return message(parseUnsigned(v, 0, 255)) ?? (m === undefined ? undefined : message(parseUnsigned(m, 0, 255)));
};

const checkString: Check = (option, text) => {
  if (option.maxLength !== undefined && text.length > option.maxLength) {
    return `${option.name} is ${text.length} characters long, at most ${option.maxLength} are kept`;
  }
  return undefined;
};

/** An ICMP type as a name, type or type/code; iptables also takes a code range (`255/0:255`). */
function checkIcmpType(text: string, family: IpFamily): string | undefined {
  const codeRange = /^([0-9]+)\/([0-9]+):([0-9]+)$/.exec(text);
  if (codeRange) return message(parseUnsigned(codeRange[1], 0, 255)) ?? message(parseUnsignedRange(`${codeRange[2]}:${codeRange[3]}`, 0, 255));
  return message(parseIcmpType(text, family));
}

const CHECKS: Record<IptValueType, Check> = {
  none: () => undefined,
  string: checkString,
  'hex-string': checkHexString,
  int: (o, t) => eachItem(o, t, (i) => message(parseUnsigned(i, o.min ?? 0, o.max ?? 0xffffffff))),
  'int-range': (o, t) => message(parseUnsignedRange(t, o.min ?? 0, o.max ?? 0xffffffff)),
  port: (o, t) => eachItem(o, t, (i) => message(parsePort(i))),
  'port-range': (o, t) => eachItem(o, t, (i) => message(parsePortRange(i, DASH_PORT_OPTIONS.has(o.name) ? '-' : ':'))),
  'port-list': (_o, t) => message(parsePortList(t)),
  address: (o, t, f) => eachItem(o, t, (i) => addressOrHost(i, () => parseAddress(i, f))),
  'address-prefix': (o, t, f) => eachItem(o, t, (i) => addressOrHost(i, () => parseAddressPrefix(i, f))),
  'address-range': (o, t, f) => eachItem(o, t, (i) => message(parseAddressRange(i, f))),
  mac: (o, t) => eachItem(o, t, (i) => message(parseMac(i.split('/')[0]))),
  interface: (_o, t) => message(parseInterfaceName(t)),
  mark: (_o, t) => message(parseMark(t)),
  'ct-states': (_o, t) => message(parseCtStates(t)),
  'tcp-flags': (_o, t) => t.trim().split(/\s+/).map((p) => message(parseTcpFlags(p))).find((e) => e !== undefined),
  'icmp-type': (_o, t) => checkIcmpType(t, 'ipv4'),
  'icmpv6-type': (_o, t) => checkIcmpType(t, 'ipv6'),
  protocol: (_o, t) => message(parseProtocol(t)),
  enum: checkEnum,
  rate: (_o, t) => message(parseRate(t)),
  'log-level': (_o, t) => message(parseLogLevel(t)),
  time: (_o, t) => message(parseTimeOfDay(t)),
  date: (_o, t) => message(parseDate(t)),
  days: (_o, t) => message(parseWeekdays(t)),
  'nat-range': (_o, t, f) => message(parseNatRange(t, f)),
  dscp: (_o, t) => message(parseUnsigned(t, 0, 63)),
  tos: checkTos,
  fraction: (_o, t) => (/^(0(\.[0-9]+)?|1(\.0+)?|\.[0-9]+)$/.test(t) ? undefined : `"${t}" is not a number between 0 and 1`),
  path: (_o, t) => (t.length === 0 ? 'empty path' : undefined),
  other: () => undefined,
};

/** Validates one option argument; returns the error message for `invalid-value`, or undefined when valid. */
export function validateIptValue(option: IptOption, text: string, family: IpFamily): string | undefined {
  return CHECKS[option.value](option, text, family);
}
