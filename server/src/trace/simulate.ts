/**
 * The traversal simulator: follows one packet through the netfilter hooks of a ruleset (several files — iptables
 * and nft — form one ruleset, as they do in one kernel) and reports every rule it met, in the kernel's order.
 *
 *   from the network:  [ingress] → prerouting → routing → input                  (delivered)
 *                                                     └→ forward → postrouting     (forwarded)
 *   locally generated: output → routing → postrouting                              (sent)
 *                                          └→ (to this host, over lo) prerouting → input
 *
 * At each hook every base chain of the packet's family and of inet runs in priority order; `accept` ends only the
 * current base chain, `drop`/`reject` end the packet. Connection tracking attaches at priority -200; NAT chains run
 * only for a connection's first packet, until one of them sets up a translation.
 */
import type { Field } from '../model/fields';
import type { Chain, Hook, Location, Ruleset, Table } from '../model/types';
import { walkBaseChain, type ChainVerdict, type WalkContext } from './chain-walk';
import { chainsAt, conntrackInUse, CONNTRACK_PRIORITY, natCorePriority, type HookedChain } from './hooks';
import { formatValue } from './match-eval';
import { PacketState } from './packet-state';
import { LocalAddresses } from './local-addresses';
import type { Assumption, Delivered, HookVisit, PacketSpec, TraceOptions, TraceResult, TraceStep } from './types';

/** Traces one packet through the tables of the given rulesets. */
export function tracePacket(rulesets: readonly Ruleset[], spec: PacketSpec, options: TraceOptions): TraceResult {
  return new Traversal(rulesets.flatMap((r) => r.tables), spec, options).run();
}

class Traversal {
  private readonly state: PacketState;
  private readonly locals: LocalAddresses;
  private readonly conntrack: boolean;
  private readonly steps: TraceStep[] = [];
  private readonly hooks: HookVisit[] = [];
  private readonly assumptions: Assumption[] = [];
  private readonly errors: string[] = [];
  private readonly seen = new Set<string>();
  private readonly chainIndex = new Map<string, Chain>();
  private readonly dynamic = new Map<Table, Set<string>>();
  private visit?: HookVisit;

  constructor(private readonly tables: readonly Table[], spec: PacketSpec, private readonly options: TraceOptions) {
    this.locals = new LocalAddresses(options.localAddresses ?? [], spec);
    this.state = new PacketState(spec, options.localAddresses ?? []);
    this.conntrack = conntrackInUse(tables);
    for (const table of tables) {
      for (const chain of table.chains) {
        const key = `${table.origin} ${table.family} ${table.name} ${chain.name}`;
        if (!this.chainIndex.has(key)) this.chainIndex.set(key, chain);
      }
    }
  }

  run(): TraceResult {
    const packetIn = this.state.describe();
    const verdict = this.state.spec.origin === 'local' ? this.fromHost() : this.fromNetwork();
    const delivered: Delivered = verdict.fate;
    return {
      verdict: verdict.verdict, delivered, assumptions: this.assumptions, steps: this.steps, hooks: this.hooks,
      packetIn, packetOut: this.state.describe(), errors: this.errors,
    };
  }

  private fromNetwork(): { verdict: TraceResult['verdict']; fate: Delivered } {
    const spec = this.state.spec;
    const iif = spec.iif ?? 'eth0';
    const devices = { iif: spec.iif === undefined, oif: false };
    for (const hook of ['ingress', 'prerouting'] as const) {
      if (hook === 'ingress' && chainsAt(this.tables, 'ingress', this.state.family, iif).length === 0) continue;
      this.state.setInterfaces(iif, '', devices);
      const v = this.runHook(hook, iif);
      if (v !== 'accept') return { verdict: v, fate: 'dropped' };
    }
    if (this.routesLocally()) {
      this.state.setInterfaces(iif, '', devices);
      const v = this.runHook('input');
      return v === 'accept' ? { verdict: 'accept', fate: 'local' } : { verdict: v, fate: 'dropped' };
    }
    this.state.setInterfaces(iif, spec.oif ?? 'eth1', { iif: devices.iif, oif: spec.oif === undefined });
    for (const hook of ['forward', 'postrouting'] as const) {
      const v = this.runHook(hook);
      if (v !== 'accept') return { verdict: v, fate: 'dropped' };
    }
    return { verdict: 'accept', fate: 'forwarded' };
  }

