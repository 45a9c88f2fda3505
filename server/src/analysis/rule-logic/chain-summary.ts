/**
 * Summaries of user chains seen from a rule that jumps to them: which packets the chain certainly decides (so they
 * never come back), and which dimensions it may change for the packets that do come back. Both are computed once
 * per chain and are sound: the decided region is an under-approximation, the changes an over-approximation.
 */
import type { Chain, Position, Rule, Table } from '../../model/types';
import { conjunction, exactRegion, universe } from '../packet-space/from-model';
import { comparePositions } from '../../features/ranges';
import { RegionTooComplex, dimsOf, intersectOrNothing, subtractFromRegion, type Box, type Region } from '../packet-space/region';
import { ALL_DIMS, addChanges, changesOf, flowOf, touches, type Changes } from './behaviour';
import { RuleMemo } from '../rule-memo';

/** Boxes a summary may hold before it stops growing (the summary stays sound, only less precise). */
const SUMMARY_LIMIT = 256;
/** Boxes of "may have left the chain" beyond which a summary stops growing. */
const EXIT_LIMIT = 16;

export interface ChainSummary {
  /** Packets (as they enter the chain) that the chain certainly ends with a verdict. */
  decided: Region;
  /** Dimensions the chain, or a chain it reaches, may change for packets that return. */
  changes: Changes;
}

/**
 * What a computation over a chain asked of other chains: the summaries it got, in order, and whether one of them
 * depended on which chain was being summarised at the time (a cycle), which makes the result unfit to keep.
 */
export interface Dependencies {
  callees: Map<string, ChainSummary>;
  tainted: boolean;
}

/**
 * Results kept across checks, keyed by the last rule of a chain: the model of an unchanged rule is the same object
 * from one check of a document to the next (model/iptables-memo.ts, model/nft-memo.ts), so a chain whose rules are
 * all the same objects, in the same order, none reading named sets, and whose callees' summaries are the same, has
 * the same summary and claims.
 */
export interface ChainMemo<T> {
  name: string;
  family: string;
  rules: readonly Rule[];
  callees: Map<string, ChainSummary>;
  value: T;
}

/**
 * Whether a rule's regions may depend on more than the rule and its table's family: in a table with named sets, a rule
 * that names one (`@s`), or a variable that may stand for one, reads their elements, and a set can change while the
 * rule stays the same object (the lowering memos keep a rule whose text is unchanged).
 */
export function readsSets(rule: Rule, table: Table): boolean {
  return table.sets.length > 0 && (rule.text.includes('@') || rule.text.includes('$'));
}

