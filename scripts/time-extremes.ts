/**
 * Wall-clock milliseconds of each step the server takes on the fuzz extremes, in process: parse, quick and complete
 * check, then each document-wide feature and a few at a position. Shows which feature is slow on which extreme.
 *
 * usage: node out/scripts/time-extremes.js FROM TO [huge-set|long-line|deep-nesting]   (inputs FROM..TO-1 of seed 1)
 */
import { completeCheck, quickCheck } from '../server/src/engine/check';
import { FileHost } from '../server/src/engine/file-host';
import { codeLenses } from '../server/src/features/code-lens';
import { foldingRanges } from '../server/src/features/folding';
import { formatEdits } from '../server/src/features/format';
import { inlayHints } from '../server/src/features/inlay-hints';
import { NameIndex } from '../server/src/features/name-sites';
import { selectionRanges } from '../server/src/features/selection-ranges';
import { semanticTokens } from '../server/src/features/semantic-tokens';
import { documentSymbols } from '../server/src/features/symbols';
import { documentLinks } from '../server/src/features/document-links';
import { definitionAt } from '../server/src/features/navigation';
import { hoverAt } from '../server/src/features/hover';
import { initParsers, parse } from '../server/src/syntax/parser';
import { inputAt } from './lib/fuzz-inputs';

async function main(): Promise<void> {
  await initParsers();
  const host = new FileHost();
  const [from, to] = process.argv.slice(2).map(Number);
  const kind = process.argv[4] as never;
  for (let i = from; i < to; i++) {
    const input = inputAt(1, i, 0, kind);
    const row: string[] = [];
    const t = <T>(name: string, f: () => T): T => { const s = performance.now(); const r = f(); row.push(`${name} ${(performance.now() - s).toFixed(0)}`); return r; };
    const tree = t('parse', () => parse(input.dialect, input.text));
    const file = { uri: `file:///x/input-${i}.nft`, text: input.text, dialect: input.dialect, tree };
    const quick = t('quick', () => quickCheck(file, host));
    t('complete', () => completeCheck(quick));
    t('symbols', () => documentSymbols(quick, file));
    const index = t('index', () => new NameIndex([{ ruleset: quick.ruleset, files: [file] }]));
    t('fold', () => foldingRanges(file));
    t('tokens', () => semanticTokens(file, index.all()));
    t('lens', () => codeLenses(index, file, [file]));
    t('inlay', () => inlayHints(quick, file, { start: { line: 0, character: 0 }, end: { line: 1e6, character: 0 } }));
    t('links', () => documentLinks(file, quick.ruleset, host));
    t('format', () => formatEdits(file));
    t('rformat', () => formatEdits(file, { start: { line: 0, character: 0 }, end: { line: 3, character: 4 } }));
    t('select', () => selectionRanges(file, [{ line: 3, character: 20 }]));
    t('hover', () => hoverAt(quick, file, { line: 3, character: 20 }));
    t('def', () => definitionAt(index, file.uri, { line: 3, character: 20 }));
    console.log(`${i} ${input.kind}/${input.origin} ${(input.text.length / 1e6).toFixed(1)}MB: ${row.join(', ')}`);
    tree.delete();
  }
}
void main();
