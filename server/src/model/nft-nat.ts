/** The effects of nft address translation statements: snat, dnat, masquerade, redirect and tproxy. */
import type { Node } from 'web-tree-sitter';
import { parseIpv4, parseIpv6, servicePort } from '../catalog/values/index';
import type { RuleBuilder } from './nft-matches';
import { parseInteger } from './nft-values';
import { expand } from './nft-variables';
import type { Effect } from './types';

type Family = 'ip' | 'ip6';

interface Addresses { family?: Family; address?: bigint; addressHi?: bigint }
interface Ports { port?: number; portHi?: number }

/** The effect of `snat|dnat|masquerade|redirect [ip|ip6] [to ADDR[:PORT]]`; parts it cannot read are left out. */
export function natEffect(b: RuleBuilder, node: Node, kind: string): Effect {
  const ports = portsOf(b, node.childForFieldName('port'));
  if (kind === 'masquerade' || kind === 'redirect') return { kind, ...ports };
  const addresses = addressesOf(b, node.childForFieldName('address'), familyOf(b, node));
  return { kind: kind === 'snat' ? 'snat' : 'dnat', ...addresses, ...ports };
}

/** The effect of `tproxy [ip|ip6] to [ADDR][:PORT]`. */
export function tproxyEffect(b: RuleBuilder, node: Node): Effect {
  const { family, address } = addressesOf(b, node.childForFieldName('address'), familyOf(b, node));
  const { port } = portsOf(b, node.childForFieldName('port'));
  return { kind: 'tproxy', ...(family ? { family } : {}), ...(address !== undefined ? { address } : {}), ...(port !== undefined ? { port } : {}) };
}

/** An address of the other family than the statement's (`dnat to 2001:db8::1` in an ip table): nft refuses it. */
export function natFamilyIssue(b: RuleBuilder, node: Node): string | undefined {
  const declared = familyOf(b, node);
  const written = node.childForFieldName('address');
  const found = addressesOf(b, written, undefined).family;
  if (!declared || !found || declared === found) return undefined;
  const name = (f: Family): string => (f === 'ip' ? 'IPv4' : 'IPv6');
  return `${written?.text} is an ${name(found)} address; this ${node.childForFieldName('family') ? 'statement' : `${b.table.family} table`} translates ${name(declared)}.`;
}

function familyOf(b: RuleBuilder, node: Node): Family | undefined {
  const written = node.childForFieldName('family')?.text;
  if (written === 'ip' || written === 'ip6') return written;
  return b.table.family === 'ip' || b.table.family === 'ip6' ? b.table.family : undefined;
}

function resolved(b: RuleBuilder, node: Node | null): Node | undefined {
  if (!node) return undefined;
  return node.type === 'variable' ? expand(node, b.env)?.node : node;
}

function address(node: Node | null | undefined): { family: Family; value: bigint } | undefined {
  if (!node) return undefined;
  if (node.type === 'ipv4_address') {
    const v = parseIpv4(node.text);
    return v.ok ? { family: 'ip', value: v.value } : undefined;
  }
  if (node.type === 'ipv6_address') {
    const v = parseIpv6(node.text);
    return v.ok ? { family: 'ip6', value: v.value } : undefined;
  }
  return undefined;
}

function addressesOf(b: RuleBuilder, written: Node | null, family: Family | undefined): Addresses {
  const node = resolved(b, written);
  if (!node) return family ? { family } : {};
  if (node.type === 'range_expression') {
    const lo = address(resolved(b, node.childForFieldName('low')));
    const hi = address(resolved(b, node.childForFieldName('high')));
    if (lo && hi && lo.family === hi.family) return { family: lo.family, address: lo.value, addressHi: hi.value };
  } else if (node.type === 'prefix_expression') {
    const base = address(resolved(b, node.childForFieldName('address')));
    const len = parseInteger(node.childForFieldName('length')?.text ?? '');
    if (base && len !== undefined) {
      const bits = BigInt(base.family === 'ip' ? 32 : 128);
      const all = (1n << bits) - 1n;
      const mask = len > bits ? all : (all << (bits - len)) & all;
      return { family: base.family, address: base.value & mask, addressHi: (base.value & mask) | (all & ~mask) };
    }
  } else {
    const single = address(node);
    if (single) return { family: single.family, address: single.value };
  }
  return family ? { family } : {};
}

function port(node: Node | undefined): number | undefined {
  if (!node) return undefined;
  if (node.type === 'number') {
    const v = parseInteger(node.text);
    return v !== undefined && v <= 65535n ? Number(v) : undefined;
  }
  if (node.type === 'identifier' || node.type === 'string') return servicePort(node.text.replace(/"/g, ''));
  return undefined;
}

function portsOf(b: RuleBuilder, written: Node | null): Ports {
  const node = resolved(b, written);
  if (!node) return {};
  if (node.type === 'range_expression') {
    const lo = port(resolved(b, node.childForFieldName('low')));
    const hi = port(resolved(b, node.childForFieldName('high')));
    return lo !== undefined && hi !== undefined ? { port: lo, portHi: hi } : {};
  }
  const single = port(node);
  return single !== undefined ? { port: single } : {};
}
