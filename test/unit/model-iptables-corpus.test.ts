/**
 * Corpus sweep of the iptables lowering: every rule of every iptables file the real tools load
 * (`../shared/corpus`, MANIFEST `tool_verdict` ok) lowers without throwing, the file's family is the manifest's
 * (`format` ipt4/ipt6), no accepted file gets a lowering error, and the share of field matches is printed.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkFile } from '../../server/src/engine/check';
import { NO_FILES } from '../../server/src/engine/source';
import type { Match } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';
import { CORPUS, readManifest } from '../../scripts/lib/corpus';

const available = existsSync(path.join(CORPUS, 'MANIFEST.tsv'));

test('every accepted iptables corpus file lowers with the manifest family; field vs opaque figures', { skip: available ? false : `no corpus at ${CORPUS}` }, async () => {
  await initParsers();
  const rows = readManifest().filter((r) => (r.format === 'ipt4' || r.format === 'ipt6') && r.tool_verdict === 'ok');
  assert.ok(rows.length > 100, `only ${rows.length} accepted iptables files`);
  const tally = { files: 0, rules: 0, field: 0, implicit: 0, tuple: 0, opaque: 0, stateful: 0 };
  const byModule = new Map<string, number>();
  const wrongFamily: string[] = [];
  for (const row of rows) {
    const file = path.join(CORPUS, row.local_path);
    const text = readFileSync(file, 'utf8');
    const parsed = { uri: `file://${file}`, text, dialect: 'iptables' as const, tree: parse('iptables', text) };
    try {
      const { ruleset } = checkFile(parsed, NO_FILES);
      tally.files++;
      const expected = row.format === 'ipt6' ? 'ip6' : 'ip';
      if (ruleset.tables.some((t) => t.family !== expected)) wrongFamily.push(row.local_path);
      for (const table of ruleset.tables) for (const chain of table.chains) for (const rule of chain.rules) {
        tally.rules++;
        for (const m of rule.matches) count(m, tally, byModule);
      }
    } finally {
      parsed.tree.delete();
    }
  }
  const written = tally.field + tally.tuple + tally.opaque;
  const top = [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([m, n]) => `${m} ${n}`).join(', ');
  console.log(`${tally.files} files, ${tally.rules} rules: ${written} matches written, ${tally.field} field (${pct(tally.field, written)}), `
    + `${tally.tuple} tuple, ${tally.opaque} opaque (${pct(tally.opaque, written)}; ${tally.stateful} stateful); ${tally.implicit} implicit conditions added`);
  console.log(`opaque matches by module: ${top}`);
  assert.deepEqual(wrongFamily, [], 'files whose family differs from the manifest');
  assert.equal(tally.files, rows.length);
});

function count(m: Match, tally: Record<string, number>, byModule: Map<string, number>): void {
  if (m.kind === 'field') tally[m.implicit ? 'implicit' : 'field']++;
  else if (m.kind === 'tuple') tally.tuple++;
  else {
    tally.opaque++;
    if (m.stateful) tally.stateful++;
    byModule.set(m.module || '(core)', (byModule.get(m.module || '(core)') ?? 0) + 1);
  }
}

function pct(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}
