/**
 * What a rule does to the flow through its chain, as the rule-logic analyses need it: whether it ends the chain for
 * the packets it matches (and with which verdict), whether it calls another chain, and which packet dimensions its
 * statements may change for the packets that continue.
 */
import type { Field } from '../../model/fields';
import type { Effect, Rule, Statement, Verdict } from '../../model/types';
import type { Dim } from '../packet-space/region';

/** Every dimension: a statement whose effect the model does not follow. */
export const ALL_DIMS = 'all';
export type Changes = Set<Dim> | typeof ALL_DIMS;

export type Flow =
  /** The packets it matches leave the chain (accept, drop, reject, queue, return, goto, a terminal target). */
  | { kind: 'ends'; label: string; statement: Statement; goto?: string }
  /** The packets it matches enter another chain and come back unless that chain decides them. */
  | { kind: 'calls'; chain: string; statement: Statement }
  /** A verdict map: the verdict depends on the key. */
  | { kind: 'map'; statement: Statement; verdict: Extract<Verdict, { kind: 'vmap' }> }
  /** The packets it matches go on to the next rule. */
  | { kind: 'continues' };

const CT_DIMS: Dim[] = ['ct.state', 'ct.status', 'ct.mark', 'ct.direction'];

/** The rule's effect on the flow: its last verdict-bearing statement decides. */
export function flowOf(rule: Rule): Flow {
  for (const statement of rule.statements) {
    const verdict = statement.verdict;
    if (!verdict) continue;
    const flow = flowOfVerdict(verdict, statement);
    if (flow.kind !== 'continues') return flow;
  }
  return { kind: 'continues' };
}

/** The flow of one verdict (`entry` for a verdict map entry, whose statement is the map lookup). */
export function flowOfVerdict(verdict: Verdict, statement: Statement, entry = false): Flow {
  switch (verdict.kind) {
    case 'continue':
      return { kind: 'continues' };
    case 'jump':
      return { kind: 'calls', chain: verdict.target, statement };
    case 'goto':
      return { kind: 'ends', label: `goto ${verdict.target}`, statement, goto: verdict.target };
    case 'vmap':
      return { kind: 'map', statement, verdict };
    default:
      return { kind: 'ends', label: entry ? entryLabel(verdict) : endLabel(verdict, statement), statement };
  }
}

/** A verdict map entry's verdict is a plain verdict: accept, drop, return, or `reject` only in maps that allow it. */
function entryLabel(verdict: Verdict): string {
  return verdict.kind === 'reject' && verdict.with ? `reject with ${verdict.with}` : verdict.kind;
}

/**
 * A label that is equal for two statements only when they certainly do the same to a packet: standard verdicts by
 * kind, anything else (REJECT with a type, DNAT to an address, …) by its normalised text.
 */
function endLabel(verdict: Verdict, statement: Statement): string {
  const standard = ['accept', 'drop', 'return', 'queue'];
  const name = statement.name.toLowerCase();
  if (standard.includes(verdict.kind) && (name === verdict.kind || statement.effect.kind === 'none' && standard.includes(name))) {
    return verdict.kind;
  }
  return statement.text.replace(/\s+/g, ' ').trim();
}

/** Dimensions a statement may change for the packets that go on (the verdict statement itself excluded). */
export function changesOf(statement: Statement): Changes {
  return effectChanges(statement.effect);
}

function effectChanges(effect: Effect): Changes {
  switch (effect.kind) {
    case 'none':
      return new Set();
    case 'set-field':
    case 'copy-field':
      return new Set<Dim>([effect.field as Field]);
    case 'notrack':
      return new Set(CT_DIMS);
    case 'dnat':
      return new Set<Dim>(['daddr', 'dport', 'ct.status']);
    case 'snat':
    case 'masquerade':
      return new Set<Dim>(['saddr', 'sport', 'ct.status']);
    case 'redirect':
      return new Set<Dim>(['daddr', 'dport', 'ct.status']);
    case 'tproxy':
      return new Set<Dim>(['mark']);
    case 'unknown':
      return effect.fields ? new Set<Dim>(effect.fields) : ALL_DIMS;
  }
}

/** Adds `more` to `into` (ALL absorbs everything). */
export function addChanges(into: Changes, more: Changes): Changes {
  if (into === ALL_DIMS || more === ALL_DIMS) return ALL_DIMS;
  for (const dim of more) into.add(dim);
  return into;
}

/** Whether a change set touches any of the dimensions (opaque dimensions depend on everything). */
export function touches(changes: Changes, dims: Iterable<Dim>): boolean {
  if (changes !== ALL_DIMS && changes.size === 0) return false;
  for (const dim of dims) {
    if (changes === ALL_DIMS || changes.has(dim) || dim.startsWith('opaque:')) return true;
  }
  return false;
}
