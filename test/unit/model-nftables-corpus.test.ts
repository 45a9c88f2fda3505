/**
 * Corpus sweep of the nft lowering: every nft file the real tools accept (nft 1.0.6, or only 1.1.1) lowers without
 * throwing, and the share of matches the model reads exactly (field and tuple) against opaque ones is printed.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { FileHost, toUri } from '../../server/src/engine/file-host';
import { buildRuleset } from '../../server/src/model/build';
import { initParsers, parse } from '../../server/src/syntax/parser';
import { CORPUS, readManifest } from '../../scripts/lib/corpus';

const available = existsSync(path.join(CORPUS, 'MANIFEST.tsv'));

test('every accepted nft corpus file lowers; field vs opaque match counts', { skip: available ? false : `no corpus at ${CORPUS}` }, async () => {
  await initParsers();
  const host = new FileHost();
  const rows = readManifest().filter((r) => r.format === 'nft' && (r.tool_verdict === 'ok' || r['nft_v1.1.1_verdict'] === 'ok'));
  const counts = { files: 0, rules: 0, field: 0, tuple: 0, opaque: 0, stateful: 0, implicit: 0 };
  const opaqueModules = new Map<string, number>();
  try {
    for (const row of rows) {
      const file = path.join(CORPUS, row.local_path);
      const text = readFileSync(file, 'utf8');
      const parsed = { uri: toUri(file), text, dialect: 'nftables' as const, tree: parse('nftables', text) };
      try {
        const ruleset = buildRuleset(parsed, host);
        counts.files++;
        for (const rule of ruleset.tables.flatMap((t) => t.chains).flatMap((c) => c.rules)) {
          counts.rules++;
          for (const m of rule.matches) {
            if (m.kind !== 'tuple' && m.implicit) counts.implicit++;
            else if (m.kind === 'field') counts.field++;
            else if (m.kind === 'tuple') counts.tuple++;
            else {
              counts.opaque++;
              if (m.stateful) counts.stateful++;
              opaqueModules.set(m.module, (opaqueModules.get(m.module) ?? 0) + 1);
            }
          }
        }
      } catch (error) {
        assert.fail(`${row.local_path}: ${(error as Error).stack}`);
      } finally {
        parsed.tree.delete();
      }
    }
  } finally {
    host.dispose();
  }
  const written = counts.field + counts.tuple + counts.opaque;
  const top = [...opaqueModules].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([m, n]) => `${m} ${n}`).join(', ');
  console.log(`${counts.files} files, ${counts.rules} rules: ${counts.field} field + ${counts.tuple} tuple matches, `
    + `${counts.opaque} opaque (${counts.stateful} stateful) of ${written} written = `
    + `${((100 * (counts.field + counts.tuple)) / Math.max(1, written)).toFixed(1)}% exact; ${counts.implicit} implicit dependencies`);
  console.log(`most frequent opaque: ${top}`);
  assert.equal(counts.files, rows.length);
});
