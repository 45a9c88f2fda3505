import { PacketSpec } from './packet';
import { RawTraceEvent } from './trace-parse';
import { RulesetIndex } from './ruleset-index';
import { END_OF_HOOK, TRACE_TABLE } from './trace-table';

/** One step of the kernel's traversal: a rule that matched, a chain policy, or the end of a user chain. */
export interface TraceEvent {
  kind: 'rule' | 'policy' | 'return';
  family: string;
  table: string;
  chain: string;
  /** Hook of the base chain being traversed when this happened. */
  hook?: string;
  /** Kernel rule handle (rule events). */
  handle?: number;
  /** 0-based position of the rule within its chain in the loaded ruleset (see ruleset-index.ts). */
  ruleIndex?: number;
  /** accept, drop, continue, return, jump <chain>, goto <chain>… as the kernel reports it. */
  verdict?: string;
  /** True for a base chain's policy. */
  policy?: boolean;
}

/** How the packet ended. */
export interface TraceOutcome {
  verdict: 'accepted' | 'dropped' | 'unknown';
  /** Hook of the drop, or the last hook passed. */
  hook?: string;
  /** delivered: passed input; forwarded: passed postrouting after coming from the network; sent: local and out. */
  fate: 'delivered' | 'forwarded' | 'sent' | 'dropped' | 'unknown';
}

/** The kernel's answer for one packet. */
export interface TraceResult {
  packet: PacketSpec;
  events: TraceEvent[];
  outcome: TraceOutcome;
}

/** Turns the raw events of one packet into reported events and an outcome. */
export function buildResult(packet: PacketSpec, raw: readonly RawTraceEvent[], index: RulesetIndex): TraceResult {
  const events: TraceEvent[] = [];
  const passed = new Set<string>();
  let hook: string | undefined;
  let dropHook: string | undefined;
  for (const e of raw) {
    if (e.kind === 'packet') {
      hook = index.chain(e.family, e.table, e.chain)?.hook ?? hook;
      continue;
    }
    if (e.table === TRACE_TABLE && e.family === 'inet') {
      if (END_OF_HOOK[e.chain]) passed.add(END_OF_HOOK[e.chain]);
      continue;
    }
    events.push(reportable(e, hook, index));
    if (e.verdict === 'drop' && dropHook === undefined) dropHook = hook;
  }
  return { packet, events, outcome: outcome(packet, passed, dropHook) };
}

function reportable(e: RawTraceEvent, hook: string | undefined, index: RulesetIndex): TraceEvent {
  const event: TraceEvent = { kind: e.kind === 'packet' ? 'rule' : e.kind, family: e.family, table: e.table, chain: e.chain };
  if (hook !== undefined) event.hook = hook;
  if (e.handle !== undefined) {
    event.handle = e.handle;
    event.ruleIndex = index.ruleIndex(e.family, e.table, e.chain, e.handle);
  }
  if (e.verdict !== undefined) event.verdict = e.verdict;
  if (e.kind === 'policy') event.policy = true;
  return event;
}

function outcome(packet: PacketSpec, passed: Set<string>, dropHook: string | undefined): TraceOutcome {
  if (dropHook !== undefined) return { verdict: 'dropped', hook: dropHook, fate: 'dropped' };
  if (passed.has('input')) return { verdict: 'accepted', hook: 'input', fate: 'delivered' };
  if (passed.has('postrouting')) {
    return { verdict: 'accepted', hook: 'postrouting', fate: packet.origin === 'local' ? 'sent' : 'forwarded' };
  }
  return { verdict: 'unknown', fate: 'unknown' };
}
