/**
 * Reusing the problems of the whole-table rules across an edit spliced inside one line (model/iptables-splice.ts).
 *
 * Rules such as jump-loop, wrong-hook or unused-chain read the whole table: its chain graph, the contexts of every
 * chain. Run again at each keystroke they cost tens of milliseconds on a kube-proxy dump of 10,000 rules, although
 * most keystrokes change nothing they read (an address, a port, a comment). A rule that says what it reads of one
 * rule (`DiagnosticRule.reads`) keeps its problems of the previous check when the edited line's rules read the same
 * before and after the edit. The edited line is the only difference between the two models (the splice's own
 * conditions), so the rule would find the same problems; those on the edited line only move with the text after the
 * edit. Soundness rests on two things:
 * - `reads` renders every part of a rule the diagnostic rule looks at, positions included (through `at`), so equal
 *   keys mean the rule sees the same rule apart from the columns that moved;
 * - a position inside the changed columns, or touching them, is never rendered the same before and after, so any
 *   part the edit may have changed is a difference.
 * The incremental tests compare every spliced check with a fresh one.
 */
import type { Location, Problem, Reference, RelatedInfo, Rule, Ruleset } from '../model/types';
import type { DiagnosticRule } from './index';

/** What a splice changed, recorded on the new model by model/iptables-splice.ts. */
export interface SpliceDelta {
  /** The problems each rule found in the model the splice started from (undefined: that model was not checked). */
  previous: ReadonlyMap<DiagnosticRule, readonly Problem[]> | undefined;
  uri: string;
  /** The edited row, and the columns that changed on it: [from, oldTo) of the old line became [from, newTo). */
  row: number;
  from: number;
  oldTo: number;
  newTo: number;
  /** Whether every table has the same chains, in the same order, as before (the line made up no chain, then or now). */
  sameChains: boolean;
  before: { rules: readonly Rule[]; references: readonly Reference[] };
  after: { rules: readonly Rule[]; references: readonly Reference[] };
}

const deltas = new WeakMap<Ruleset, SpliceDelta>();
const results = new WeakMap<Ruleset, Map<DiagnosticRule, readonly Problem[]>>();

/** How often a rule's problems were reused or found again after a splice (for the tests and the benchmark). */
export const reuseCounts = { reused: 0, ran: 0 };

/** The problems each rule found in a model, as `runDiagnostics` kept them. */
export function resultsOf(ruleset: Ruleset): ReadonlyMap<DiagnosticRule, readonly Problem[]> | undefined {
  return results.get(ruleset);
}

/** Called by the splice: the new model differs from the one `delta.previous` was found in as `delta` says. */
export function recordSplice(ruleset: Ruleset, delta: SpliceDelta): void {
  deltas.set(ruleset, delta);
}

/** Keeps what a rule found in a model, for the next splice. */
export function keepResult(ruleset: Ruleset, rule: DiagnosticRule, problems: readonly Problem[]): void {
  let kept = results.get(ruleset);
  if (!kept) results.set(ruleset, (kept = new Map()));
  kept.set(rule, problems);
}

/**
 * The problems of a rule of the previous check, moved through the edit, when they still hold (see the module
 * comment); undefined when the rule must run.
 */
export function reusedProblems(ruleset: Ruleset, rule: DiagnosticRule): Problem[] | undefined {
  const delta = deltas.get(ruleset);
  const old = delta?.previous?.get(rule);
  if (!delta || !old || !rule.reads || !neutral(delta, rule)) return undefined;
  const { before, after } = delta;
  const atOld = (l: Location): string => render(l, delta, 'old');
  const atNew = (l: Location): string => render(l, delta, 'new');
  for (let i = 0; i < before.rules.length; i++) {
    if (rule.reads(before.rules[i], atOld) !== rule.reads(after.rules[i], atNew)) {
      reuseCounts.ran++;
      return undefined;
    }
  }
  const moved: Problem[] = [];
  for (const problem of old) {
    const next = moveProblem(problem, delta);
    if (!next) {
      reuseCounts.ran++;
      return undefined;
    }
    moved.push(next);
  }
  reuseCounts.reused++;
  return moved;
}

const pairedDeltas = new WeakMap<SpliceDelta, { paired: boolean; sameReferences: boolean }>();

/**
 * The conditions every rule relies on: the same chains, and the edited line's rules pair up — as many, each in the
 * chain of its counterpart (so every rule keeps its index); and for the rules that read references, the edited line
 * names the same chains at the same places.
 */
function neutral(delta: SpliceDelta, rule: DiagnosticRule): boolean {
  let known = pairedDeltas.get(delta);
  if (!known) {
    const { before, after } = delta;
    const refs = (list: readonly Reference[], side: 'old' | 'new'): string =>
      list.map((r) => `${r.kind} ${r.name} ${r.table?.name ?? ''} ${render(r.location, delta, side)}`).join('\n');
    known = {
      paired: delta.sameChains && before.rules.length === after.rules.length
        && before.rules.every((r, i) => r.chain.name === after.rules[i].chain.name && r.index === after.rules[i].index),
      sameReferences: refs(before.references, 'old') === refs(after.references, 'new'),
    };
    pairedDeltas.set(delta, known);
  }
  return known.paired && (!rule.readsReferences || known.sameReferences);
}

/** A column of the edited row after the edit, or undefined where the edit changed or touched the text. */
function column(character: number, delta: SpliceDelta, side: 'old' | 'new'): number | undefined {
  if (character < delta.from) return character;
  const to = side === 'old' ? delta.oldTo : delta.newTo;
  if (character <= to) return undefined;
  return side === 'old' ? character + delta.newTo - delta.oldTo : character;
}

/** A location as a key, in the coordinates after the edit; one the edit changed never renders the same on both sides. */
function render(location: Location, delta: SpliceDelta, side: 'old' | 'new'): string {
  const { start, end } = location.range;
  const at = (line: number, character: number): string => {
    if (location.uri !== delta.uri || line !== delta.row) return `${line}:${character}`;
    const moved = column(character, delta, side);
    return moved === undefined ? `\0${side}` : `${line}:${moved}`;
  };
  return `${location.uri} ${at(start.line, start.character)}-${at(end.line, end.character)}`;
}

/** A location moved through the edit (the same object when the edit leaves it), or undefined when the edit touches it. */
function moveLocation(location: Location, delta: SpliceDelta): Location | undefined {
  const { start, end } = location.range;
  if (location.uri !== delta.uri || (start.line !== delta.row && end.line !== delta.row)) return location;
  const movePosition = (p: Location['range']['start']): Location['range']['start'] | undefined => {
    if (p.line !== delta.row) return p;
    const character = column(p.character, delta, 'old');
    return character === undefined ? undefined : character === p.character ? p : { line: p.line, character };
  };
  const s = movePosition(start);
  const e = movePosition(end);
  if (!s || !e) return undefined;
  return s === start && e === end ? location : { uri: location.uri, range: { start: s, end: e } };
}

function moveProblem(problem: Problem, delta: SpliceDelta): Problem | undefined {
  const location = moveLocation(problem.location, delta);
  if (!location) return undefined;
  let related: RelatedInfo[] | undefined = problem.related;
  if (problem.related) {
    related = [];
    let changed = false;
    for (const info of problem.related) {
      const moved = moveLocation(info.location, delta);
      if (!moved) return undefined;
      changed ||= moved !== info.location;
      related.push(moved === info.location ? info : { ...info, location: moved });
    }
    if (!changed) related = problem.related;
  }
  if (location === problem.location && related === problem.related) return problem;
  return related ? { ...problem, location, related } : { ...problem, location };
}