  private fromHost(): { verdict: TraceResult['verdict']; fate: Delivered } {
    const spec = this.state.spec;
    let local = this.routesLocally();
    let oif = local ? 'lo' : spec.oif ?? 'eth0';
    const defaulted = { iif: false, oif: !local && spec.oif === undefined };
    this.state.setInterfaces('', oif, defaulted);
    let v = this.runHook('output');
    if (v !== 'accept') return { verdict: v, fate: 'dropped' };
    if (this.state.rerouted) {
      local = this.routesLocally();
      oif = local ? 'lo' : spec.oif ?? 'eth0';
    }
    // A locally generated packet has no input device at postrouting either (measured: iifname is empty).
    this.state.setInterfaces('', oif, { iif: false, oif: defaulted.oif });
    v = this.runHook('postrouting');
    if (v !== 'accept') return { verdict: v, fate: 'dropped' };
    if (!local) return { verdict: 'accept', fate: 'sent' };
    for (const hook of ['prerouting', 'input'] as const) {
      this.state.setInterfaces('lo', '', { iif: false, oif: false });
      v = this.runHook(hook);
      if (v !== 'accept') return { verdict: v, fate: 'dropped' };
    }
    return { verdict: 'accept', fate: 'local' };
  }

  /** The routing decision for the packet as it is now. */
  private routesLocally(): boolean {
    const state = this.state;
    if (state.socket) {
      this.note('TPROXY: policy routing is assumed to deliver the packet locally (ip rule fwmark … lookup …, local route)');
      return true;
    }
    if (state.rerouted === 'local') return true;
    const daddr = state.get('daddr');
    if (state.rerouted === 'address') {
      if (typeof daddr !== 'bigint') {
        this.note('the new destination is not known: routed as forwarded');
        return false;
      }
      return this.locals.isLocal(daddr, false);
    }
    if (state.spec.destination !== undefined) return state.spec.destination === 'local';
    return typeof daddr === 'bigint' ? this.locals.isLocal(daddr, state.spec.origin !== 'local') : state.spec.origin !== 'local';
  }

  private runHook(hook: Hook, device?: string): ChainVerdict {
    this.visit = { hook, packet: this.state.describe(), chains: [], notes: [] };
    this.hooks.push(this.visit);
    const ctHook = hook === 'prerouting' || hook === 'output';
    const nat = this.natHook(hook);
    for (const hooked of chainsAt(this.tables, hook, this.state.family, device)) {
      if (ctHook && hooked.effective >= CONNTRACK_PRIORITY) this.attachConntrack();
      if (nat && hooked.effective > natCorePriority(hook)) this.nullBinding(hook);
      if (hooked.nat && !(nat && this.natRuns(hook))) continue;
      const verdict = walkBaseChain(hooked, this.walkContext(hook));
      this.recordChain(hooked, verdict);
      if (verdict !== 'accept') return verdict;
    }
    if (ctHook) this.attachConntrack();
    if (nat) this.nullBinding(hook);
    return 'accept';
  }

  /** Whether the NAT core has a hook function here: at all four NAT hooks once any nat chain of the family exists. */
  private natHook(hook: Hook): boolean {
    if (hook === 'forward' || hook === 'ingress' || hook === 'egress') return false;
    const natChains = (['prerouting', 'input', 'output', 'postrouting'] as const).some((h) => chainsAt(this.tables, h, this.state.family).some((c) => c.nat));
    if (!natChains) return false;
    if (!this.conntrack) return this.noteOnce('nat chains are skipped: nothing in the ruleset turns on connection tracking');
    return true;
  }

  // Past the NAT core's priority a new connection always has a translation for this direction: the one a nat rule
  // set up, or a null binding the core makes when no rule did. Later hooks of the same kind do not run nat chains.
  private nullBinding(hook: Hook): void {
    const state = this.state;
    if (!state.tracked || !(state.ctState === 'new' || state.ctState === 'related')) return;
    state.natDone[hook === 'prerouting' || hook === 'output' ? 'dst' : 'src'] = true;
  }

