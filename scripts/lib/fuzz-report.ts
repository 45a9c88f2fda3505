/** The fuzzer's bookkeeping: failures with reproducers, counts per generator, the slowest calls, the summary table. */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FuzzInput } from './fuzz-inputs';
import { ANSWER_MS } from './fuzz-server';

/** Where reproducers are written. */
export const REPRO_DIR = '/tmp/nfrules-fuzz';

export type Path = 'engine' | 'server';

export interface Failure {
  path: Path;
  /** crash, exception, timeout, error-reply, format, fix, rename, memory… */
  what: string;
  detail: string;
}

/** The slowest call seen so far on one path. */
export interface Slowest {
  ms: number;
  call: string;
  input: number;
  kind: string;
}

export class Tally {
  inputs = 0;
  bytes = 0;
  readonly byKind = new Map<string, { inputs: number; failures: number }>();
  readonly failures: { input: FuzzInput; failure: Failure; file: string }[] = [];
  readonly slowest: Record<Path, Slowest> = { engine: none(), server: none() };
  /** Requests sent to the server and calls made in process. */
  readonly calls: Record<Path, number> = { engine: 0, server: 0 };
  /** How the formatter answered (formatted / kept as written) and how many fixes and renames were checked. */
  readonly checked = { formatted: 0, kept: 0, keptClean: 0, fixes: 0, renames: 0, renameRefusals: 0 };
  /** First requests after opening or editing a large input (they wait for its check): how many, over 1 s, slowest. */
  readonly large = { first: 0, slow: 0, slowestMs: 0 };
  peakRssMb = 0;
  serverRestarts = 0;

  constructor(readonly seed: number) {}

  /** Counts one finished input. */
  count(input: FuzzInput): void {
    this.inputs++;
    this.bytes += input.text.length;
    this.kind(input.kind).inputs++;
  }

  /** Count, total and slowest time of each call, per path. */
  readonly perCall: Record<Path, Map<string, { count: number; totalMs: number; maxMs: number }>> = { engine: new Map(), server: new Map() };

  /** Records a call's duration; keeps the slowest per path and per call. */
  time(where: Path, call: string, ms: number, input: FuzzInput): void {
    this.calls[where]++;
    let entry = this.perCall[where].get(call);
    if (!entry) this.perCall[where].set(call, (entry = { count: 0, totalMs: 0, maxMs: 0 }));
    entry.count++;
    entry.totalMs += ms;
    entry.maxMs = Math.max(entry.maxMs, ms);
    if (ms > this.slowest[where].ms) this.slowest[where] = { ms, call, input: input.index, kind: input.kind };
  }

  /** Counts the first request after opening or editing a large input (it waits for the check of the new text). */
  firstOnLarge(ms: number): void {
    this.large.first++;
    if (ms > ANSWER_MS) this.large.slow++;
    this.large.slowestMs = Math.max(this.large.slowestMs, ms);
  }

  /** Records a failure and writes its reproducer (the input as a file, plus the command that replays it). */
  fail(input: FuzzInput, failure: Failure): void {
    mkdirSync(REPRO_DIR, { recursive: true });
    const file = path.join(REPRO_DIR, `seed${this.seed}-input${input.index}-${input.kind}${input.dialect === 'nftables' ? '.nft' : '.rules'}`);
    writeFileSync(file, input.text);
    this.failures.push({ input, failure, file });
    this.kind(input.kind).failures++;
    console.log(`FAIL input ${input.index} (${input.kind}, ${input.dialect}, from ${input.origin}) ${failure.path}: ${failure.what}: ${failure.detail}`);
    console.log(`  input written to ${file}`);
    console.log(`  replay: node out/scripts/fuzz.js --seed ${this.seed} --from ${input.index} --inputs 1   (or --file ${file})`);
  }

  /** Everything this tally counted, as JSON for the process that merges several runs (see `merge`). */
  figures(): Figures {
    return {
      inputs: this.inputs, bytes: this.bytes, byKind: [...this.byKind.entries()],
      failures: this.failures.map((f) => ({ index: f.input.index, kind: f.input.kind, path: f.failure.path })),
      slowest: this.slowest, calls: this.calls,
      perCall: { engine: [...this.perCall.engine.entries()], server: [...this.perCall.server.entries()] },
      checked: this.checked, large: this.large, peakRssMb: this.peakRssMb, serverRestarts: this.serverRestarts,
    };
  }

