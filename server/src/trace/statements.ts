/**
 * What a matched rule's statements do: effects on the packet and its connection (marks, NAT, TPROXY, notrack) and
 * the verdict that decides where evaluation goes next. NAT targets end the chain with accept in both dialects
 * (the kernel's NAT expression returns NF_ACCEPT); xt TPROXY accepts, nft tproxy continues to the next statement.
 */
import { formatAddress } from '../catalog/values/address';
import type { Field } from '../model/fields';
import type { Effect, Statement, Verdict } from '../model/types';
import { formatValue } from './match-eval';
import { address, CT_STATUS, type PacketState, type FieldValue } from './packet-state';

/** Where evaluation goes after a statement. */
export type Flow =
  | { kind: 'accept' | 'drop' | 'reject' | 'queue' | 'continue' | 'return' }
  | { kind: 'jump' | 'goto'; target: string };

/** The result of running one statement. */
export interface StatementOutcome {
  /** Set when the statement ends or redirects evaluation. */
  flow?: Flow;
  /** Human descriptions of what changed. */
  notes: string[];
}

const NAT_TARGETS = new Set(['DNAT', 'SNAT', 'MASQUERADE', 'REDIRECT', 'NETMAP', 'dnat', 'snat', 'masquerade', 'redirect']);
const QUEUE_TARGETS = new Set(['QUEUE', 'NFQUEUE', 'queue']);

/** The flow of a plain verdict (vmaps are resolved by the caller). */
export function verdictFlow(verdict: Exclude<Verdict, { kind: 'vmap' }>): Flow {
  if (verdict.kind === 'jump' || verdict.kind === 'goto') return { kind: verdict.kind, target: verdict.target };
  return { kind: verdict.kind };
}

/** How a flow is shown in steps (as the kernel's trace names verdicts). */
export function flowText(flow: Flow): string {
  return flow.kind === 'jump' || flow.kind === 'goto' ? `${flow.kind} ${flow.target}` : flow.kind;
}

/** Runs a statement's effect on the packet and returns its flow (for statements other than vmaps). */
export function runStatement(statement: Statement, state: PacketState, dialect: 'iptables' | 'nftables'): StatementOutcome {
  const notes = applyEffect(statement.effect, state, statement);
  // A model without effects for TPROXY (an older lowering) still hands the packet to the socket its options name.
  if (statement.name === 'TPROXY' && dialect === 'iptables' && statement.effect.kind === 'none') {
    notes.push(...tproxyFromArgs(statement, state), ...tproxyMark(statement, state));
  }
  if (statement.verdict && statement.verdict.kind !== 'vmap') return { flow: verdictFlow(statement.verdict), notes };
  // A lowering that gives a target no effect and no verdict: its name still says whether it ends the chain.
  if (statement.effect.kind !== 'none') return { notes };
  if (NAT_TARGETS.has(statement.name) || statement.name === 'TPROXY') return { flow: { kind: 'accept' }, notes };
  if (QUEUE_TARGETS.has(statement.name)) return { flow: { kind: 'queue' }, notes };
  if (statement.name === 'REJECT' || statement.name === 'reject') return { flow: { kind: 'reject' }, notes };
  return { notes };
}

/** Applies one effect; returns notes on what changed. */
export function applyEffect(effect: Effect, state: PacketState, statement: Statement): string[] {
  switch (effect.kind) {
    case 'set-field':
      return setField(state, effect.field, (old) => (old & ~(effect.mask ?? allBits(effect.field))) | effect.value);
    case 'copy-field': {
      const from = state.get(effect.from);
      if (typeof from !== 'bigint') return ignoredOnUntracked(effect.field, state, effect.from);
      const mask = effect.mask ?? allBits(effect.field);
      return setField(state, effect.field, (old) => (old & ~mask) | (from & mask));
    }
    case 'dnat':
    case 'snat':
      return translate(state, effect.kind === 'dnat' ? 'daddr' : 'saddr', effect.kind === 'dnat' ? 'dport' : 'sport', withBracketedAddress(effect, statement));
    case 'masquerade':
      return masquerade(state, effect);
    case 'redirect':
      return redirect(state, effect);
    case 'tproxy':
      state.socket = {
        address: effect.address !== undefined ? formatAddress(effect.address, (effect.family ?? state.family) === 'ip' ? 'ipv4' : 'ipv6') : undefined,
        port: effect.port,
      };
      state.rerouted = 'local';
      return [`handed to the local socket ${state.socket.address ?? '(own address)'}:${state.socket.port ?? '(own port)'} (the packet keeps its destination)`];
    case 'notrack':
      if (state.ctAttached) return ['notrack has no effect here: connection tracking has already seen the packet'];
      state.notrack = true;
      return ['not tracked: connection tracking will skip it'];
    case 'unknown':
      for (const field of effect.fields ?? []) state.set(field, { unknown: `changed by \`${statement.text}\`` });
      return effect.fields?.length ? [`${effect.fields.join(', ')} changed in a way the model does not follow`] : [];
    case 'none':
      return [];
  }
}

function setField(state: PacketState, field: Field, update: (old: bigint) => bigint): string[] {
  if (field.startsWith('ct.') && !state.tracked) return ignoredOnUntracked(field, state);
  const old = state.get(field);
  if (typeof old !== 'bigint') {
    state.set(field, { unknown: `${field} is not known before this rule` });
    return [`${field} set (its earlier value is not known)`];
  }
  const next = update(old);
  state.set(field, next);
  return [`${field.replace('.', ' ')} ${formatValue(field, old, state)} → ${formatValue(field, next, state)}`];
}

