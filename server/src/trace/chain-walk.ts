/**
 * Walks one base chain the way nft_do_chain does: rules in order; `jump` pushes the next rule on a stack of at most
 * 16 chains, `goto` replaces the current chain, `return` and the end of a user chain pop the stack, and the end of
 * the base chain (or a `return` in it) applies its policy. Every rule evaluated becomes a step.
 */
import type { Chain, Hook, Rule } from '../model/types';
import type { HookedChain } from './hooks';
import { evalRule, type RuleContext } from './rule-eval';
import { flowText } from './statements';
import type { TraceStep } from './types';

/** How a base chain ended. */
export type ChainVerdict = 'accept' | 'drop' | 'reject' | 'queue';

/** The kernel refuses rulesets nesting deeper; 16 chains in all, the base chain included. */
const JUMP_STACK = 16;
/** Bound on rule evaluations in one base chain, so a malformed model can never hang a trace. */
const MAX_EVALUATIONS = 100_000;

/** What walking needs besides rule evaluation: where steps and errors go, and chain lookup. */
export interface WalkContext extends RuleContext {
  hook: Hook;
  step(step: TraceStep): void;
  error(message: string): void;
  /** A chain by name in the table of `from` (tables of one name in several files are one table, as in nft). */
  findChain(from: Chain, name: string): Chain | undefined;
}

/** Walks a base chain to its verdict, recording steps. */
export function walkBaseChain(hooked: HookedChain, ctx: WalkContext): ChainVerdict {
  const base = hooked.chain;
  const stack: { chain: Chain; next: number }[] = [];
  let chain = base;
  let next = 0;
  for (let evaluations = 0; evaluations < MAX_EVALUATIONS; evaluations++) {
    if (next >= chain.rules.length) {
      const caller = stack.pop();
      if (!caller) return policy(hooked, ctx);
      ({ chain, next } = caller);
      continue;
    }
    const rule = chain.rules[next++];
    const outcome = evalRule(rule, ctx);
    const flow = outcome.flow;
    ctx.step(makeStep(ctx.hook, hooked, rule, stack.length, outcome.matched, flow ? flowText(flow) : outcome.matched ? 'continue' : undefined, outcome.reason, outcome.notes));
    if (!outcome.matched || !flow || flow.kind === 'continue') continue;
    switch (flow.kind) {
      case 'accept': case 'drop': case 'reject': case 'queue':
        return flow.kind;
      case 'return': {
        const caller = stack.pop();
        if (!caller) return policy(hooked, ctx);
        ({ chain, next } = caller);
        continue;
      }
      case 'jump': case 'goto': {
        const target = ctx.findChain(chain, flow.target);
        if (!target) {
          ctx.error(`${rule.text}: chain '${flow.target}' does not exist in table ${chain.table.name} (the kernel would refuse the ruleset)`);
          continue;
        }
        if (flow.kind === 'jump') {
          if (stack.length + 1 >= JUMP_STACK) {
            ctx.error(`${rule.text}: more than ${JUMP_STACK} chains deep (the kernel refuses such rulesets: "Too many links")`);
            return 'drop';
          }
          stack.push({ chain, next });
        }
        chain = target;
        next = 0;
        continue;
      }
    }
  }
  ctx.error(`${base.name}: stopped after ${MAX_EVALUATIONS} rule evaluations (a jump loop?)`);
  return 'drop';
}

function policy(hooked: HookedChain, ctx: WalkContext): ChainVerdict {
  const verdict = hooked.chain.policy ?? 'accept';
  const step = makeStep(ctx.hook, hooked, undefined, 0, true, verdict);
  if (hooked.chain.policyLocation) step.policyLocation = hooked.chain.policyLocation;
  ctx.step(step);
  return verdict;
}

function makeStep(hook: Hook, hooked: HookedChain, rule: Rule | undefined, depth: number, matched: boolean, verdict?: string, reason?: string, effects?: string[]): TraceStep {
  const chain = rule?.chain ?? hooked.chain;
  const step: TraceStep = {
    hook, family: chain.table.family, table: chain.table.name, chain: chain.name, baseChain: hooked.chain.name,
    priority: hooked.priority, matched, depth,
  };
  if (rule) step.rule = rule;
  if (verdict !== undefined) step.verdict = verdict;
  if (reason) step.reason = reason;
  if (effects && effects.length > 0) step.effects = effects;
  return step;
}
