/**
 * Evaluates one rule against the packet: its matches in order (iptables evaluates every match before the target;
 * nft evaluates expressions left to right, so a statement before a failing match has still run), its statements'
 * effects, and the verdict, including verdict maps.
 */
import type { Field } from '../model/fields';
import type { FieldMatch, Location, Match, OpaqueMatch, Rule, Statement, Table, TupleMatch, Verdict } from '../model/types';
import { evalFieldMatch, evalTupleMatch, type Decision, type MatchScope } from './match-eval';
import type { PacketState } from './packet-state';
import { runStatement, verdictFlow, type Flow } from './statements';
import { conditionalStatement, judgeOpaque } from './undecidable';

/** What rule evaluation needs from the traversal. */
export interface RuleContext {
  state: PacketState;
  /** Sets whose contents change at run time, per table. */
  dynamicSets(table: Table): ReadonlySet<string>;
  /** Whether the packet is (as far as known now) headed for a local socket. */
  headedLocal(): boolean;
  /** Resolves an undecidable match to true/false and records the assumption. */
  assume(location: Location, text: string, reason: string, suggested?: boolean): boolean;
  /** Called when a match reads a field (to list defaults that decided something). */
  onRead(field: Field, location: Location): void;
}

/** The outcome of one rule. */
export interface RuleOutcome {
  matched: boolean;
  /** For a matched rule: where evaluation goes (undefined: on to the next rule). */
  flow?: Flow;
  /** Why the rule did not match. */
  reason?: string;
  notes: string[];
}

type Item = { match: Match } | { statement: Statement };

/** Evaluates a rule; effects of statements that ran are applied to `ctx.state`. */
export function evalRule(rule: Rule, ctx: RuleContext): RuleOutcome {
  const notes: string[] = [];
  for (const item of ruleItems(rule)) {
    if ('match' in item) {
      const holds = decide(item.match, rule.chain.table, ctx);
      if (!holds.value) return { matched: false, reason: holds.reason, notes };
      continue;
    }
    const statement = item.statement;
    const condition = conditionalStatement(statement);
    if (condition !== undefined && !ctx.assume(statement.location, statement.text, condition)) {
      return { matched: false, reason: `${statement.text}: ${condition} (assumed not to let it through)`, notes };
    }
    if (statement.verdict?.kind === 'vmap') {
      const chosen = lookupVmap(statement.verdict, statement, rule.chain.table, ctx);
      if ('reason' in chosen) return { matched: false, reason: chosen.reason, notes };
      return { matched: true, flow: chosen.flow, notes };
    }
    const outcome = runStatement(statement, ctx.state, rule.chain.table.origin);
    notes.push(...outcome.notes);
    if (outcome.flow) return { matched: true, flow: outcome.flow, notes };
  }
  return { matched: true, notes };
}

/** Matches and statements in evaluation order. */
function ruleItems(rule: Rule): Item[] {
  const matches: Item[] = rule.matches.map((match) => ({ match }));
  const statements: Item[] = rule.statements.map((statement) => ({ statement }));
  if (rule.chain.table.origin === 'iptables') return [...matches, ...statements];
  // nft evaluates left to right: a statement runs after the matches written before it (`afterMatches`).
  if (rule.statements.every((s) => s.afterMatches !== undefined)) {
    const out: Item[] = [];
    let next = 0;
    for (const statement of rule.statements) {
      while (next < Math.min(statement.afterMatches ?? 0, matches.length)) out.push(matches[next++]);
      // The protocol dependency of a verdict map's key (`udp dport vmap …`) is recorded after the statement; the
      // kernel checks it before the lookup.
      if (statement.verdict?.kind === 'vmap') while (next < matches.length && (rule.matches[next] as { implicit?: boolean }).implicit) out.push(matches[next++]);
      out.push({ statement });
    }
    return [...out, ...matches.slice(next)];
  }
  const start = (item: Item): number => {
    const { line, character } = ('match' in item ? item.match : item.statement).location.range.start;
    return line * 1e6 + character;
  };
  // Stable: implicit dependencies share their match's position and stay before it.
  return [...matches, ...statements].map((item, i) => ({ item, i }))
    .sort((a, b) => start(a.item) - start(b.item) || a.i - b.i).map(({ item }) => item);
}

/** A match decided, with undecidable ones resolved through the assumptions. */
function decide(match: Match, table: Table, ctx: RuleContext): { value: boolean; reason: string } {
  const decision = decideRaw(match, table, ctx);
  if (decision.value === undefined) {
    const suggested = 'suggested' in decision ? (decision as { suggested?: boolean }).suggested : undefined;
    const value = ctx.assume(match.location, match.text, decision.reason, suggested);
    return { value, reason: `${match.text}: ${decision.reason}${suggested === undefined ? ' (assumed not to match)' : ''}` };
  }
  return { value: decision.value, reason: decision.value ? '' : decision.reason };
}

function decideRaw(match: Match, table: Table, ctx: RuleContext): Decision & { suggested?: boolean } {
  if (match.kind === 'opaque') return decideOpaque(match, ctx);
  const scope: MatchScope = {
    state: ctx.state, table, dynamicSets: ctx.dynamicSets(table), onRead: (field) => ctx.onRead(field, match.location),
  };
  return match.kind === 'field' ? evalFieldMatch(match, scope) : evalTupleMatch(match, scope);
}

function decideOpaque(match: OpaqueMatch, ctx: RuleContext): Decision & { suggested?: boolean } {
  const judgement = judgeOpaque(match, ctx.state, ctx.headedLocal());
  if (judgement.decided === true) return { value: true };
  if (judgement.decided === false) return { value: false, reason: `${match.text}: ${judgement.reason}` };
  return { value: undefined, reason: judgement.reason, suggested: judgement.suggested };
}

/** The verdict a verdict map picks, or why none applies (a miss ends the rule without a verdict, as in nft). */
function lookupVmap(verdict: Extract<Verdict, { kind: 'vmap' }>, statement: Statement, table: Table, ctx: RuleContext): { flow: Flow } | { reason: string } {
  if (verdict.entries.length === 0 && verdict.map !== undefined) {
    const known = ctx.assume(statement.location, statement.text, `the elements of verdict map @${verdict.map} are not known to the model`, false);
    if (!known) return { reason: `${statement.text}: the elements of @${verdict.map} are not known (assumed no element matches)` };
  }
  let last = '';
  for (const entry of verdict.entries) {
    const holds = decide(entry.match as FieldMatch | TupleMatch | OpaqueMatch, table, ctx);
    if (holds.value) {
      const chosen = entry.verdict;
      if (chosen.kind === 'vmap') return { reason: `${statement.text}: nested verdict maps are not supported` };
      return { flow: verdictFlow(chosen) };
    }
    last = holds.reason;
  }
  const why = last.includes(': ') ? last.slice(last.indexOf(': ') + 2) : 'no element matches';
  return { reason: `${statement.text}: no element of the map matches (${why})` };
}