  /**
   * Adds another run's figures: a shard of the inputs (`inputs` true), or the engine half of this run's inputs
   * (false: the inputs are counted here already).
   */
  merge(other: Figures, inputs: boolean): void {
    if (inputs) {
      this.inputs += other.inputs;
      this.bytes += other.bytes;
      for (const [kind, entry] of other.byKind) this.kind(kind).inputs += entry.inputs;
    }
    for (const failure of other.failures) {
      this.failures.push({ input: { index: failure.index, kind: failure.kind, dialect: 'nftables', text: '', origin: '' }, failure: { path: failure.path, what: '', detail: '' }, file: '' });
      this.kind(failure.kind).failures++;
    }
    for (const where of ['engine', 'server'] as const) {
      if (other.slowest[where].ms > this.slowest[where].ms) this.slowest[where] = other.slowest[where];
      this.calls[where] += other.calls[where];
      for (const [call, entry] of other.perCall[where]) {
        const mine = this.perCall[where].get(call) ?? { count: 0, totalMs: 0, maxMs: 0 };
        this.perCall[where].set(call, { count: mine.count + entry.count, totalMs: mine.totalMs + entry.totalMs, maxMs: Math.max(mine.maxMs, entry.maxMs) });
      }
    }
    for (const key of Object.keys(this.checked) as (keyof Tally['checked'])[]) this.checked[key] += other.checked[key];
    this.large.first += other.large.first;
    this.large.slow += other.large.slow;
    this.large.slowestMs = Math.max(this.large.slowestMs, other.large.slowestMs);
    this.peakRssMb = Math.max(this.peakRssMb, other.peakRssMb);
    this.serverRestarts += other.serverRestarts;
  }

  private kind(kind: string): { inputs: number; failures: number } {
    let entry = this.byKind.get(kind);
    if (!entry) this.byKind.set(kind, (entry = { inputs: 0, failures: 0 }));
    return entry;
  }

  /** The summary table: per generator, then the totals and figures. */
  summary(seconds: number): string {
    const rows = [...this.byKind.entries()].sort(([a], [b]) => a.localeCompare(b));
    const lines = ['', 'generator          inputs  failures', '-----------------  ------  --------'];
    for (const [kind, { inputs, failures }] of rows) lines.push(`${kind.padEnd(17)}  ${String(inputs).padStart(6)}  ${String(failures).padStart(8)}`);
    lines.push('-----------------  ------  --------', `${'total'.padEnd(17)}  ${String(this.inputs).padStart(6)}  ${String(this.failures.length).padStart(8)}`, '');
    for (const where of ['engine', 'server'] as const) {
      if (this.perCall[where].size === 0) continue;
      lines.push(`${where} call${' '.repeat(34 - where.length)}count   mean ms    max ms`);
      for (const [call, { count, totalMs, maxMs }] of [...this.perCall[where].entries()].sort(([a], [b]) => a.localeCompare(b))) {
        lines.push(`  ${call.padEnd(36)}${String(count).padStart(7)}${(totalMs / count).toFixed(2).padStart(10)}${maxMs.toFixed(1).padStart(10)}`);
      }
      lines.push('');
    }
    const slow = (s: Slowest): string => (s.ms > 0 ? `${s.ms.toFixed(1)} ms (${s.call}, input ${s.input}, ${s.kind})` : '-');
    lines.push(
      `seed                      ${this.seed}`,
      `inputs                    ${this.inputs} (${(this.bytes / 1e6).toFixed(1)} MB of text)`,
      `failures                  ${this.failures.length}`,
      `engine calls              ${this.calls.engine}`,
      `server requests           ${this.calls.server}`,
      `slowest engine call       ${slow(this.slowest.engine)}`,
      `slowest server request    ${slow(this.slowest.server)}`,
      `first answers, large      ${this.large.first} after opening or editing a large input (they wait for its check): ${this.large.slow} over 1 s, slowest ${this.large.slowestMs.toFixed(0)} ms`,
      `server peak RSS           ${this.peakRssMb > 0 ? `${this.peakRssMb.toFixed(0)} MB` : '-'}`,
      `server restarts           ${this.serverRestarts}`,
      `format: formatted / kept  ${this.checked.formatted} / ${this.checked.kept} (kept although clean: ${this.checked.keptClean})`,
      `quick fixes checked       ${this.checked.fixes}`,
      `renames checked           ${this.checked.renames} (refused: ${this.checked.renameRefusals})`,
      `duration                  ${seconds.toFixed(1)} s`,
    );
    return lines.join('\n');
  }
}

/** A tally as JSON between processes. */
export interface Figures {
  inputs: number;
  bytes: number;
  byKind: [string, { inputs: number; failures: number }][];
  failures: { index: number; kind: string; path: Path }[];
  slowest: Record<Path, Slowest>;
  calls: Record<Path, number>;
  perCall: Record<Path, [string, { count: number; totalMs: number; maxMs: number }][]>;
  checked: Tally['checked'];
  large: Tally['large'];
  peakRssMb: number;
  serverRestarts: number;
}

function none(): Slowest {
  return { ms: 0, call: '', input: -1, kind: '' };
}
