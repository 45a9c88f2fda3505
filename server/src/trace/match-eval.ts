/**
 * Decides field and tuple matches against the packet as it is at this point of the traversal: value lists with
 * ranges, masks, interface wildcards and named sets, negation, bitmask tests and address families.
 * A decision is true, false (with the reason a user reads) or undecided (with the reason it cannot be known).
 */
import { formatAddress } from '../catalog/values/address';
import { protocolName } from '../catalog/values/protocols';
import type { Field } from '../model/fields';
import { CT_STATE_BITS, FIELDS, TCP_FLAG_BITS } from '../model/fields';
import type { FieldMatch, NamedSet, Table, TupleMatch, ValueItem } from '../model/types';
import type { FieldValue, PacketState } from './packet-state';
import { byName } from '../model/lookup';

/** The outcome of one match. */
export type Decision =
  | { value: true }
  | { value: false; reason: string }
  | { value: undefined; reason: string };

/** What a match may consult besides the packet: the table's named sets. */
export interface MatchScope {
  state: PacketState;
  table: Table;
  /** Names of sets whose contents change at run time (dynamic, timeout, or filled by `add @set`). */
  dynamicSets: ReadonlySet<string>;
  /** Called for every field a match reads (the trace lists defaults that decided something). */
  onRead?(field: Field): void;
}

const TRUE: Decision = { value: true };

/** Decides a field match. */
export function evalFieldMatch(match: FieldMatch, scope: MatchScope): Decision {
  const { state } = scope;
  if (match.family !== undefined && match.family !== state.family && (match.field === 'saddr' || match.field === 'daddr')) {
    return { value: false, reason: `${match.text}: the packet is ${state.family === 'ip' ? 'IPv4' : 'IPv6'}` };
  }
  scope.onRead?.(match.field);
  const raw = state.get(match.field);
  if (raw === undefined) return { value: false, reason: `${match.text}: the packet has no ${fieldName(match.field)}${absentWhy(match.field, state)}` };
  if (typeof raw === 'object') return { value: undefined, reason: `${match.text}: ${raw.unknown}` };
  const value = typeof raw === 'bigint' && match.bitwise ? raw & match.bitwise.mask : raw;
  const found = containsAny(match.values, value, match.field, scope);
  if (found === undefined) return { value: undefined, reason: `${match.text}: ${setUnknownWhy(match.values, scope)}` };
  if (found !== match.negated) return TRUE;
  return { value: false, reason: `${match.text}: ${fieldName(match.field)} is ${formatValue(match.field, raw, state)}` };
}

/** Decides a tuple match (nft concatenations). */
export function evalTupleMatch(match: TupleMatch, scope: MatchScope): Decision {
  const { state } = scope;
  const values: FieldValue[] = [];
  for (const [i, field] of match.fields.entries()) {
    const family = match.families?.[i];
    if (family !== undefined && family !== state.family) return { value: false, reason: `${match.text}: the packet is ${state.family === 'ip' ? 'IPv4' : 'IPv6'}` };
    scope.onRead?.(field);
    const v = state.get(field);
    if (v === undefined) return { value: false, reason: `${match.text}: the packet has no ${fieldName(field)}` };
    if (typeof v === 'object') return { value: undefined, reason: `${match.text}: ${v.unknown}` };
    values.push(v);
  }
  let tuples = match.tuples;
  const known = values as (bigint | string)[];
  if (match.set !== undefined && tuples.length === 0) {
    const set = byName(scope.table.sets, match.set);
    if (!set) return { value: false, reason: `${match.text}: set @${match.set} is not defined in table ${scope.table.name}` };
    if (scope.dynamicSets.has(set.name) || set.elements.some((e) => e.tuple === undefined)) {
      return { value: undefined, reason: `${match.text}: the elements of @${set.name} are not known here` };
    }
    tuples = set.elements.map((e) => e.tuple ?? []);
  }
  let unknown = false;
  const hit = tuples.some((tuple) => {
    const parts = tuple.map((item, i) => contains(item, known[i], match.fields[i], scope));
    if (parts.some((p) => p === false)) return false;
    if (parts.some((p) => p === undefined)) unknown = true;
    return parts.every((p) => p === true);
  });
  if (!hit && unknown) return { value: undefined, reason: `${match.text}: a named set in the tuple is not known here` };
  if (hit !== match.negated) return TRUE;
  const shown = match.fields.map((f, i) => formatValue(f, values[i], state)).join(' . ');
  return { value: false, reason: `${match.text}: the packet has ${shown}` };
}

