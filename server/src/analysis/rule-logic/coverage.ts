/**
 * Which rules can never decide a packet, because earlier rules of the same chain decide every packet they match.
 * Each chain is scanned once in rule order, keeping the rules that end the chain for some packets ("deciders") with
 * the region they certainly end. A later rule whose region lies inside the union of usable deciders is covered.
 * Sound: a rule's own region is over-approximated, deciders' regions under-approximated, and a decider stops counting
 * once a rule in between may change a dimension it tests.
 */
import { comparePositions } from '../../features/ranges';
import type { Chain, Rule, Ruleset, Table } from '../../model/types';
import { universe } from '../packet-space/from-model';
import { RegionTooComplex, boxesIntersect, dimBits, dimsOf, intersectOrNothing, intersectRegions, subtractFromRegion, type Box, type Dim, type Region } from '../packet-space/region';
import { IntervalSet } from '../packet-space/interval-set';
import { addChanges, changesOf, flowOf, flowOfVerdict, type Changes } from './behaviour';
import { ChainSummaries, ruleRegion, type ChainMemo, type ChainSummary } from './chain-summary';
import { RuleMemo } from '../rule-memo';

export type ClaimKind = 'unreachable' | 'shadowed' | 'redundant';

export interface Claim {
  kind: ClaimKind;
  rule: Rule;
  /** The earlier rules that decide the packets this rule matches, in chain order. */
  coverers: Rule[];
  /**
   * A packet this rule matches (dimension → value; unconstrained dimensions are absent), the rule deciding it, and
   * the box of packets it was taken from (all of them match this rule's region and are decided by `decidedBy`).
   */
  witness?: { packet: Map<Dim, bigint>; decidedBy: Rule; box: Box };
}

interface Decider {
  rule: Rule;
  region: Region;
  dims: Set<Dim>;
  label: string;
  /** Position of the rule in its chain. */
  position: number;
  /** The opaque dimensions it requires (see coverClaim); filled when it joins the index. */
  opaque?: Dim[];
  /** DeciderIndex bookkeeping: the change epoch at which it was last found unchanged, and once changed, for good. */
  checkedAt?: number;
  changed?: boolean;
}

/** Boxes the uncovered rest of a rule may fragment into before the rule is left without a claim. */
const REST_LIMIT = 64;
/** Box comparisons one coverage test may make before the rule is left without a claim (keeps big chains linear). */
const WORK_LIMIT = 5_000;
const COVER_LIMIT = 512;
/** Rules of a chain scanned per step of a computation in steps (a step stays well under a millisecond). */
const STEP_RULES = 8;

const claimsCache = new WeakMap<Ruleset, Claim[]>();
/** Computations of a ruleset's claims started in steps and not finished yet (continued by whoever asks next). */
const inProgress = new WeakMap<Ruleset, Generator<void, Claim[]>>();

/** Every claim about the rules of a ruleset (computed once per ruleset). */
export function ruleClaims(ruleset: Ruleset): Claim[] {
  const steps = claimSteps(ruleset);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return claimsCache.get(ruleset) ?? step.value;
}

/**
 * The computation of a ruleset's claims as steps of bounded work (one rule of a chain being scanned, or one chain
 * kept from an earlier check), for a caller that spreads them over time: the server runs them between requests.
 * There is one computation per ruleset: `ruleClaims` continues the one in progress rather than starting again.
 */
export function claimSteps(ruleset: Ruleset): Iterator<void, Claim[]> {
  const cached = claimsCache.get(ruleset);
  if (cached) return finished(cached);
  let steps = inProgress.get(ruleset);
  if (!steps) {
    steps = computeClaims(ruleset);
    inProgress.set(ruleset, steps);
  }
  return steps;
}

/** Steps already done: none left, and the value. */
function* finished<T>(value: T): Generator<void, T> {
  return value;
}

function* computeClaims(ruleset: Ruleset): Generator<void, Claim[]> {
  const claims: Claim[] = [];
  for (const table of ruleset.tables) {
    const summaries = new ChainSummaries(table);
    for (const chain of table.chains) {
      claims.push(...(yield* claimsOf(table, chain, summaries)));
      yield;
    }
  }
  claimsCache.set(ruleset, claims);
  inProgress.delete(ruleset);
  return claims;
}

