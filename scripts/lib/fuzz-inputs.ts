/**
 * The fuzzer's inputs: input N of a seed is drawn from its own dice, so it can be regenerated alone. Most inputs are
 * corpus files (read by path from ../shared/corpus, large ones cut to a window of lines) damaged by one mutation;
 * a share are generated extremes (long lines, deep nesting, huge sets), which cost more and come less often.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Dialect } from '../../server/src/model/types';
import { CORPUS, readManifest } from './corpus';
import {
  injectInvalidUtf8, injectLoneSurrogates, injectNuls, mangleLineEnds, mutateBytes, mutateTokens, noise, spliceLines, truncate,
} from './fuzz-mutate';
import { Dice } from './fuzz-random';
import { deepNesting, hugeSet, longLine } from './fuzz-shapes';

export interface FuzzInput {
  index: number;
  /** The generator that made it (a row of the summary). */
  kind: string;
  dialect: Dialect;
  text: string;
  /** Where it came from: corpus paths and the generator's variant. */
  origin: string;
}

/** Generators whose inputs are a megabyte or 100,000 elements: they are drawn at `heavyRate`, the others share the rest. */
export const HEAVY_KINDS = ['long-line', 'deep-nesting', 'huge-set'] as const;
export const LIGHT_KINDS = ['corpus', 'bytes', 'tokens', 'splice', 'splice-cross', 'random-bytes', 'invalid-utf8',
  'lone-surrogates', 'crlf', 'nul', 'truncate'] as const;
export type InputKind = (typeof HEAVY_KINDS)[number] | (typeof LIGHT_KINDS)[number];

/** Corpus files above this size are cut to a window of lines, so a light input stays cheap. */
const WINDOW_BYTES = 12 * 1024;

interface CorpusFile {
  path: string;
  dialect: Dialect;
}

let files: CorpusFile[] | undefined;
const texts = new Map<string, string>();

/** The corpus files the fuzzer draws from (text formats of both dialects; nft's JSON form is read as nft, as garbage). */
export function corpusFiles(): CorpusFile[] {
  files ??= readManifest()
    .filter((row) => ['ipt4', 'ipt6', 'nft', 'nftjson'].includes(row.format))
    .map((row) => ({ path: row.local_path, dialect: row.format.startsWith('ipt') ? 'iptables' : 'nftables' }));
  return files;
}

function corpusText(file: CorpusFile): string {
  let text = texts.get(file.path);
  if (text === undefined) {
    text = readFileSync(path.join(CORPUS, file.path), 'utf8');
    texts.set(file.path, text);
  }
  return text;
}

/** A corpus file of the dialect (any when undefined), cut to a window of lines when it is large. */
function drawCorpus(dice: Dice, dialect?: Dialect): { file: CorpusFile; text: string } {
  const pool = corpusFiles().filter((f) => dialect === undefined || f.dialect === dialect);
  const file = dice.pick(pool);
  const text = corpusText(file);
  if (text.length <= WINDOW_BYTES || dice.chance(0.002)) return { file, text };
  const lines = text.split('\n');
  const from = dice.int(0, lines.length - 1);
  return { file, text: lines.slice(from, from + dice.int(10, 150)).join('\n') };
}

/** Input `index` of a run with `seed`; heavy generators are drawn with probability `heavyRate`. */
export function inputAt(seed: number, index: number, heavyRate: number, only?: InputKind): FuzzInput {
  const dice = Dice.forInput(seed, index);
  // The first inputs of every run go through each generator in turn, so even a short run meets every extreme.
  const every: readonly InputKind[] = [...LIGHT_KINDS, ...HEAVY_KINDS];
  const kind: InputKind = only ?? (index < every.length ? every[index]
    : dice.chance(heavyRate) ? dice.pick(HEAVY_KINDS) : dice.pick(LIGHT_KINDS));
  const made = generate(dice, kind);
  return { index, kind, ...made };
}

function generate(dice: Dice, kind: InputKind): Omit<FuzzInput, 'index' | 'kind'> {
  if (kind === 'long-line' || kind === 'deep-nesting' || kind === 'huge-set') {
    const shape = kind === 'long-line' ? longLine(dice) : kind === 'deep-nesting' ? deepNesting(dice) : hugeSet(dice);
    return { dialect: shape.dialect, text: shape.text, origin: shape.variant };
  }
  if (kind === 'random-bytes') {
    return { dialect: dice.chance(0.5) ? 'nftables' : 'iptables', text: noise(dice, dice.int(0, 6000)), origin: 'noise' };
  }
  const { file, text } = drawCorpus(dice);
  const base = { dialect: file.dialect, origin: file.path };
  switch (kind) {
    case 'corpus': return { ...base, text };
    case 'bytes': return { ...base, text: mutateBytes(dice, text) };
    case 'tokens': return { ...base, text: mutateTokens(dice, text) };
    case 'invalid-utf8': return { ...base, text: injectInvalidUtf8(dice, text) };
    case 'lone-surrogates': return { ...base, text: injectLoneSurrogates(dice, text) };
    case 'crlf': return { ...base, text: mangleLineEnds(dice, text) };
    case 'nul': return { ...base, text: injectNuls(dice, text) };
    case 'truncate': return { ...base, text: truncate(dice, text) };
    case 'splice':
    case 'splice-cross': {
      const other = kind === 'splice' ? file.dialect : file.dialect === 'nftables' ? 'iptables' : 'nftables';
      const donor = drawCorpus(dice, other);
      return { ...base, text: spliceLines(dice, text, donor.text), origin: `${file.path} + ${donor.file.path}` };
    }
  }
}
