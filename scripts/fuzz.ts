/**
 * The fuzz harness: seeded inputs (mutated corpus files, noise, invalid UTF-8, megabyte lines, deep nesting, huge
 * sets, CRLF, NUL bytes, truncations) through the engine in process and through the real server process. Any
 * exception, crash, hang, request slower than a second, internal error, memory above the bound, or broken editing
 * invariant fails the run; each failure prints its reproducer (the input written under /tmp and the command that
 * replays it). Ends with a summary table.
 *
 * usage: node out/scripts/fuzz.js [--short] [--inputs N] [--seed S] [--from I] [--kind K] [--heavy-rate R]
 *                                 [--file PATH [--dialect nftables|iptables]] [--no-server] [--no-engine] [--max-rss MB]
 *   --short   the test-suite run: seed 1, 1,000 inputs (the first 14 one per generator, the extremes among them),
 *             every request at 3 positions, both paths (one to two minutes on two busy cores)
 *   --inputs  how many inputs (default 2000); --from the index of the first (replays input I with --inputs 1)
 *   --kind    only one generator (corpus, bytes, tokens, splice, splice-cross, random-bytes, invalid-utf8,
 *             lone-surrogates, crlf, nul, truncate, long-line, deep-nesting, huge-set)
 *   --file    runs both paths on one file instead (a reproducer)
 *   --positions  positions per input (3 with --short, else 2); --sample  share of the per-position requests sent to
 *             the server (1 with --short, else 0.4: a long run asks each kind of request tens of thousands of times)
 *   --no-split   run both paths in one process (by default the engine path runs in a second process)
 *   --jobs    shards run side by side (default 2 from 5,000 inputs on, else 1), each with its own server
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { FileHost } from '../server/src/engine/file-host';
import type { Dialect, Position } from '../server/src/model/types';
import { initParsers } from '../server/src/syntax/parser';
import { runEngine } from './lib/fuzz-engine';
import { HEAVY_KINDS, inputAt, LIGHT_KINDS, type FuzzInput, type InputKind } from './lib/fuzz-inputs';
import { Dice } from './lib/fuzz-random';
import { Tally } from './lib/fuzz-report';
import { FuzzServer } from './lib/fuzz-server';

interface Options {
  seed: number;
  inputs: number;
  from: number;
  heavyRate: number;
  kind?: InputKind;
  file?: string;
  dialect?: Dialect;
  engine: boolean;
  server: boolean;
  maxRssMb: number;
  /** Positions per input, and the share of per-position requests sent to the server at each. */
  positions: number;
  sample: number;
  /** Write the engine path's figures here as JSON (the engine half of a two-process run). */
  figures?: string;
  /** Run the engine path in a second process, beside the server path (both paths, long runs). */
  split: boolean;
  /** Shards: this many runs side by side, each over its own slice of the input indices. */
  jobs: number;
}

/** Stop printing (and running) after this many failures: the first ones are the useful ones. */
const MAX_FAILURES = 50;

function options(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const short = argv.includes('--short');
  const kind = value('--kind') as InputKind | undefined;
  if (kind && ![...HEAVY_KINDS, ...LIGHT_KINDS].includes(kind)) throw new Error(`unknown generator ${kind}`);
  return {
    seed: Number(value('--seed') ?? 1),
    inputs: Number(value('--inputs') ?? (short ? 1000 : 2000)),
    from: Number(value('--from') ?? 0),
    heavyRate: Number(value('--heavy-rate') ?? 0),
    kind,
    file: value('--file'),
    dialect: value('--dialect') as Dialect | undefined,
    engine: !argv.includes('--no-engine'),
    server: !argv.includes('--no-server'),
    maxRssMb: Number(value('--max-rss') ?? 1024),
    positions: Number(value('--positions') ?? (short ? 3 : 2)),
    sample: Number(value('--sample') ?? (short ? 1 : 0.3)),
    figures: value('--figures'),
    split: !argv.includes('--no-split'),
    jobs: Number(value('--jobs') ?? (!short && Number(value('--inputs') ?? 0) >= 5000 ? 2 : 1)),
  };
}

/** A few positions in the text: random offsets and word starts, as the editor would send them (LF lines). */
function positionsIn(dice: Dice, text: string, count: number): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < count; i++) {
    let offset = dice.int(0, text.length);
    if (dice.chance(0.5)) {
      const word = text.slice(offset).search(/(?<=\s)\S/);
      if (word >= 0) offset += word;
    }
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    let line = 0;
    for (let at = text.indexOf('\n'); at >= 0 && at < lineStart; at = text.indexOf('\n', at + 1)) line++;
    out.push({ line, character: offset - lineStart });
  }
  return out;
}