function sameRules(a: readonly Rule[], b: readonly Rule[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const regionMemo = new RuleMemo<{ family: string; regions: { over: Region; under: Region } }>('regions');

/**
 * ruleRegions, kept per rule for the next check of an edited document (the same rule object is the same rule) while
 * its table's family is the same; for rules whose regions depend on the rule alone (not readsSets).
 */
export function keptRuleRegions(rule: Rule, table: Table): { over: Region; under: Region } {
  if (readsSets(rule, table)) return ruleRegions(rule, table);
  const kept = regionMemo.get(rule);
  if (kept && kept.family === table.family) return kept.regions;
  const regions = ruleRegions(rule, table);
  regionMemo.set(rule, { family: table.family, regions });
  return regions;
}
const summaryMemo = new RuleMemo<ChainMemo<ChainSummary>>('summaries');

/** Computes and caches chain summaries of one table. */
export class ChainSummaries {
  private readonly cache = new Map<Chain, ChainSummary>();
  private readonly busy = new Set<Chain>();
  private readonly byName: Map<string, Chain>;
  private readonly regionCache = new Map<Rule, { over: Region; under: Region }>();
  private readonly heads = new Map<Chain, number>();
  /** Chains whose summary depended on a cycle being cut where it was. */
  private readonly tainted = new Set<Chain>();
  private readonly frames: Dependencies[] = [];

  constructor(private readonly table: Table) {
    this.byName = new Map();
    for (const chain of table.chains) if (!this.byName.has(chain.name)) this.byName.set(chain.name, chain);
  }

  /**
   * How many rules at the head of a chain have results that depend on the rules alone (and on the summaries they ask
   * for), which may then be kept for later checks: up to the first rule that reads named sets (readsSets).
   */
  keptHead(chain: Chain): number {
    let head = this.heads.get(chain);
    if (head === undefined) {
      head = chain.rules.findIndex((rule) => readsSets(rule, this.table));
      if (head < 0) head = chain.rules.length;
      this.heads.set(chain, head);
    }
    return head;
  }

  /** Whether results over a whole chain may be kept for later checks: none of its rules reads named sets. */
  private keeps(chain: Chain): boolean {
    return this.keptHead(chain) === chain.rules.length;
  }

  chain(name: string): Chain | undefined {
    return this.byName.get(name);
  }

  /** The over- and under-approximated regions of a rule's matches (within the table's universe), cached. */
  regions(rule: Rule): { over: Region; under: Region } {
    let cached = this.regionCache.get(rule);
    if (!cached) {
      cached = keptRuleRegions(rule, this.table);
      this.regionCache.set(rule, cached);
    }
    return cached;
  }

  /** The summary of a chain by name; an unknown chain or a cycle decides nothing and may change everything. */
  of(name: string): ChainSummary {
    const frame = this.frames[this.frames.length - 1];
    const chain = this.byName.get(name);
    let summary: ChainSummary;
    if (!chain) {
      summary = { decided: [], changes: ALL_DIMS };
    } else if (this.busy.has(chain) && !this.cache.has(chain)) {
      summary = { decided: [], changes: ALL_DIMS };
      if (frame) frame.tainted = true;
    } else {
      summary = this.cache.get(chain) ?? this.compute(chain);
      if (frame && this.tainted.has(chain)) frame.tainted = true;
    }
    if (frame && !frame.callees.has(name)) frame.callees.set(name, summary);
    return summary;
  }

  /** Runs a computation over a chain, collecting the summaries it asks for. */
  track<T>(body: () => T): { value: T; dependencies: Dependencies } {
    const dependencies: Dependencies = { callees: new Map(), tainted: false };
    this.frames.push(dependencies);
    try {
      return { value: body(), dependencies };
    } finally {
      this.frames.pop();
    }
  }

  /**
   * `track` for a computation in steps (coverage.ts): the frame stays open between the steps, which is sound because
   * nothing else asks these summaries anything meanwhile (each computation has its own ChainSummaries).
   */
  *trackSteps<T>(body: Generator<void, T>): Generator<void, { value: T; dependencies: Dependencies }> {
    const dependencies: Dependencies = { callees: new Map(), tainted: false };
    this.frames.push(dependencies);
    try {
      return { value: yield* body, dependencies };
    } finally {
      this.frames.pop();
    }
  }

  /**
   * A result kept for the chain by an earlier check, when its rules and the summaries of the chains it asked about
   * are still the same (asked again in the same order, so this check's caches fill as they would have).
   */
  recall<T>(memo: RuleMemo<ChainMemo<T>>, chain: Chain): T | undefined {
    const last = chain.rules[chain.rules.length - 1];
    const kept = last ? memo.get(last) : undefined;
    if (!kept) return undefined;
    if (kept.name !== chain.name || kept.family !== this.table.family || !sameRules(kept.rules, chain.rules) || !this.keeps(chain)) {
      // A result that no longer holds goes: its rules may include ones since replaced, which keep their old model.
      memo.set(last, undefined);
      return undefined;
    }
    // The questions are asked in their own frame: they are the chain's, not its caller's.
    const { value: same } = this.track(() => {
      for (const [name, summary] of kept.callees) {
        if (this.of(name) !== summary) return false;
        const callee = this.byName.get(name);
        if (callee && this.tainted.has(callee)) return false;
      }
      return true;
    });
    return same ? kept.value : undefined;
  }

  /** Keeps a result for later checks (unless it depended on where a cycle was cut). */
  remember<T>(memo: RuleMemo<ChainMemo<T>>, chain: Chain, value: T, dependencies: Dependencies): void {
    const last = chain.rules[chain.rules.length - 1];
    if (!last) return;
    if (dependencies.tainted || !this.keeps(chain)) {
      memo.set(last, undefined);
      return;
    }
    memo.set(last, { name: chain.name, family: this.table.family, rules: [...chain.rules], callees: dependencies.callees, value });
  }

  private compute(chain: Chain): ChainSummary {
    this.busy.add(chain);
    try {
      let summary = this.recall(summaryMemo, chain);
      if (!summary) {
        const { value, dependencies } = this.track(() => this.summarise(chain));
        summary = value;
        if (dependencies.tainted) this.tainted.add(chain);
        else this.remember(summaryMemo, chain, summary, dependencies);
      }
      this.cache.set(chain, summary);
      return summary;
    } finally {
      this.busy.delete(chain);
    }
  }

  private summarise(chain: Chain): ChainSummary {
    let decided: Box[] = [];
    let mayHaveLeft: Box[] = [];
    let changes: Changes = new Set();
    let growing = true;
    for (const rule of chain.rules) {
      const { over, under } = this.regions(rule);
      const flow = flowOf(rule);
      // Packets this rule sees were possibly changed by earlier rules: its region only counts if it tests none of that.
      const usable = !touches(changes, dimsOf(under));
      let contribution: Region = [];
      if (flow.kind === 'ends') {
        contribution = flow.goto !== undefined ? intersectOrNothing(under, this.of(flow.goto).decided, SUMMARY_LIMIT) : under;
        if (flow.goto !== undefined || flow.label === 'return') mayHaveLeft = safeUnion(mayHaveLeft, over);
      } else if (flow.kind === 'calls') {
        const callee = this.of(flow.chain);
        contribution = intersectOrNothing(under, callee.decided, SUMMARY_LIMIT);
        changes = addChanges(changes, callee.changes);
      } else if (flow.kind === 'map') {
        // Verdict maps may return or go elsewhere: nothing is certainly decided, and anything may have left.
        mayHaveLeft = safeUnion(mayHaveLeft, over);
        for (const entry of flow.verdict.entries) {
          if (entry.verdict.kind === 'jump' || entry.verdict.kind === 'goto') changes = addChanges(changes, this.of(entry.verdict.target).changes);
        }
      }
      // Past a few exits the subtraction costs more than it tells: the summary stops growing (and stays sound).
      if (mayHaveLeft.length > EXIT_LIMIT) growing = false;
      if (growing && usable && contribution.length > 0) {
        try {
          let rest: Box[] = [...contribution];
          for (const box of mayHaveLeft) rest = subtractFromRegion(rest, box, SUMMARY_LIMIT);
          decided = [...decided, ...rest];
          if (decided.length > SUMMARY_LIMIT) growing = false;
        } catch (error) {
          if (!(error instanceof RegionTooComplex)) throw error;
          growing = false;
        }
      }
      for (const statement of rule.statements) changes = addChanges(changes, changesOf(statement));
    }
    return { decided, changes };
  }
}

/** The conjunction of a rule's matches in one direction, within its table's universe; too complex ⇒ widest/empty. */
export function ruleRegion(rule: Rule, table: Table, direction: 'over' | 'under'): Region {
  return ruleRegions(rule, table)[direction];
}

/**
 * Both approximations of a rule's matches at once: each match's exact region is computed once; a match the model
 * cannot read, or one after a statement of the rule that changes what it tests (nft evaluates left to right), is
 * dropped from `over` and empties `under`.
 */
export function ruleRegions(rule: Rule, table: Table): { over: Region; under: Region } {
  const exact: Region[] = [universe(table)];
  let inexact = false;
  for (const match of rule.matches) {
    const region = exactRegion(match, table);
    if (!region || touches(changedBefore(rule, match.location.range.start), dimsOf(region))) {
      inexact = true;
      continue;
    }
    exact.push(region);
  }
  let over: Region;
  try {
    over = conjunction(exact);
  } catch (error) {
    if (!(error instanceof RegionTooComplex)) throw error;
    return { over: universe(table), under: [] };
  }
  return { over, under: inexact ? [] : over };
}

/** What the rule's own statements written before a position may change. */
function changedBefore(rule: Rule, at: Position): Changes {
  let changed: Changes = new Set();
  if (rule.statements.every((s) => s.effect.kind === 'none')) return changed;
  for (const statement of rule.statements) {
    if (comparePositions(statement.location.range.start, at) < 0) changed = addChanges(changed, changesOf(statement));
  }
  return changed;
}

/** An over-approximation that must stay an over-approximation: past the limit it becomes everything. */
function safeUnion(a: Region, b: Region): Box[] {
  const out = [...a, ...b];
  return out.length > SUMMARY_LIMIT ? [new Map()] : out;
}
