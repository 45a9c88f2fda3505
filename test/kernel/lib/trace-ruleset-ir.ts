/**
 * A small description of a ruleset that renders to both dialects (iptables-restore and nft -f) with the same
 * meaning, for the traversal differential: tables, base and user chains, rules of common matches and actions.
 */

export type IrHook = 'prerouting' | 'input' | 'forward' | 'output' | 'postrouting';

export type IrMatch =
  | { k: 'proto'; proto: 'tcp' | 'udp' | 'icmp' }
  | { k: 'dport' | 'sport'; proto: 'tcp' | 'udp'; ports: number[]; range?: boolean; neg?: boolean }
  | { k: 'saddr' | 'daddr'; net: string; neg?: boolean }
  | { k: 'iif' | 'oif'; name: string; wildcard?: boolean; neg?: boolean }
  | { k: 'ctstate'; states: string[]; neg?: boolean }
  | { k: 'mark'; value: number; mask?: number; neg?: boolean }
  | { k: 'ctmark'; value: number }
  | { k: 'syn' }
  | { k: 'icmptype'; type: 'echo-request' | 'echo-reply' }
  /** nft only: a named set of source networks. */
  | { k: 'saddr-set'; set: string }
  /** nft only: concatenation of source address and destination port. */
  | { k: 'addr-port'; proto: 'tcp' | 'udp'; pairs: [string, number][] };

export type IrAction =
  | { k: 'accept' | 'drop' | 'reject' | 'return' | 'continue' | 'notrack' | 'log' }
  | { k: 'jump' | 'goto'; chain: string }
  | { k: 'mark' | 'ctmark'; value: number }
  | { k: 'dnat'; address: string; port?: number }
  | { k: 'snat'; address: string }
  /** nft only: `tcp dport vmap { … }`. */
  | { k: 'vmap'; proto: 'tcp' | 'udp'; entries: [number, 'accept' | 'drop' | { jump: string }][] };

export interface IrRule {
  matches: IrMatch[];
  action: IrAction;
}

export interface IrChain {
  name: string;
  base?: { hook: IrHook; priority: number; type: 'filter' | 'nat'; policy: 'accept' | 'drop' };
  rules: IrRule[];
}

export interface IrTable {
  /** nft family; iptables tables take the file's family. */
  family: 'ip' | 'ip6' | 'inet';
  /** For iptables: filter, mangle, nat or raw; base chains then carry the built-in names. */
  name: string;
  chains: IrChain[];
  sets?: { name: string; family: 'ip' | 'ip6'; nets: string[] }[];
}

export interface IrRuleset {
  dialect: 'nftables' | 'iptables';
  /** iptables: the file's family. */
  family: 'ip' | 'ip6';
  tables: IrTable[];
}

/** Renders the ruleset in its dialect. */
export function renderRuleset(r: IrRuleset): string {
  return r.dialect === 'nftables' ? r.tables.map(nftTable).join('') : r.tables.map((t) => iptTable(t, r.family)).join('');
}

function nftTable(t: IrTable): string {
  const sets = (t.sets ?? []).map((s) => `\tset ${s.name} {\n\t\ttype ${s.family === 'ip' ? 'ipv4_addr' : 'ipv6_addr'}\n\t\tflags interval\n\t\telements = { ${s.nets.join(', ')} }\n\t}\n`);
  const chains = t.chains.map((c) => {
    const head = c.base ? `\t\ttype ${c.base.type} hook ${c.base.hook} priority ${c.base.priority}; policy ${c.base.policy};\n` : '';
    return `\tchain ${c.name} {\n${head}${c.rules.map((rule) => `\t\t${nftRule(rule, t.family)}\n`).join('')}\t}\n`;
  });
  return `table ${t.family} ${t.name} {\n${sets.join('')}${chains.join('')}}\n`;
}

function nftRule(rule: IrRule, family: IrTable['family']): string {
  return [...rule.matches.map((m) => nftMatch(m, family)), nftAction(rule.action, family)].join(' ');
}

function ipWord(net: string): string {
  return net.includes(':') ? 'ip6' : 'ip';
}

function nftMatch(m: IrMatch, family: IrTable['family']): string {
  const ne = 'neg' in m && m.neg ? '!= ' : '';
  switch (m.k) {
    case 'proto': return `meta l4proto ${m.proto === 'icmp' ? (family === 'ip6' ? 'ipv6-icmp' : 'icmp') : m.proto}`;
    case 'dport': case 'sport': {
      const value = m.range ? `${m.ports[0]}-${m.ports[1]}` : m.ports.length > 1 ? `{ ${m.ports.join(', ')} }` : String(m.ports[0]);
      return `${m.proto} ${m.k} ${ne}${value}`;
    }
    case 'saddr': case 'daddr': return `${ipWord(m.net)} ${m.k} ${ne}${m.net}`;
    case 'iif': case 'oif': return `${m.k}name ${ne}"${m.name}${m.wildcard ? '*' : ''}"`;
    case 'ctstate': return `ct state ${ne}${m.states.join(',')}`;
    case 'mark': return m.mask !== undefined ? `meta mark & ${hex(m.mask)} ${m.neg ? '!=' : '=='} ${hex(m.value)}` : `meta mark ${ne}${hex(m.value)}`;
    case 'ctmark': return `ct mark ${hex(m.value)}`;
    case 'syn': return 'tcp flags & (fin|syn|rst|ack) == syn';
    case 'icmptype': return family === 'ip6' ? `icmpv6 type ${m.type}` : `icmp type ${m.type}`;
    case 'saddr-set': return `ip saddr @${m.set}`;
    case 'addr-port': return `ip saddr . ${m.proto} dport { ${m.pairs.map(([a, p]) => `${a} . ${p}`).join(', ')} }`;
  }
}

