/**
 * Hovers on values: what a port, protocol, ICMP type, mark, address or prefix, conntrack state or log level written
 * in a rule stands for. The value's type comes from the option (iptables) or the selector (nft) it belongs to.
 */
import type { Node } from 'web-tree-sitter';
import type { IpFamily, IptValueType } from '../catalog/iptables/types';
import { findDataType, findSelector } from '../catalog/nftables/index';
import { formatAddress, parseAddressPrefix, parseAddressRange } from '../catalog/values/address';
import { ICMP_TYPES, ICMPV6_TYPES } from '../catalog/values/icmp';
import { LOG_LEVELS } from '../catalog/values/misc';
import { parseUnsigned } from '../catalog/values/numbers';
import { protocolName, PROTOCOL_NUMBERS } from '../catalog/values/protocols';
import { SERVICE_PORTS } from '../catalog/values/services';
import type { CheckResult } from '../engine/check';
import type { ParsedFile } from '../engine/source';
import type { Position } from '../model/types';
import { nodeRange } from '../syntax/syntax-errors';
import { optionInContext } from './keyword-hover';
import type { SemanticHover } from './semantic-hover';
import { CT_STATE_DOCS, TCP_FLAG_DOCS } from './semantic-hover-words';
import { addressNote } from './semantic-hover-ranges';

/** The kinds of value this file explains. */
type Kind = 'port' | 'protocol' | 'icmp' | 'icmpv6' | 'mark' | 'address' | 'ct-state' | 'log-level' | 'tcp-flags' | 'integer';

const IPT_KINDS: Partial<Record<IptValueType, Kind>> = {
  port: 'port', 'port-range': 'port', 'port-list': 'port', protocol: 'protocol', 'icmp-type': 'icmp', 'icmpv6-type': 'icmpv6',
  mark: 'mark', address: 'address', 'address-prefix': 'address', 'address-range': 'address', 'ct-states': 'ct-state',
  'log-level': 'log-level', 'tcp-flags': 'tcp-flags', int: 'integer',
};

const NFT_KINDS: Partial<Record<string, Kind>> = {
  inet_service: 'port', inet_proto: 'protocol', icmp_type: 'icmp', icmpv6_type: 'icmpv6', mark: 'mark',
  ipv4_addr: 'address', ipv6_addr: 'address', ct_state: 'ct-state', tcp_flag: 'tcp-flags', integer: 'integer',
};

/** The value hover at a position, if a value of a known type is there. */
export function valueHover(result: CheckResult, file: ParsedFile, position: Position): SemanticHover | undefined {
  const node = file.tree.rootNode.descendantForPosition({ row: position.line, column: position.character });
  if (!node) return undefined;
  return file.dialect === 'iptables' ? iptValue(node, result) : nftValue(node);
}

function iptValue(node: Node, result: CheckResult): SemanticHover | undefined {
  const word = node.type === 'word' || node.type === 'string' ? node : node.parent?.type === 'string' ? node.parent : undefined;
  const option = word?.parent;
  if (!word || option?.type !== 'option') return undefined;
  const nameNode = option.childForFieldName('name');
  const rule = option.parent;
  const found = nameNode && rule ? optionInContext(rule, nameNode) : undefined;
  const kind = found && IPT_KINDS[found[1].value];
  if (!kind) return undefined;
  const family: IpFamily = result.ruleset.tables.some((t) => t.family === 'ip6') ? 'ipv6' : 'ipv4';
  const contents = explain(kind, word.text.replace(/^"|"$/g, ''), family, found[1].value === 'port-range' || found[1].value === 'port-list' ? ':' : '-');
  return contents ? { contents, range: nodeRange(word) } : undefined;
}

/** Value nodes of nft that a hover explains as a whole (a prefix rather than its address part). */
const NFT_VALUE_WRAPPERS = new Set(['prefix_expression', 'range_expression', 'negative_number']);