/** Claims of each chain kept across checks (see ChainSummaries.recall). */
const claimsMemo = new RuleMemo<ChainMemo<Claim[]>>('claims');

/**
 * The last scan of a chain, kept on its first rule: each rule's claim (or none) and the summaries the scan asked
 * for. When the chain changes, its unchanged head keeps its claims (see chainClaims).
 */
interface ChainScan {
  name: string;
  family: string;
  rules: readonly Rule[];
  claims: readonly (Claim | undefined)[];
  callees: ReadonlyMap<string, ChainSummary>;
}

const scanMemo = new RuleMemo<ChainScan>('scans');

/** How many rules had a coverage test, and how many kept their earlier claim instead (for benchmarks and tests). */
export const coverageCounts = { tested: 0, kept: 0 };

/** The claims of a chain: kept from an earlier check when nothing they depend on changed, else computed. */
function* claimsOf(table: Table, chain: Chain, summaries: ChainSummaries): Generator<void, Claim[]> {
  const kept = summaries.recall(claimsMemo, chain);
  if (kept) return kept;
  const first = chain.rules[0];
  const head = summaries.keptHead(chain);
  const earlier = first && head > 0 ? scanMemo.get(first) : undefined;
  const scan = earlier && earlier.name === chain.name && earlier.family === table.family ? earlier : undefined;
  const perRule: (Claim | undefined)[] = [];
  const { value, dependencies } = yield* summaries.trackSteps(chainClaims(table, chain, summaries, scan, perRule, head));
  summaries.remember(claimsMemo, chain, value, dependencies);
  if (first && head > 0 && !dependencies.tainted) {
    scanMemo.set(first, { name: chain.name, family: table.family, rules: [...chain.rules], claims: perRule, callees: dependencies.callees });
  }
  return value;
}

/**
 * Scans a chain in rule order for claims, filling `perRule` with each rule's claim. With the chain's earlier scan,
 * the rules at its head that are the same objects as then keep their claims without a coverage test: a rule's claim
 * depends only on the rules before it and on the summaries they asked for, so it holds while every summary asked so
 * far is the one the earlier scan got. The deciders and changes of those rules are still gathered, for the rules
 * after them. The kept head stops at `head`, the first rule that reads named sets (ChainSummaries.keptHead).
 */
function* chainClaims(table: Table, chain: Chain, summaries: ChainSummaries, earlier: ChainScan | undefined, perRule: (Claim | undefined)[], head: number): Generator<void, Claim[]> {
  const claims: Claim[] = [];
  const deciders = new DeciderIndex();
  let stop: Rule | undefined;
  let position = 0;
  // Rules before this position keep their earlier claims.
  let keep = earlier ? Math.min(sameHead(earlier.rules, chain.rules), head) : 0;
  const of = (name: string): ChainSummary => {
    const summary = summaries.of(name);
    // Another summary than the earlier scan got: the rules after this one may be judged otherwise.
    if (keep > position + 1 && earlier?.callees.get(name) !== summary) keep = position + 1;
    return summary;
  };
  for (const rule of chain.rules) {
    if (rule.index % STEP_RULES === 0) yield;
    const kept = position < keep;
    if (stop) {
      const claim: Claim = (kept ? earlier?.claims[position] : undefined) ?? { kind: 'unreachable', rule, coverers: [stop] };
      claims.push(claim);
      perRule.push(claim);
      position++;
      continue;
    }
    const flow = flowOf(rule);
    const { over, under } = summaries.regions(rule);
    const label = flow.kind === 'ends' ? flow.label : flow.kind === 'calls' ? `via ${flow.chain}` : undefined;
    if (kept) coverageCounts.kept++;
    else coverageCounts.tested++;
    const claim = kept ? earlier?.claims[position] : coverClaim(rule, over, label, deciders);
    perRule.push(claim);
    if (claim) {
      claims.push(claim);
    } else {
      for (const decider of decidersOf(rule, under, flow, of)) deciders.add(decider);
      if (flow.kind === 'ends' && rule.matches.length === 0 && flow.goto === undefined) stop = rule;
    }
    let changes: Changes = new Set();
    for (const statement of rule.statements) {
      // A rule that ends the chain sends on only the packets it does not match: a statement changes those only when
      // a match written after it (nft evaluates left to right) can still fail.
      if (flow.kind === 'ends' && !rule.matches.some((m) => comparePositions(m.location.range.start, statement.location.range.start) > 0)) continue;
      changes = addChanges(changes, changesOf(statement));
    }
    if (flow.kind === 'calls') changes = addChanges(changes, of(flow.chain).changes);
    if (flow.kind === 'map') {
      for (const entry of flow.verdict.entries) {
        if (entry.verdict.kind === 'jump') changes = addChanges(changes, of(entry.verdict.target).changes);
      }
    }
    deciders.changed(rule.index, changes);
    position++;
  }
  return claims;
}

