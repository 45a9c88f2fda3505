/**
 * Values for an iptables option argument, by the option's value type in the catalog: conntrack states, TCP flags,
 * ICMP types, protocols, log levels, enum words, service names and interfaces seen in the workspace. Comma lists
 * are completed element by element.
 */
import type { IpFamily, IptOption } from '../catalog/iptables/types';
import { ICMP_TYPES, ICMPV6_TYPES } from '../catalog/values/icmp';
import { LOG_LEVELS } from '../catalog/values/misc';
import { PROTOCOL_NUMBERS } from '../catalog/values/protocols';
import { SERVICE_PORTS } from '../catalog/values/services';
import type { CompletionEnv, CompletionItem } from './completion';
import { cached, item, SORT } from './completion-items';
import { CT_STATE_DOCS, TCP_FLAG_DOCS } from './semantic-hover-words';

const TCP_FLAGS = ['SYN', 'ACK', 'FIN', 'RST', 'URG', 'PSH', 'ALL', 'NONE'];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const COMMON_PROTOCOLS = new Set(['tcp', 'udp', 'icmp', 'ipv6-icmp', 'sctp', 'udplite', 'dccp', 'esp', 'ah', 'gre', 'all']);
const CT_STATES = ['NEW', 'ESTABLISHED', 'RELATED', 'INVALID', 'UNTRACKED', 'SNAT', 'DNAT'];

/** The values an option's argument may take; `typed` is the partial argument (its last comma element is replaced). */
export function optionValueItems(option: IptOption, argIndex: number, family: IpFamily, typed: string, env: CompletionEnv): CompletionItem[] {
  const listed = typed.split(',').slice(0, -1);
  const fresh = (items: CompletionItem[]): CompletionItem[] => items.filter((i) => !listed.includes(i.label));
  switch (option.value) {
    case 'ct-states':
      return fresh((option.values ?? CT_STATES).map((s) => item(s, 'value', { detail: 'conntrack state', doc: CT_STATE_DOCS[s.toLowerCase()] })));
    case 'tcp-flags':
      return fresh(TCP_FLAGS.map((f) => item(f, 'value', {
        detail: argIndex === 0 ? 'flags to examine' : 'flags that must be set', doc: TCP_FLAG_DOCS[f.toLowerCase()],
      })));
    case 'icmp-type':
    case 'icmpv6-type':
      return icmpItems(option.value === 'icmp-type' && family === 'ipv4' ? 'ipv4' : 'ipv6');
    case 'protocol':
      return protocolItems();
    case 'log-level':
      return Object.entries(LOG_LEVELS).map(([name, n]) => item(name, 'value', {
        detail: `syslog level ${n}`, doc: `Syslog level ${n} (${name}); a number 0-7 is accepted too, 0 the most urgent.`, group: /^(panic|error|warning)$/.test(name) ? SORT.other : SORT.usual,
      }));
    case 'enum':
      return fresh((option.values ?? []).map((v, i) => item(v, 'value', { detail: option.name, doc: `A value of \`${option.name}\`: ${option.doc}`, group: i < 9 ? SORT.usual : SORT.other })));
    case 'days':
      return fresh(DAYS.map((d) => item(d, 'value', { detail: 'weekday', doc: 'A day of the week; give several as a comma list.' })));
    case 'interface':
      return interfaceItems(env.interfaces ?? [], true);
    case 'port':
    case 'port-range':
    case 'port-list':
      return serviceItems();
    default:
      return [];
  }
}

/** ICMP or ICMPv6 type names with their numbers. */
export const icmpItems = cached((family: IpFamily) => family, (family: IpFamily): CompletionItem[] => {
  const table = family === 'ipv4' ? ICMP_TYPES : ICMPV6_TYPES;
  const what = family === 'ipv4' ? 'ICMP' : 'ICMPv6';
  const items = Object.entries(table).map(([name, t]) => item(name, 'value', {
    detail: `type ${t.type}${t.code === undefined ? '' : ` code ${t.code}`}`, group: t.code === undefined ? SORT.usual : SORT.other,
    doc: t.code === undefined ? `${what} messages of type ${t.type}, any code.` : `${what} messages of type ${t.type} with code ${t.code} only.`,
  }));
  if (family === 'ipv4') items.push(item('any', 'value', { detail: 'every ICMP type', doc: 'Every ICMP message, whatever its type.', group: SORT.other }));
  return items;
});

/** Protocol names with their numbers, the common ones first. */
export const protocolItems = cached(() => '', (): CompletionItem[] => Object.entries(PROTOCOL_NUMBERS).map(([name, n]) => item(name, 'value', {
  detail: `protocol ${n}`, doc: protocolDoc(name, n), group: COMMON_PROTOCOLS.has(name) ? SORT.likely : SORT.other,
})));

/** Our one-line doc of a protocol name. */
export function protocolDoc(name: string, n: number): string {
  return n === 0 && (name === 'all' || name === 'ip') ? 'Any protocol.' : `IP protocol number ${n}; the name and the number are interchangeable.`;
}

/** Well-known service names with their port numbers. */
export const serviceItems = cached(() => '', (): CompletionItem[] => Object.entries(SERVICE_PORTS).map(([name, port]) => item(name, 'value', {
  detail: `port ${port}`, doc: `The well-known service name of port ${port}; the tools look it up in /etc/services when the rules load, so the number is the safer spelling.`, group: SORT.other,
})));

/** Interface names seen in the open documents (`lo` always); iptables names are bare, nft names quoted. */
export function interfaceItems(names: readonly string[], bare: boolean): CompletionItem[] {
  const all = [...new Set(['lo', ...names])];
  return all.map((n) => item(bare ? n : `"${n}"`, 'interface', {
    detail: n.endsWith('+') || n.endsWith('*') ? 'interface prefix' : 'interface seen in the workspace',
    doc: n === 'lo' ? 'The loopback interface.' : `An interface name used in the open files${n.endsWith('+') || n.endsWith('*') ? ' (a prefix: every interface whose name starts so)' : ''}.`,
  }));
}