function nftValue(node: Node): SemanticHover | undefined {
  let value: Node = node;
  const wrapped = node.parent && NFT_VALUE_WRAPPERS.has(node.parent.type);
  if (!wrapped && !/^(number|identifier|ipv4_address|ipv6_address|string)$/.test(value.type)) return undefined;
  while (value.parent && NFT_VALUE_WRAPPERS.has(value.parent.type)) value = value.parent;
  const type = nftValueType(value);
  if (!type) return undefined;
  const kind: Kind | 'symbol' | undefined = NFT_KINDS[type] ?? (findDataType(type)?.symbols ? 'symbol' : undefined);
  if (!kind) return undefined;
  const text = value.text.replace(/^"|"$/g, '');
  const contents = kind === 'symbol' ? symbolText(type, text) : explain(kind, text, type === 'ipv6_addr' ? 'ipv6' : 'ipv4', '-');
  return contents ? { contents, range: nodeRange(value) } : undefined;
}

/** The data type a value node is compared with or assigned to: from the selector on the left, or the set's type. */
function nftValueType(value: Node): string | undefined {
  for (let n: Node | null = value.parent; n; n = n.parent) {
    if (n.type === 'match_expression' || n.type === 'mangle_statement') {
      const left = n.childForFieldName('left');
      if (!left || left.type === 'concatenation') return undefined;
      return findSelector(...left.text.split(/\s+/))?.type;
    }
    if (n.type === 'set' || n.type === 'map') {
      const decl = n.childForFieldName('body')?.namedChildren.find((c) => c?.type === 'type_declaration');
      const key = decl?.childForFieldName('key')?.text;
      return key && !key.includes('.') && !inData(value) ? key : undefined;
    }
    if (/^(rule|chain_body|table_body|source_file)$/.test(n.type)) return undefined;
  }
  return undefined;
}

/** True when the value is on the data side of a map element (`key : data`). */
function inData(value: Node): boolean {
  for (let n: Node | null = value; n?.parent; n = n.parent) {
    if (n.parent.type === 'element') return n.parent.childForFieldName('value')?.startIndex === n.startIndex;
  }
  return false;
}

function symbolText(type: string, word: string): string | undefined {
  const number = findDataType(type)?.symbols?.[word];
  if (number === undefined) return undefined;
  return `**${word}** — ${type} value ${number}${number > 9 ? ` (0x${number.toString(16)})` : ''}`;
}

const PORT_NAMES = new Map<number, string[]>();
for (const [name, port] of Object.entries(SERVICE_PORTS)) PORT_NAMES.set(port, [...(PORT_NAMES.get(port) ?? []), name]);

/** Markdown for a value of a kind; `rangeSeparator` is `:` for iptables port ranges, `-` elsewhere. */
function explain(kind: Kind, text: string, family: IpFamily, rangeSeparator: string): string | undefined {
  switch (kind) {
    case 'port': return portText(text, rangeSeparator);
    case 'protocol': return protocolText(text);
    case 'icmp':
    case 'icmpv6': return icmpText(text, kind === 'icmp' ? 'ipv4' : 'ipv6');
    case 'mark': return markText(text);
    case 'address': return addressText(text, text.includes(':') ? 'ipv6' : family);
    case 'ct-state': return stateText(text);
    case 'log-level': return logLevelText(text);
    case 'tcp-flags': return flagText(text);
    case 'integer': return integerText(text);
  }
}

function portText(text: string, separator: string): string | undefined {
  const parts = text.split(',').map((item) => {
    const [lo, hi] = item.split(separator);
    if (hi !== undefined) {
      const a = lo === '' ? 0 : portNumber(lo);
      const b = hi === '' ? 65535 : portNumber(hi);
      return a === undefined || b === undefined ? undefined : `ports ${a}–${b} (${b - a + 1} ports)`;
    }
    const port = portNumber(item);
    if (port === undefined) return undefined;
    const names = PORT_NAMES.get(port);
    return /^\d/.test(item) ? `port ${port}${names ? `: ${names.map((n) => `\`${n}\``).join(', ')}` : ''}` : `\`${item}\` = port ${port}`;
  });
  return parts.every((p) => p) ? `**${text}** — ${parts.join('; ')}` : undefined;
}

function portNumber(text: string): number | undefined {
  if (/^\d/.test(text)) {
    const n = parseUnsigned(text, 0, 65535);
    return n.ok ? n.value : undefined;
  }
  return SERVICE_PORTS[text];
}