/** Whether the value lies in any item; undefined when a named set decides and its contents are not known. */
function containsAny(items: readonly ValueItem[], value: bigint | string, field: Field, scope: MatchScope): boolean | undefined {
  let unknown = false;
  for (const item of items) {
    const hit = contains(item, value, field, scope);
    if (hit === true) return true;
    if (hit === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}

function contains(item: ValueItem, value: bigint | string, field: Field, scope: MatchScope): boolean | undefined {
  switch (item.kind) {
    case 'range':
      return typeof value === 'bigint' && value >= item.lo && value <= item.hi;
    case 'masked':
      return typeof value === 'bigint' && (value & item.mask) === item.value;
    case 'name': {
      if (typeof value !== 'string') return false;
      const name = item.wildcard ? item.name.replace(/[+*]$/, '') : item.name;
      return item.wildcard ? value.startsWith(name) : value === name;
    }
    case 'set': {
      const set = findSet(scope.table, item.name);
      if (!set || scope.dynamicSets.has(set.name) || set.elements.some((e) => e.values === undefined)) {
        return set || scope.dynamicSets.has(item.name) ? undefined : false;
      }
      return set.elements.some((e) => (e.values ?? []).some((v) => v.kind !== 'set' && contains(v, value, field, scope)));
    }
  }
}

function findSet(table: Table, name: string): NamedSet | undefined {
  return byName(table.sets, name.replace(/^@/, ''));
}

function setUnknownWhy(items: readonly ValueItem[], scope: MatchScope): string {
  const set = items.find((i): i is Extract<ValueItem, { kind: 'set' }> => i.kind === 'set');
  if (!set) return 'cannot be decided';
  return scope.dynamicSets.has(set.name.replace(/^@/, ''))
    ? `the contents of @${set.name} change while the firewall runs`
    : `the elements of @${set.name} are not known to the model`;
}

function absentWhy(field: Field, state: PacketState): string {
  if (field.startsWith('ct.')) return state.ctAttached ? ` (the packet is ${state.notrack ? 'untracked' : state.ctState})` : ' (connection tracking has not seen it yet)';
  if (field === 'skuid' || field === 'skgid') return ' (no local socket)';
  return '';
}

const NAMES: Partial<Record<Field, string>> = {
  saddr: 'source address', daddr: 'destination address', l4proto: 'protocol', sport: 'source port',
  dport: 'destination port', iifname: 'input interface', oifname: 'output interface', 'ct.state': 'ct state',
  'ct.mark': 'ct mark', 'tcp.flags': 'TCP flags',
};

/** How a field is called in a reason. */
export function fieldName(field: Field): string {
  return NAMES[field] ?? field.replace('.', ' ');
}

/** A field value as a user writes it: dotted addresses, hex marks, state and flag names, quoted interfaces. */
export function formatValue(field: Field, value: FieldValue | undefined, state: PacketState): string {
  if (value === undefined) return 'absent';
  if (typeof value === 'object') return 'unknown';
  if (typeof value === 'string') return value === '' ? 'none' : `"${value}"`;
  if (FIELDS[field].kind === 'address') return formatAddress(value, state.family === 'ip' ? 'ipv4' : 'ipv6');
  if (field === 'ct.state') return bitNames(value, CT_STATE_BITS) || String(value);
  if (field === 'tcp.flags') return bitNames(value, TCP_FLAG_BITS) || 'none';
  if (field === 'mark' || field === 'ct.mark' || field === 'ct.status') return `0x${value.toString(16)}`;
  if (field === 'l4proto') return protocolName(Number(value)) ?? String(value);
  return String(value);
}

function bitNames(value: bigint, bits: Record<string, number>): string {
  return Object.entries(bits).filter(([, b]) => (value & BigInt(b)) !== 0n).map(([n]) => n).join(',');
}