/**
 * The engine half of a two-process run: the same inputs (they are drawn from the seed) through the engine in a
 * second process, so the engine work and the server's run on both cores instead of taking turns.
 */
function engineProcess(argv: string[], figures: string): Promise<void> {
  return child([...argv, '--no-server', '--figures', figures]);
}

function child(argv: string[]): Promise<void> {
  const started = spawn(process.execPath, [__filename, ...argv], { stdio: 'inherit' });
  return new Promise((resolve) => started.once('exit', () => resolve()));
}

/** Removes an option and its value from an argument list. */
function without(argv: string[], ...names: string[]): string[] {
  const out = [...argv];
  for (const name of names) {
    const at = out.indexOf(name);
    if (at >= 0) out.splice(at, 2);
  }
  return out;
}

/** Runs `jobs` shards of the inputs side by side and prints the merged summary. */
async function sharded(argv: string[], opts: Options): Promise<void> {
  const started = performance.now();
  const tally = new Tally(opts.seed);
  const size = Math.ceil(opts.inputs / opts.jobs);
  const files = Array.from({ length: opts.jobs }, (_, j) => `/tmp/nfrules-fuzz-shard-${process.pid}-${j}.json`);
  await Promise.all(files.map((file, j) => child([...without(argv, '--jobs', '--from', '--inputs'), '--from', String(opts.from + j * size),
    '--inputs', String(Math.max(0, Math.min(size, opts.inputs - j * size))), '--jobs', '1', '--figures', file])));
  for (const file of files) tally.merge(JSON.parse(readFileSync(file, 'utf8')), true);
  finish(tally, opts.inputs, (performance.now() - started) / 1000);
}

function finish(tally: Tally, count: number, seconds: number): void {
  console.log(tally.summary(seconds));
  const short = tally.inputs < count;
  if (short) console.log(`stopped after ${tally.inputs} of ${count} inputs (${MAX_FAILURES} failures)`);
  process.exitCode = tally.failures.length > 0 || short ? 1 : 0;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opts = options(argv);
  if (opts.jobs > 1 && !opts.file) return sharded(argv, opts);
  await initParsers();
  const tally = new Tally(opts.seed);
  const host = new FileHost();
  const split = opts.split && opts.engine && opts.server && !opts.file;
  const figures = `/tmp/nfrules-fuzz-engine-${process.pid}.json`;
  const engineHalf = split ? engineProcess(without(argv, '--figures'), figures) : undefined;
  if (split) opts.engine = false;
  const server = opts.server ? new FuzzServer(tally, opts.maxRssMb, opts.sample) : undefined;
  await server?.start();
  const started = performance.now();
  const count = opts.file ? 1 : opts.inputs;
  for (let i = 0; i < count && tally.failures.length < MAX_FAILURES; i++) {
    const index = opts.from + i;
    const input: FuzzInput = opts.file
      ? { index, kind: 'file', dialect: opts.dialect ?? (/\.nft$/.test(opts.file) ? 'nftables' : 'iptables'), text: readFileSync(opts.file, 'utf8'), origin: opts.file }
      : inputAt(opts.seed, index, opts.heavyRate, opts.kind);
    const dice = Dice.forInput(opts.seed ^ 0x5bd1e995, index);
    const positions = positionsIn(dice, input.text, opts.positions);
    const uri = `file:///tmp/nfrules-fuzz-docs/input-${index}.${input.dialect === 'nftables' ? 'nft' : 'rules'}`;
    const failures = [
      ...(opts.engine ? runEngine(input, uri, positions, host, tally) : []),
      ...(server ? await server.run(input, uri, positions, dice) : []),
    ];
    tally.count(input);
    for (const failure of failures) tally.fail(input, failure);
    if ((i + 1) % 1000 === 0) {
      console.log(`${i + 1} inputs, ${tally.failures.length} failures, ${((performance.now() - started) / 1000).toFixed(0)} s, server peak RSS ${tally.peakRssMb.toFixed(0)} MB`);
    }
  }
  await server?.stop();
  host.dispose();
  if (engineHalf) {
    await engineHalf;
    tally.merge(JSON.parse(readFileSync(figures, 'utf8')), false);
  }
  // A shard or an engine half hands its figures to the process that started it.
  if (opts.figures) return writeFileSync(opts.figures, JSON.stringify(tally.figures()));
  finish(tally, count, (performance.now() - started) / 1000);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