function protocolText(text: string): string | undefined {
  if (/^\d/.test(text)) {
    const n = parseUnsigned(text, 0, 255);
    return n.ok ? `**${text}** — IP protocol ${n.value}${protocolName(n.value) ? ` (\`${protocolName(n.value)}\`)` : ''}` : undefined;
  }
  const n = PROTOCOL_NUMBERS[text.toLowerCase()];
  return n === undefined ? undefined : `**${text}** — IP protocol number ${n}`;
}

function icmpText(text: string, family: IpFamily): string | undefined {
  const table = family === 'ipv4' ? ICMP_TYPES : ICMPV6_TYPES;
  const what = family === 'ipv4' ? 'ICMP' : 'ICMPv6';
  if (/^\d/.test(text)) {
    const [t, c] = text.split('/').map(Number);
    const names = Object.entries(table).filter(([, v]) => v.type === t && v.code === (Number.isNaN(c) ? undefined : c)).map(([k]) => `\`${k}\``);
    return `**${text}** — ${what} type ${t}${c === undefined || Number.isNaN(c) ? '' : ` code ${c}`}${names.length ? `: ${names.join(', ')}` : ''}`;
  }
  const entry = table[text];
  return entry ? `**${text}** — ${what} type ${entry.type}${entry.code === undefined ? ' (any code)' : ` code ${entry.code}`}` : undefined;
}

function markText(text: string): string | undefined {
  const [v, m] = text.split('/');
  const value = parseUnsigned(v);
  if (!value.ok) return undefined;
  const hex = (n: number): string => `0x${n.toString(16)}`;
  if (m === undefined) return `**${text}** — mark ${hex(value.value)} = ${value.value}`;
  const mask = parseUnsigned(m);
  if (!mask.ok) return undefined;
  const bits = [...Array(32).keys()].filter((b) => (mask.value >>> b) & 1);
  return `**${text}** — value ${hex(value.value)} (${value.value}) under mask ${hex(mask.value)}: bits ${bits.length === 32 ? 'all' : bits.join(', ')} of the mark`;
}

function addressText(text: string, family: IpFamily): string | undefined {
  const parsed = text.includes('-') ? parseAddressRange(text, family) : parseAddressPrefix(text, family);
  if (!parsed.ok) return undefined;
  const { lo, hi } = parsed.value;
  const size = hi - lo + 1n;
  const note = addressNote(lo, hi, family);
  if (size === 1n) return `**${text}** — a single ${family === 'ipv4' ? 'IPv4' : 'IPv6'} address${note ? ` (${note})` : ''}`;
  const count = size.toString().length > 12 ? `2^${size.toString(2).length - 1}` : Number(size).toLocaleString('en-US');
  const holes = 'nonContiguous' in parsed.value && parsed.value.nonContiguous ? ' (a mask with holes: not every address between them)' : '';
  return `**${text}** — ${formatAddress(lo, family)} – ${formatAddress(hi, family)}, ${count} addresses${holes}${note ? ` (${note})` : ''}`;
}

function stateText(text: string): string | undefined {
  const states = text.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const lines = states.map((s) => (CT_STATE_DOCS[s] ? `- \`${s}\`: ${CT_STATE_DOCS[s]}` : undefined));
  return lines.every((l) => l) ? `**${text}** — conntrack state${states.length > 1 ? 's (any of them)' : ''}\n\n${lines.join('\n')}` : undefined;
}

function logLevelText(text: string): string | undefined {
  if (/^\d$/.test(text)) {
    const name = Object.entries(LOG_LEVELS).find(([, n]) => n === Number(text))?.[0];
    return name ? `**${text}** — syslog level \`${name}\`` : undefined;
  }
  const n = LOG_LEVELS[text.toLowerCase()];
  return n === undefined ? undefined : `**${text}** — syslog level ${n}`;
}

function flagText(text: string): string | undefined {
  const flags = text.split(/[,|]/).map((f) => f.trim().toLowerCase()).filter(Boolean);
  const lines = flags.map((f) => (TCP_FLAG_DOCS[f] ? `- \`${f}\`: ${TCP_FLAG_DOCS[f]}` : undefined));
  return lines.every((l) => l) ? `**${text}** — TCP flags\n\n${lines.join('\n')}` : undefined;
}

function integerText(text: string): string | undefined {
  if (!/^0x[0-9a-f]+$/i.test(text)) return undefined;
  const n = parseUnsigned(text, 0, Number.MAX_SAFE_INTEGER);
  return n.ok ? `**${text}** = ${n.value}` : undefined;
}