function ignoredOnUntracked(field: Field, state: PacketState, from?: Field): string[] {
  const which = from?.startsWith('ct.') ? from : field;
  return [`${which.replace('.', ' ')} is not there: the packet has no connection${state.ctAttached ? '' : ' yet'}; nothing changed`];
}

function allBits(field: Field): bigint {
  return field === 'ct.state' || field === 'ct.status' || field === 'mark' || field === 'ct.mark' ? 0xffffffffn : (1n << 128n) - 1n;
}

type Translation = Extract<Effect, { kind: 'dnat' | 'snat' }>;
type PortEffect = { port?: number; portHi?: number };

function translate(state: PacketState, addressField: Field, portField: Field, effect: Translation): string[] {
  const before = endpointText(state, addressField, portField);
  state.natDone[addressField === 'daddr' ? 'dst' : 'src'] = true;
  markStatus(state, addressField === 'daddr' ? CT_STATUS.dstNat : CT_STATUS.srcNat);
  if (effect.address !== undefined) {
    const single = effect.addressHi === undefined || effect.addressHi === effect.address;
    state.set(addressField, single ? effect.address : { unknown: 'the kernel picks one address of the NAT range' });
  } else if (effect.port === undefined) {
    state.set(addressField, { unknown: 'the address comes from a NAT map' });
  }
  if (effect.port !== undefined && state.get(portField) !== undefined) translatePort(state, portField, effect.port, effect.portHi);
  if (addressField === 'daddr') state.rerouted = 'address';
  return [`${addressField === 'daddr' ? 'destination' : 'source'} ${before} → ${endpointText(state, addressField, portField)}`];
}

// The nft lowering does not read a bracketed IPv6 address (`dnat ip6 to [fd00::1]:80`) yet; take it from the text.
function withBracketedAddress(effect: Translation, statement: Statement): Translation {
  if (effect.address !== undefined) return effect;
  const m = /\bto\s+\[([0-9a-fA-F:.]+)\]/.exec(statement.text);
  if (!m) return effect;
  try {
    return { ...effect, family: 'ip6', address: address(m[1]) };
  } catch {
    return effect;
  }
}

function translatePort(state: PacketState, field: Field, lo: number, hi: number | undefined): void {
  const current = state.get(field);
  if (hi === undefined || hi === lo) state.set(field, BigInt(lo));
  // With a port range the kernel keeps the original port when it lies inside and is free.
  else if (!(typeof current === 'bigint' && current >= BigInt(lo) && current <= BigInt(hi))) {
    state.set(field, { unknown: 'the kernel picks one port of the NAT range' });
  }
}

function masquerade(state: PacketState, effect: PortEffect): string[] {
  const before = endpointText(state, 'saddr', 'sport');
  state.natDone.src = true;
  markStatus(state, CT_STATUS.srcNat);
  state.set('saddr', { unknown: 'masquerade uses the address of the output interface' });
  if (effect.port !== undefined && state.get('sport') !== undefined) translatePort(state, 'sport', effect.port, effect.portHi);
  return [`source ${before} → the output interface's address`];
}

function redirect(state: PacketState, effect: PortEffect): string[] {
  const before = endpointText(state, 'daddr', 'dport');
  state.natDone.dst = true;
  markStatus(state, CT_STATUS.dstNat);
  state.set('daddr', { unknown: 'redirect uses an address of the input interface' });
  if (effect.port !== undefined && state.get('dport') !== undefined) translatePort(state, 'dport', effect.port, effect.portHi);
  state.rerouted = 'local';
  return [`destination ${before} → this host${effect.port !== undefined ? ` port ${effect.port}` : ''}`];
}

function markStatus(state: PacketState, bit: bigint): void {
  const status = state.values.get('ct.status');
  if (typeof status === 'bigint') state.values.set('ct.status', status | bit);
}

function endpointText(state: PacketState, addressField: Field, portField: Field): string {
  const a: FieldValue | undefined = state.get(addressField);
  const p = state.get(portField);
  const address = typeof a === 'bigint' ? formatValue(addressField, a, state) : 'unknown';
  return typeof p === 'bigint' ? `${address}:${p}` : typeof p === 'object' ? `${address}:?` : address;
}

function tproxyFromArgs(statement: Statement, state: PacketState): string[] {
  const port = integer(statement.args['--on-port']);
  state.socket = { address: statement.args['--on-ip'], port: port === undefined ? undefined : Number(port) };
  state.rerouted = 'local';
  return [`handed to the local socket ${state.socket.address ?? '(own address)'}:${state.socket.port ?? '(own port)'} (the packet keeps its destination)`];
}

// xt TPROXY --tproxy-mark value[/mask]: mark = (mark & ~mask) ^ value, as xt_TPROXY does.
function tproxyMark(statement: Statement, state: PacketState): string[] {
  const text = statement.args['--tproxy-mark'];
  if (text === undefined) return [];
  const [value, mask] = text.split('/').map(integer);
  const old = state.get('mark');
  if (typeof old !== 'bigint' || value === undefined) return [];
  const next = (old & ~(mask ?? 0xffffffffn)) ^ value;
  state.set('mark', next);
  return [`mark ${formatValue('mark', old, state)} → ${formatValue('mark', next, state)}`];
}

function integer(text: string | undefined): bigint | undefined {
  return text !== undefined && /^(0x[0-9a-f]+|[0-9]+)$/i.test(text.trim()) ? BigInt(text.trim()) : undefined;
}