  private attachConntrack(): void {
    if (this.conntrack) this.state.ctAttached = true;
  }

  /** Whether NAT chains run at this hook for this packet (first packet of a connection, no translation yet). */
  private natRuns(hook: Hook): boolean {
    const manip = hook === 'prerouting' || hook === 'output' ? 'dst' : 'src';
    const state = this.state;
    if (!state.tracked) return this.noteOnce(`nat chains are skipped: the packet is ${state.notrack ? 'untracked' : state.ctState}`);
    if (state.ctState === 'established') return this.noteOnce('nat chains are skipped for established connections: the translation chosen by the first packet applies');
    if (state.ctState === 'related' && (this.state.get('l4proto') === 1n || this.state.get('l4proto') === 58n)) return this.noteOnce('nat chains are skipped: ICMP errors follow their connection\'s translation');
    if (state.natDone[manip]) return this.noteOnce(`nat chains are skipped: a ${manip === 'dst' ? 'destination' : 'source'} translation is already set up`);
    return true;
  }

  private walkContext(hook: Hook): WalkContext {
    return {
      hook, state: this.state,
      dynamicSets: (table) => this.dynamicSets(table),
      headedLocal: () => this.routesLocallyQuiet(),
      assume: (location, text, reason, suggested) => this.assume(location, text, reason, suggested),
      onRead: (field, location) => this.onRead(field, location),
      step: (step) => this.steps.push(step),
      error: (message) => this.errors.push(message),
      findChain: (from, name) => this.chainIndex.get(`${from.table.origin} ${from.table.family} ${from.table.name} ${name}`),
    };
  }

  private routesLocallyQuiet(): boolean {
    const notes = this.visit?.notes.length ?? 0;
    const local = this.routesLocally();
    if (this.visit) this.visit.notes.length = notes;
    return local;
  }

  private recordChain(hooked: HookedChain, verdict: ChainVerdict): void {
    const c = hooked.chain;
    this.visit?.chains.push({ family: c.table.family, table: c.table.name, chain: c.name, priority: hooked.priority, verdict, ...(hooked.nat ? { nat: true } : {}) });
  }

  private assume(location: Location, text: string, reason: string, suggested?: boolean): boolean {
    const key = `${location.uri}#${location.range.start.line}`;
    const override = this.options.overrides?.[key];
    const value = override ?? suggested ?? this.options.assume === 'match';
    const basis = override !== undefined ? 'chosen for this line' : suggested !== undefined ? 'the default for this match' : 'the assumption for undecidable matches';
    const id = `${key} ${text}`;
    if (!this.seen.has(id)) {
      this.seen.add(id);
      this.assumptions.push({ location, text, assumed: value ? 'match' : 'no-match', reason: `${reason}; assumed to ${value ? 'match' : 'not match'} (${basis})`, key });
    }
    return value;
  }

  private onRead(field: Field, location: Location): void {
    if (!this.state.defaulted.has(field) || this.seen.has(`default ${field}`)) return;
    this.seen.add(`default ${field}`);
    const value = formatValue(field, this.state.get(field), this.state);
    this.assumptions.push({ location, text: `${field} ${value}`, assumed: 'default', reason: `the packet does not give ${field}; a rule read the default ${value}` });
  }

  private dynamicSets(table: Table): ReadonlySet<string> {
    let names = this.dynamic.get(table);
    if (!names) {
      names = new Set(table.sets.filter((s) => s.flags.includes('dynamic') || s.flags.includes('timeout')).map((s) => s.name));
      for (const rule of table.chains.flatMap((c) => c.rules)) {
        for (const s of rule.statements) {
          if (!(s.name === 'set' || s.name.startsWith('set-') || s.name === 'SET')) continue;
          for (const m of s.text.matchAll(/@([A-Za-z0-9_.-]+)/g)) names.add(m[1]);
        }
      }
      this.dynamic.set(table, names);
    }
    return names;
  }

  private note(text: string): void {
    if (this.visit && !this.visit.notes.includes(text)) this.visit.notes.push(text);
  }

  private noteOnce(text: string): false {
    this.note(text);
    return false;
  }
}
