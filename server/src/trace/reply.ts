/**
 * The trace answer as plain JSON for the editor: locations instead of model objects (which are cyclic), plus the
 * location of every rule of the traced files so the editor can dim the rules the packet never reached.
 */
import type { Hook, Location, Ruleset } from '../model/types';
import type { Assumption, Delivered, HookVisit, TraceResult } from './types';

/** One step, JSON-safe. */
export interface TraceReplyStep {
  hook: Hook;
  family: string;
  table: string;
  chain: string;
  baseChain: string;
  priority: number;
  rule?: { location: Location; text: string };
  /** For a policy: where the chain (or its policy) is declared. */
  policyLocation?: Location;
  matched: boolean;
  verdict?: string;
  reason?: string;
  depth: number;
  effects?: string[];
}

/** The whole answer, JSON-safe. */
export interface TraceReply {
  verdict: TraceResult['verdict'];
  delivered: Delivered;
  packetIn: string;
  packetOut: string;
  assumptions: Assumption[];
  steps: TraceReplyStep[];
  hooks: HookVisit[];
  errors: string[];
  /** Every rule of the traced rulesets. */
  rules: Location[];
}

/** Converts a result (and the rulesets it came from) into the reply the editor gets. */
export function toReply(result: TraceResult, rulesets: readonly Ruleset[]): TraceReply {
  return {
    verdict: result.verdict, delivered: result.delivered, packetIn: result.packetIn, packetOut: result.packetOut,
    assumptions: result.assumptions, hooks: result.hooks, errors: result.errors,
    steps: result.steps.map((s) => {
      const step: TraceReplyStep = {
        hook: s.hook, family: s.family, table: s.table, chain: s.chain, baseChain: s.baseChain, priority: s.priority, matched: s.matched, depth: s.depth,
      };
      if (s.rule) step.rule = { location: s.rule.location, text: s.rule.text };
      else step.policyLocation = s.policyLocation ?? findBaseChain(rulesets, s.family, s.table, s.chain);
      if (s.verdict !== undefined) step.verdict = s.verdict;
      if (s.reason !== undefined) step.reason = s.reason;
      if (s.effects) step.effects = s.effects;
      return step;
    }),
    rules: rulesets.flatMap((r) => r.tables.flatMap((t) => t.chains.flatMap((c) => c.rules.map((rule) => rule.location)))),
  };
}

function findBaseChain(rulesets: readonly Ruleset[], family: string, table: string, chain: string): Location | undefined {
  for (const r of rulesets) {
    const c = r.tables.find((t) => t.family === family && t.name === table)?.chains.find((x) => x.name === chain && x.base);
    if (c) return c.nameLocation;
  }
  return undefined;
}
