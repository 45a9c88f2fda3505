/** Shared access to the real-world corpus in ../shared/corpus: its location and its TSV manifests. */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The corpus folder (beside the repository), overridable with NFRULES_CORPUS. */
export const CORPUS = process.env.NFRULES_CORPUS ?? path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');

export interface Row { [column: string]: string }

/** Reads a TSV file with a header line into objects keyed by column name. */
export function readTsv(file: string): Row[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split('\n').filter((line) => line.length > 0);
  const columns = header.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
  });
}

/** The file manifest (one row per corpus file). */
export function readManifest(): Row[] {
  return readTsv(path.join(CORPUS, 'MANIFEST.tsv'));
}

/** The per-rule results of the upstream rule tests. */
export function readRuleTests(): Row[] {
  return readTsv(path.join(CORPUS, 'RULE_TESTS.tsv'));
}
