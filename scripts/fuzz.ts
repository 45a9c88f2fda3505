/**
 * The fuzz harness: seeded inputs (mutated corpus files, noise, invalid UTF-8, megabyte lines, deep nesting, huge
 * sets, CRLF, NUL bytes, truncations) through the engine in process and through the real server process. Any
 * exception, crash, hang, request slower than a second, internal error, memory above the bound, or broken editing
 * invariant fails the run; each failure prints its reproducer (the input written under /tmp and the command that
 * replays it). Ends with a summary table.
 *
 * usage: node out/scripts/fuzz.js [--short] [--inputs N] [--seed S] [--from I] [--kind K] [--heavy-rate R]
 *                                 [--file PATH [--dialect nftables|iptables]] [--no-server] [--no-engine] [--max-rss MB]
 *   --short   the test-suite run: seed 1, 700 inputs, both paths (about a minute and a half on two cores)
 *   --inputs  how many inputs (default 2000); --from the index of the first (replays input I with --inputs 1)
 *   --kind    only one generator (corpus, bytes, tokens, splice, splice-cross, random-bytes, invalid-utf8,
 *             lone-surrogates, crlf, nul, truncate, long-line, deep-nesting, huge-set)
 *   --file    runs both paths on one file instead (a reproducer)
 */
import { readFileSync } from 'node:fs';
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
    inputs: Number(value('--inputs') ?? (short ? 700 : 2000)),
    from: Number(value('--from') ?? 0),
    heavyRate: Number(value('--heavy-rate') ?? (short ? 0.02 : 0.003)),
    kind,
    file: value('--file'),
    dialect: value('--dialect') as Dialect | undefined,
    engine: !argv.includes('--no-engine'),
    server: !argv.includes('--no-server'),
    maxRssMb: Number(value('--max-rss') ?? 1024),
  };
}

/** A few positions in the text: random offsets and word starts, as the editor would send them (LF lines). */
function positionsIn(dice: Dice, text: string): Position[] {
  const out: Position[] = [];
  for (let i = 0; i < 3; i++) {
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

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  await initParsers();
  const tally = new Tally(opts.seed);
  const host = new FileHost();
  const server = opts.server ? new FuzzServer(tally, opts.maxRssMb) : undefined;
  await server?.start();
  const started = performance.now();
  const count = opts.file ? 1 : opts.inputs;
  for (let i = 0; i < count && tally.failures.length < MAX_FAILURES; i++) {
    const index = opts.from + i;
    const input: FuzzInput = opts.file
      ? { index, kind: 'file', dialect: opts.dialect ?? (/\.nft$/.test(opts.file) ? 'nftables' : 'iptables'), text: readFileSync(opts.file, 'utf8'), origin: opts.file }
      : inputAt(opts.seed, index, opts.heavyRate, opts.kind);
    const dice = Dice.forInput(opts.seed ^ 0x5bd1e995, index);
    const positions = positionsIn(dice, input.text);
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
  console.log(tally.summary((performance.now() - started) / 1000));
  const short = tally.inputs < count;
  if (short) console.log(`stopped after ${tally.inputs} of ${count} inputs (${MAX_FAILURES} failures)`);
  process.exitCode = tally.failures.length > 0 || short ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