/** How many rules at the head of two lists are the same objects. */
function sameHead(a: readonly Rule[], b: readonly Rule[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** The deciders a rule adds: the packets it certainly ends (directly, through a called chain, or per map entry). */
function decidersOf(rule: Rule, under: Region, flow: ReturnType<typeof flowOf>, of: (chain: string) => ChainSummary): Decider[] {
  const make = (region: Region, label: string): Decider => ({ rule, region, dims: dimsOf(region), label, position: rule.index });
  if (flow.kind === 'ends') {
    const region = flow.goto !== undefined ? intersectOrNothing(under, of(flow.goto).decided, COVER_LIMIT) : under;
    // A goto ends this chain whether or not the target decides: the packet never comes back here.
    return region.length > 0 || flow.goto !== undefined ? [make(flow.goto !== undefined ? under : region, flow.label)] : [];
  }
  if (flow.kind === 'calls') {
    const region = intersectOrNothing(under, of(flow.chain).decided, COVER_LIMIT);
    return region.length > 0 ? [make(region, `via ${flow.chain}`)] : [];
  }
  if (flow.kind === 'map') {
    const out: Decider[] = [];
    for (const entry of flow.verdict.entries) {
      const entryFlow = flowOfVerdict(entry.verdict, flow.statement, true);
      if (entryFlow.kind !== 'ends') continue;
      const keyRule = { ...rule, matches: [...rule.matches, entry.match] };
      const region = ruleRegion(keyRule, rule.chain.table, 'under');
      if (region.length > 0) out.push(make(region, entryFlow.label));
    }
    return out;
  }
  return [];
}

/** The claim for a rule whose region the usable deciders cover, or undefined (also when the test gets too costly). */
function coverClaim(rule: Rule, over: Region, label: string | undefined, deciders: DeciderIndex): Claim | undefined {
  if (over.length === 0) return undefined;
  let rest: Box[] = [...over];
  const used: Decider[] = [];
  const ownDims = dimsOf(over);
  const usable = deciders.candidates(over).filter((decider) => !deciders.changedSince(decider)
    // An opaque match is only ever required to hold, never to fail: a decider that needs one the rule does not
    // have can never be part of a cover (the packets where it fails must be covered by others anyway).
    && !(decider.opaque ?? []).some((d) => !ownDims.has(d)));
  if (!projectionsCovered(over, usable)) return undefined;
  let work = 0;
  try {
    for (const decider of usable) {
      work += rest.length * decider.region.length;
      if (work > WORK_LIMIT) return undefined;
      if (!rest.some((box) => decider.region.some((d) => boxesIntersect(box, d)))) continue;
      used.push(decider);
      for (const box of decider.region) rest = subtractFromRegion(rest, box, REST_LIMIT);
      if (rest.length === 0) break;
    }
  } catch (error) {
    if (error instanceof RegionTooComplex) return undefined;
    throw error;
  }
  if (rest.length > 0 || used.length === 0) return undefined;
  const coverers = [...new Set(used.map((d) => d.rule))];
  const kind = label !== undefined && used.every((d) => d.label === label) ? 'redundant' : 'shadowed';
  return { kind, rule, coverers, witness: witnessOf(over, used) };
}

/**
 * A cheap necessary condition for a cover: in every dimension, each value a box of the rule allows must be allowed
 * by some decider that overlaps the box (every packet of the box lies in some decider). Most rules fail it at once.
 */
function projectionsCovered(over: Region, usable: readonly Decider[]): boolean {
  for (const box of over) {
    const overlapping: Box[] = [];
    for (const d of usable) for (const r of d.region) if (boxesIntersect(box, r)) overlapping.push(r);
    if (overlapping.length === 0) return false;
    for (const [dim, set] of box) {
      const theirs: IntervalSet[] = [];
      let free = false;
      for (const r of overlapping) {
        const their = r.get(dim);
        if (!their) {
          free = true;
          break;
        }
        theirs.push(their);
      }
      if (!free && !set.isSubsetOf(IntervalSet.unionOf(theirs))) return false;
    }
  }
  return true;
}

/** A packet of the rule's region and the first decider that ends it. */
function witnessOf(over: Region, used: Decider[]): Claim['witness'] {
  for (const decider of used) {
    for (const box of decider.region) {
      for (const mine of over) {
        const both = intersectRegions([mine], [box], 1)[0];
        if (both) return { packet: samplePacket(both), decidedBy: decider.rule, box: both };
      }
    }
  }
  return undefined;
}

const PREFERRED: Partial<Record<Dim, bigint[]>> = {
  l4proto: [6n, 17n, 1n, 58n], 'ct.state': [8n, 2n, 4n, 1n, 64n], nfproto: [2n, 10n],
};

/**
 * A concrete value for every dimension the box really constrains (not those that only say "any address of the
 * family"): common values first, then the first usable one.
 */
export function samplePacket(box: Box, prefer: Partial<Record<Dim, bigint[]>> = {}): Map<Dim, bigint> {
  const packet = new Map<Dim, bigint>();
  const v6 = box.get('nfproto')?.has(10n) && !box.get('nfproto')?.has(2n);
  for (const [dim, set] of box) {
    if ((dim === 'saddr' || dim === 'daddr') && set.equals(IntervalSet.full(v6 ? 128 : 32))) continue;
    const preferred = prefer[dim]?.find((v) => set.has(v)) ?? PREFERRED[dim]?.find((v) => set.has(v));
    packet.set(dim, preferred ?? niceValue(set));
  }
  return packet;
}

/** The first value of a set, avoiding 0 and the first address of a network when the set has room. */
function niceValue(set: IntervalSet): bigint {
  const [lo, hi] = set.ranges()[0];
  return hi - lo >= 2n ? lo + 1n : lo;
}


/** Dimensions deciders are indexed by (the narrowest one each decider constrains). */
const INDEX_DIMS: Dim[] = ['daddr', 'saddr', 'dport', 'sport', 'iifname', 'oifname', 'mark', 'ct.mark', 'l4proto'];

/**
 * Deciders in chain order, indexed so that a rule meets only the deciders it may overlap: each decider is filed under
 * one dimension by the hull of its values there, in buckets by the hull's size (log2), each bucket sorted by start.
 */
class DeciderIndex {
  private readonly wide: Decider[] = [];
  private readonly byDim = new Map<Dim, Map<number, { lo: bigint; hi: bigint; decider: Decider }[]>>();
  /** Deciders that require an opaque match, filed under one of them: only rules with that match can use them. */
  private readonly byOpaque = new Map<Dim, Decider[]>();

  add(decider: Decider): void {
    const opaque = [...decider.dims].filter((d) => d.startsWith('opaque:'));
    decider.opaque = opaque;
    if (opaque.length > 0) {
      const list = this.byOpaque.get(opaque[0]) ?? [];
      list.push(decider);
      this.byOpaque.set(opaque[0], list);
      return;
    }
    const filed = this.fileUnder(decider);
    if (!filed) {
      this.wide.push(decider);
      return;
    }
    const [dim, lo, hi] = filed;
    let buckets = this.byDim.get(dim);
    if (!buckets) this.byDim.set(dim, (buckets = new Map()));
    const size = bitLength(hi - lo);
    const bucket = buckets.get(size) ?? [];
    // Binary insertion by start keeps each bucket sorted.
    let a = 0;
    let b = bucket.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (bucket[mid].lo <= lo) a = mid + 1;
      else b = mid;
    }
    bucket.splice(a, 0, { lo, hi, decider });
    buckets.set(size, bucket);
  }

  /** The dimension with the narrowest hull among those the decider's region constrains in every box. */
  private fileUnder(decider: Decider): [Dim, bigint, bigint] | undefined {
    let best: [Dim, bigint, bigint] | undefined;
    for (const dim of INDEX_DIMS) {
      let lo: bigint | undefined;
      let hi: bigint | undefined;
      for (const box of decider.region) {
        const set = box.get(dim);
        if (!set || set.isEmpty) {
          lo = undefined;
          break;
        }
        lo = lo === undefined || (set.lo as bigint) < lo ? set.lo : lo;
        hi = hi === undefined || (set.hi as bigint) > hi ? set.hi : hi;
      }
      if (lo === undefined || hi === undefined) continue;
      const width = Number(bitLength(hi - lo)) - dimBits(dim);
      if (!best || width < Number(bitLength(best[2] - best[1])) - dimBits(best[0])) best = [dim, lo, hi];
    }
    return best;
  }

  /** Where each dimension was last changed (rule position), and where anything / everything was. */
  private readonly lastChanged = new Map<Dim, number>();
  private lastAny = -1;
  private lastAll = -1;

  /**
   * Counts recorded changes, so that a decider found unchanged needs no new look until something changes. While
   * positions only grow (rules are scanned in chain order) a changed decider stays changed.
   */
  private epoch = 0;
  private lastPosition = -1;
  private monotonic = true;

  /** Records that the rule at `position` may change these dimensions for the packets that go on. */
  changed(position: number, changes: Changes): void {
    if (changes !== 'all' && changes.size === 0) return;
    this.epoch++;
    if (position < this.lastPosition) this.monotonic = false;
    this.lastPosition = position;
    if (changes === 'all') {
      this.lastAll = this.lastAny = position;
      return;
    }
    this.lastAny = position;
    for (const dim of changes) this.lastChanged.set(dim, position);
  }

  /**
   * Whether the decider's rule (for the packets it sends on) or a later one may have changed a dimension it tests
   * (opaque dimensions depend on everything).
   */
  changedSince(decider: Decider): boolean {
    if (decider.dims.size === 0) return false;
    if (this.monotonic) {
      if (decider.changed) return true;
      if (decider.checkedAt === this.epoch) return false;
    }
    const changed = this.lookChanged(decider);
    if (changed) decider.changed = true;
    else decider.checkedAt = this.epoch;
    return changed;
  }

  private lookChanged(decider: Decider): boolean {
    if (this.lastAll >= decider.position) return true;
    for (const dim of decider.dims) {
      if ((this.lastChanged.get(dim) ?? -1) >= decider.position) return true;
      if (dim.startsWith('opaque:') && this.lastAny >= decider.position) return true;
    }
    return false;
  }

  /** Deciders that may overlap the region, in chain order. */
  candidates(region: Region): Decider[] {
    const out = [...this.wide];
    for (const dim of dimsOf(region)) out.push(...(this.byOpaque.get(dim) ?? []));
    for (const [dim, buckets] of this.byDim) {
      const hull = hullOf(region, dim);
      for (const [size, bucket] of buckets) {
        if (!hull) {
          for (const entry of bucket) out.push(entry.decider);
          continue;
        }
        // Entries of this bucket start no earlier than hull.lo - 2^size (they are at most that wide).
        const from = hull[0] - (1n << BigInt(size));
        let a = 0;
        let b = bucket.length;
        while (a < b) {
          const mid = (a + b) >> 1;
          if (bucket[mid].lo < from) a = mid + 1;
          else b = mid;
        }
        for (let i = a; i < bucket.length && bucket[i].lo <= hull[1]; i++) {
          if (bucket[i].hi >= hull[0]) out.push(bucket[i].decider);
        }
      }
    }
    return out.sort((x, y) => x.position - y.position);
  }
}

/** The smallest interval holding every value of a dimension over a region; undefined when some box leaves it free. */
function hullOf(region: Region, dim: Dim): [bigint, bigint] | undefined {
  let lo: bigint | undefined;
  let hi: bigint | undefined;
  for (const box of region) {
    const set = box.get(dim);
    if (!set || set.isEmpty) return undefined;
    lo = lo === undefined || (set.lo as bigint) < lo ? set.lo : lo;
    hi = hi === undefined || (set.hi as bigint) > hi ? set.hi : hi;
  }
  return lo === undefined || hi === undefined ? undefined : [lo, hi];
}

/** Number of bits needed to write n (0 for 0). */
function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

export { universe };
