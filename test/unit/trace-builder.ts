/**
 * Builds small ruleset models by hand for the simulator's tests, independent of how far the lowering has got:
 * every rule gets its own line, so locations (and assumption keys) are distinct.
 */
import type { Field } from '../../server/src/model/fields';
import type {
  Chain, ChainType, Dialect, Effect, Family, FieldMatch, Hook, Location, Match, OpaqueMatch, Rule, Ruleset,
  Statement, Table, TupleMatch, ValueItem, Verdict, VmapEntry,
} from '../../server/src/model/types';
import { address } from '../../server/src/trace/packet-state';

/** A model under construction; `ruleset()` returns it. */
export class ModelBuilder {
  private line = 0;
  private readonly tables: Table[] = [];

  constructor(readonly uri = 'file:///test.nft', readonly dialect: Dialect = 'nftables') {}

  /** The location of the next line. */
  next(): Location {
    const line = this.line++;
    return { uri: this.uri, range: { start: { line, character: 0 }, end: { line, character: 40 } } };
  }

  table(family: Family, name: string, origin: Dialect = this.dialect): Table {
    const location = this.next();
    const table: Table = { family, name, origin, location, nameLocation: location, chains: [], sets: [], flowtables: [], objects: [], flags: [] };
    this.tables.push(table);
    return table;
  }

  /** A base chain when `hook` is given, else a user chain. */
  chain(table: Table, name: string, hook?: Hook, priority = 0, policy?: 'accept' | 'drop', type: ChainType = 'filter'): Chain {
    const location = this.next();
    const chain: Chain = { table, name, location, nameLocation: location, rules: [], builtin: false };
    if (hook) chain.base = { type, hook, priority, priorityText: String(priority), devices: [] };
    if (policy) {
      chain.policy = policy;
      chain.policyLocation = location;
    }
    table.chains.push(chain);
    return chain;
  }

  /** Appends a rule; matches and statements are placed on the rule's line in the order given. */
  rule(chain: Chain, text: string, matches: MatchSpec[], statements: StatementSpec[]): Rule {
    const location = this.next();
    const at = (i: number): Location => ({ uri: this.uri, range: { start: { line: location.range.start.line, character: i }, end: { line: location.range.start.line, character: i + 1 } } });
    const rule: Rule = {
      chain, index: chain.rules.length, location, text,
      matches: matches.map((m, i) => ({ ...m, location: at(i) }) as Match),
      statements: statements.map((s, i) => ({ args: {}, ...s, location: at(matches.length + i) }) as Statement),
    };
    chain.rules.push(rule);
    return rule;
  }

  /** A named set with single-field elements. */
  set(table: Table, name: string, elements: ValueItem[][], flags: string[] = []): void {
    const location = this.next();
    table.sets.push({
      table, name, kind: 'set', location, nameLocation: location, keyType: '', flags,
      elements: elements.map((values) => ({ text: '', location, values })),
    });
  }

  ruleset(): Ruleset {
    return { dialect: this.dialect, uri: this.uri, tables: this.tables, variables: [], references: [], includes: [], problems: [] };
  }
}

type MatchSpec = Omit<FieldMatch, 'location'> | Omit<TupleMatch, 'location'> | Omit<OpaqueMatch, 'location'>;
type StatementSpec = Omit<Statement, 'location' | 'args'> & { args?: Record<string, string> };

const NOWHERE: Location = { uri: 'file:///test.nft', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };

/** An integer (or inclusive range) value. */
export function n(lo: number | bigint, hi: number | bigint = lo): ValueItem {
  return { kind: 'range', lo: BigInt(lo), hi: BigInt(hi) };
}

/** An address or prefix as a range. */
export function net(text: string): ValueItem {
  const [a, bits] = text.split('/');
  const width = a.includes(':') ? 128n : 32n;
  const lo = address(a);
  const span = bits === undefined ? 0n : (1n << (width - BigInt(bits))) - 1n;
  return { kind: 'range', lo: lo & ~span, hi: (lo & ~span) | span };
}

/** An interface name; `eth+` style wildcards when `wildcard`. */
export function ifname(name: string, wildcard = false): ValueItem {
  return { kind: 'name', name, wildcard };
}

export function setRef(name: string): ValueItem {
  return { kind: 'set', name, location: NOWHERE };
}

/** A field match. */
export function field(f: Field, values: ValueItem[], options: Partial<Pick<FieldMatch, 'negated' | 'bitwise' | 'family' | 'text'>> = {}): Omit<FieldMatch, 'location'> {
  return { kind: 'field', field: f, negated: false, values, text: options.text ?? `${f} ${options.negated ? '!= ' : ''}…`, ...options };
}

export function tuple(fields: Field[], tuples: ValueItem[][], set?: string): Omit<TupleMatch, 'location'> {
  return { kind: 'tuple', fields, negated: false, tuples, text: `${fields.join(' . ')} {…}`, ...(set ? { set } : {}) };
}

export function opaque(text: string, module: string, stateful = true): Omit<OpaqueMatch, 'location'> {
  return { kind: 'opaque', text, module, stateful };
}

/** A verdict statement. */
export function verdict(v: Verdict | Verdict['kind'], target?: string): StatementSpec {
  const full: Verdict = typeof v === 'string'
    ? (v === 'jump' || v === 'goto' ? { kind: v, target: target ?? '', targetLocation: NOWHERE } : { kind: v } as Verdict)
    : v;
  return { name: full.kind, text: typeof v === 'string' ? `${v}${target ? ` ${target}` : ''}` : 'vmap', verdict: full, effect: { kind: 'none' } };
}

/** A verdict map statement over entries. */
export function vmap(entries: [Omit<FieldMatch, 'location'>, Verdict][]): StatementSpec {
  const list: VmapEntry[] = entries.map(([match, v]) => ({ match: { ...match, location: NOWHERE }, verdict: v }));
  return { name: 'vmap', text: 'vmap {…}', verdict: { kind: 'vmap', map: undefined, entries: list }, effect: { kind: 'none' } };
}

/** A statement with an effect (mark set, NAT, notrack…); NAT statements end the chain with accept, as lowered. */
export function effect(name: string, e: Effect, args: Record<string, string> = {}): StatementSpec {
  const nat = e.kind === 'dnat' || e.kind === 'snat' || e.kind === 'masquerade' || e.kind === 'redirect';
  return { name, text: name, effect: e, args, ...(nat ? { verdict: { kind: 'accept' } } : {}) };
}
