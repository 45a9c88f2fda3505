/**
 * `checkText` (the CLI's check, which deletes the tree before the analyses run) gives the problems of `checkFile`,
 * in the same order, on the examples and on every 10th text file of the corpus in both dialects.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkFile, checkText } from '../../server/src/engine/check';
import { NO_FILES } from '../../server/src/engine/source';
import type { Dialect } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';
import { CORPUS, readManifest } from '../../scripts/lib/corpus';

const EXAMPLES = path.resolve(__dirname, '..', '..', '..', 'examples');

function inputs(): { file: string; dialect: Dialect }[] {
  const examples = readdirSync(EXAMPLES).filter((f) => /\.(nft|v4|v6)$/.test(f))
    .map((f) => ({ file: path.join(EXAMPLES, f), dialect: (f.endsWith('.nft') ? 'nftables' : 'iptables') as Dialect }));
  if (!existsSync(path.join(CORPUS, 'MANIFEST.tsv'))) return examples;
  const corpus = readManifest().filter((r) => r.format !== 'nftjson').filter((_, i) => i % 10 === 0)
    .map((r) => ({ file: path.join(CORPUS, r.local_path), dialect: (r.format === 'nft' ? 'nftables' : 'iptables') as Dialect }));
  return [...examples, ...corpus];
}

test('checkText reports what checkFile reports, in the same order', async () => {
  await initParsers();
  const files = inputs();
  assert.ok(files.length >= 6, `only ${files.length} inputs`);
  let problems = 0;
  for (const { file, dialect } of files) {
    const text = readFileSync(file, 'utf8');
    const uri = `file://${file}`;
    const tree = parse(dialect, text);
    let expected;
    try {
      expected = checkFile({ uri, text, dialect, tree }, NO_FILES).problems;
    } finally {
      tree.delete();
    }
    const actual = checkText({ uri, text, dialect }, NO_FILES).problems;
    assert.deepEqual(actual, expected, file);
    problems += actual.length;
  }
  assert.ok(problems > 0, 'no problems at all: the comparison proves nothing');
  console.log(`# checkText = checkFile on ${files.length} files (${problems} problems)`);
});
