/**
 * Prints one digest line per corpus file (every `--every`th of MANIFEST.tsv's text files) and per generated fuzz
 * extreme: the JSON of the outline, formatting edits, semantic tokens, folding, CodeLens and inlay hints, hashed. Two
 * runs compared with diff prove a performance change of the editing features keeps their answers.
 *
 * usage: node out/scripts/editing-snapshot.js [--every N] [--extremes N] > before.txt
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { checkFile } from '../server/src/engine/check';
import { FileHost, toUri } from '../server/src/engine/file-host';
import type { ParsedFile } from '../server/src/engine/source';
import { codeLenses } from '../server/src/features/code-lens';
import { foldingRanges } from '../server/src/features/folding';
import { formatEdits } from '../server/src/features/format';
import { inlayHints } from '../server/src/features/inlay-hints';
import { NameIndex } from '../server/src/features/name-sites';
import { semanticTokens } from '../server/src/features/semantic-tokens';
import { documentSymbols } from '../server/src/features/symbols';
import type { Dialect } from '../server/src/model/types';
import { initParsers, parse } from '../server/src/syntax/parser';
import { inputAt } from './lib/fuzz-inputs';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus');

function digest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}

/** The digests of every editing answer on one text. */
function answers(uri: string, text: string, dialect: Dialect, host: FileHost): string {
  const tree = parse(dialect, text);
  try {
    const file: ParsedFile = { uri, text, dialect, tree };
    let result;
    try {
      result = checkFile(file, host);
    } catch (error) {
      return `check threw ${(error as Error).name}`;
    }
    const index = new NameIndex([{ ruleset: result.ruleset, files: [file] }]);
    const everywhere = { start: { line: 0, character: 0 }, end: { line: 1e7, character: 0 } };
    const lines = text.split('\n').length;
    const part = { start: { line: Math.floor(lines / 3), character: 0 }, end: { line: Math.floor(lines / 2), character: 3 } };
    return [
      `symbols ${digest(documentSymbols(result, file))}`, `format ${digest(formatEdits(file))}`,
      `range-format ${digest(formatEdits(file, part))}`, `tokens ${digest(semanticTokens(file, index.all()))}`,
      `folding ${digest(foldingRanges(file))}`, `lens ${digest(codeLenses(index, file, [file]))}`,
      `hints ${digest(inlayHints(result, file, everywhere))}`,
    ].join(' ');
  } finally {
    tree.delete();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const every = Number(argv[argv.indexOf('--every') + 1] || 3);
  const extremes = argv.includes('--extremes') ? Number(argv[argv.indexOf('--extremes') + 1]) : 0;
  await initParsers();
  const host = new FileHost();
  const rows = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
  const files = rows.filter((r) => ['ipt4', 'ipt6', 'nft'].includes(r[0]));
  for (let i = 0; i < files.length; i += every) {
    const [format, local] = files[i];
    const file = path.join(CORPUS, local);
    console.log(`${local} ${answers(toUri(file), readFileSync(file, 'utf8'), format === 'nft' ? 'nftables' : 'iptables', host)}`);
  }
  for (let i = 0; i < extremes; i++) {
    for (const kind of ['huge-set', 'long-line', 'deep-nesting'] as const) {
      const input = inputAt(1, i, 0, kind);
      console.log(`${kind} ${i} ${input.origin} ${answers(`file:///fuzz/${kind}-${i}`, input.text, input.dialect, host)}`);
    }
  }
  host.dispose();
}

void main();
