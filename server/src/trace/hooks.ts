/**
 * Which base chains see a packet at a hook, and in what order: every table of the packet's family and of `inet`
 * (iptables tables included, at their standard priorities), netdev chains on the packet's device at ingress,
 * sorted by priority. NAT chains are not hooked on their own: the kernel's NAT core runs them in its own hook
 * function (priority -100 at prerouting/output, 100 at input/postrouting), ordered among themselves by their
 * priority — measured in test/kernel/FACTS.md.
 */
import type { Chain, Hook, Table } from '../model/types';

/** A base chain as registered at a hook. */
export interface HookedChain {
  chain: Chain;
  /** The chain's own priority. */
  priority: number;
  /** The priority the kernel runs it at (the NAT core's for nat chains). */
  effective: number;
  nat: boolean;
  /** Registration order (tables in file order, then chains); at equal priority the later one runs first. */
  order: number;
}

/** Priority of the NAT core's hook function. */
export function natCorePriority(hook: Hook): number {
  return hook === 'prerouting' || hook === 'output' ? -100 : 100;
}

/** Priority of connection tracking at prerouting and output. */
export const CONNTRACK_PRIORITY = -200;

/** Base chains at a hook for a packet of `family`; ingress chains only for the input device `device`. */
export function chainsAt(tables: readonly Table[], hook: Hook, family: 'ip' | 'ip6', device?: string): HookedChain[] {
  const out: HookedChain[] = [];
  let order = 0;
  for (const table of tables) {
    const netdev = table.family === 'netdev';
    if (!(table.family === family || table.family === 'inet' || (netdev && hook === 'ingress'))) continue;
    for (const chain of table.chains) {
      order += 1;
      const base = chain.base;
      if (!base || base.hook !== hook) continue;
      if (hook === 'ingress' && !(device !== undefined && base.devices.includes(device))) continue;
      const nat = base.type === 'nat';
      out.push({ chain, priority: base.priority, effective: nat ? natCorePriority(hook) : base.priority, nat, order });
    }
  }
  const natOrder = Math.min(...out.filter((c) => c.nat).map((c) => c.order));
  // At equal priority a hook registered later runs first (the kernel inserts it before the first entry whose
  // priority is not lower; measured). The NAT core registers once, when the first nat chain does; its chains run
  // in their own priority order, with the same rule for ties.
  const key = (c: HookedChain): [number, number, number, number] => c.nat ? [c.effective, -natOrder, c.priority, -c.order] : [c.effective, -c.order, 0, 0];
  return out.sort((a, b) => {
    const x = key(a);
    const y = key(b);
    for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return x[i] - y[i];
    return 0;
  });
}

/**
 * Whether anything in the ruleset turns connection tracking on. In a namespace where nothing does, the kernel does
 * not track packets and NAT chains never run (measured).
 */
export function conntrackInUse(tables: readonly Table[]): boolean {
  for (const table of tables) {
    for (const chain of table.chains) {
      for (const rule of chain.rules) {
        if (rule.matches.some(usesConntrackMatch)) return true;
        if (rule.statements.some((s) => usesConntrackStatement(s.name, s.text, s.effect.kind))) return true;
        if (rule.statements.some((s) => s.verdict?.kind === 'vmap' && s.verdict.entries.some((e) => usesConntrackMatch(e.match)))) return true;
      }
    }
  }
  return false;
}

const CT_MODULES = /(?:^|\s)(?:-m|--match)\s+(conntrack|state|connmark|connlabel|connbytes|conntrack|helper|cluster|connlimit)\b|(?:^|\s)ct\s/;

function usesConntrackMatch(match: { kind: string; text: string; field?: string; fields?: string[] }): boolean {
  if (match.kind === 'field' && match.field?.startsWith('ct.')) return true;
  if (match.kind === 'tuple' && match.fields?.some((f) => f.startsWith('ct.'))) return true;
  return CT_MODULES.test(` ${match.text}`) || /^ct\b/.test(match.text);
}

function usesConntrackStatement(name: string, text: string, effect: string): boolean {
  if (['dnat', 'snat', 'masquerade', 'redirect', 'notrack'].includes(effect)) return true;
  if (/^(DNAT|SNAT|MASQUERADE|REDIRECT|NETMAP|CT|NOTRACK|CONNMARK|CONNSECMARK)$/.test(name)) return true;
  if (['dnat', 'snat', 'masquerade', 'redirect', 'notrack', 'nat'].includes(name)) return true;
  return /^ct\s/.test(text) || /\bct\s+(mark|label|zone|helper|expectation|timeout)\b/.test(text);
}