function nftAction(a: IrAction, family: IrTable['family']): string {
  switch (a.k) {
    case 'continue': return 'counter';
    case 'log': return 'counter';
    case 'jump': case 'goto': return `${a.k} ${a.chain}`;
    case 'mark': return `meta mark set ${hex(a.value)}`;
    case 'ctmark': return `ct mark set ${hex(a.value)}`;
    case 'dnat': return `dnat ${family === 'inet' ? `${ipWord(a.address)} ` : ''}to ${a.port !== undefined ? bracket(a.address) + `:${a.port}` : a.address}`;
    case 'snat': return `snat ${family === 'inet' ? `${ipWord(a.address)} ` : ''}to ${a.address}`;
    case 'vmap': return `${a.proto} dport vmap { ${a.entries.map(([p, v]) => `${p} : ${typeof v === 'string' ? v : `jump ${v.jump}`}`).join(', ')} }`;
    default: return a.k;
  }
}

function bracket(address: string): string {
  return address.includes(':') ? `[${address}]` : address;
}

const IPT_CHAINS: Record<string, IrHook[]> = {
  raw: ['prerouting', 'output'], mangle: ['prerouting', 'input', 'forward', 'output', 'postrouting'],
  nat: ['prerouting', 'input', 'output', 'postrouting'], filter: ['input', 'forward', 'output'],
};

function iptTable(t: IrTable, family: 'ip' | 'ip6'): string {
  const lines = [`*${t.name}`];
  for (const hook of IPT_CHAINS[t.name]) {
    const chain = t.chains.find((c) => c.base?.hook === hook);
    lines.push(`:${hook.toUpperCase()} ${(chain?.base?.policy ?? 'accept').toUpperCase()} [0:0]`);
  }
  for (const c of t.chains) if (!c.base) lines.push(`:${c.name} - [0:0]`);
  for (const c of t.chains) {
    const name = c.base ? c.base.hook.toUpperCase() : c.name;
    for (const rule of c.rules) lines.push(`-A ${name} ${iptRule(rule, family)}`.trimEnd());
  }
  lines.push('COMMIT', '');
  return lines.join('\n');
}

function iptRule(rule: IrRule, family: 'ip' | 'ip6'): string {
  return [...rule.matches.map((m) => iptMatch(m, family)), iptAction(rule.action)].filter((p) => p !== '').join(' ');
}

function iptMatch(m: IrMatch, family: 'ip' | 'ip6'): string {
  const not = 'neg' in m && m.neg ? '! ' : '';
  switch (m.k) {
    case 'proto': return `-p ${m.proto === 'icmp' ? (family === 'ip6' ? 'ipv6-icmp' : 'icmp') : m.proto}`;
    case 'dport': case 'sport': {
      if (m.range) return `-m ${m.proto} ${not}--${m.k} ${m.ports[0]}:${m.ports[1]}`;
      if (m.ports.length > 1) return `-m multiport ${not}--${m.k}s ${m.ports.join(',')}`;
      return `-m ${m.proto} ${not}--${m.k} ${m.ports[0]}`;
    }
    case 'saddr': return `${not}-s ${m.net}`;
    case 'daddr': return `${not}-d ${m.net}`;
    case 'iif': return `${not}-i ${m.name}${m.wildcard ? '+' : ''}`;
    case 'oif': return `${not}-o ${m.name}${m.wildcard ? '+' : ''}`;
    case 'ctstate': return `-m conntrack ${not}--ctstate ${m.states.map((s) => s.toUpperCase()).join(',')}`;
    case 'mark': return `-m mark ${not}--mark ${hex(m.value)}${m.mask !== undefined ? `/${hex(m.mask)}` : ''}`;
    case 'ctmark': return `-m connmark --mark ${hex(m.value)}`;
    case 'syn': return '-m tcp --syn';
    case 'icmptype': return family === 'ip6' ? `-m icmp6 --icmpv6-type ${m.type}` : `-m icmp --icmp-type ${m.type}`;
    default: throw new Error(`${m.k} has no iptables form`);
  }
}

function iptAction(a: IrAction): string {
  switch (a.k) {
    case 'accept': case 'drop': case 'reject': case 'return': return `-j ${a.k.toUpperCase()}`;
    case 'continue': return '';
    case 'log': return '-j LOG --log-prefix "nfr: "';
    case 'notrack': return '-j CT --notrack';
    case 'jump': return `-j ${a.chain}`;
    case 'goto': return `-g ${a.chain}`;
    case 'mark': return `-j MARK --set-mark ${hex(a.value)}`;
    case 'ctmark': return `-j CONNMARK --set-mark ${hex(a.value)}`;
    case 'dnat': return `-j DNAT --to-destination ${a.port !== undefined ? `${bracket(a.address)}:${a.port}` : a.address}`;
    case 'snat': return `-j SNAT --to-source ${a.address}`;
    default: throw new Error(`${a.k} has no iptables form`);
  }
}

function hex(n: number): string {
  return `0x${n.toString(16)}`;
}

/** The standard priority of an iptables table at a hook (nat: the NAT core's). */
export function iptablesPriority(table: string, hook: IrHook): number {
  if (table === 'raw') return -300;
  if (table === 'mangle') return -150;
  if (table === 'nat') return hook === 'prerouting' || hook === 'output' ? -100 : 100;
  return 0;
}
