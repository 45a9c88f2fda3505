/**
 * Checks of an edited document (the document store: incremental reparse, rules reused from the previous check,
 * analysis results kept per chain) against a fresh check of the same text, after every edit of a random sequence:
 * the same problems (positions, messages, related information, data) and the same model, locations included.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { DocumentStore } from '../../server/src/documents';
import { checkFile } from '../../server/src/engine/check';
import { NO_FILES } from '../../server/src/engine/source';
import type { Dialect, Problem, Ruleset } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';
import { CORPUS, readManifest } from '../../scripts/lib/corpus';
import { random } from '../kernel/lib/trace-generator';

before(async () => {
  await initParsers();
});

/** Everything a problem shows, as one line. */
function describeProblem(p: Problem): string {
  return JSON.stringify([p.code, p.severity, p.message, p.location, p.related, p.data], (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value));
}

/** The whole model as text, back-links replaced by names, keys sorted. */
function describeModel(ruleset: Ruleset): string {
  const seen = new Set<object>();
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'bigint') return `${value}n`;
    if (value === null || typeof value !== 'object') return value;
    if (key === 'table' || key === 'chain') return (value as { name?: string }).name;
    if (seen.has(value)) return '<shared>';
    seen.add(value);
    if (Array.isArray(value)) return value.map((v, i) => walk(v, String(i)));
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) if (k !== 'problems' && k !== 'nft') out[k] = walk((value as Record<string, unknown>)[k], k);
    seen.delete(value);
    return out;
  };
  return JSON.stringify(walk(ruleset, ''));
}

/** A random edit of the kinds an editor sends: a character typed or deleted, a line added, removed or pasted. */
function randomEdit(text: string, next: () => number): TextDocumentContentChangeEvent & { range: NonNullable<unknown> } {
  const lines = text.split('\n');
  const line = Math.floor(next() * lines.length);
  const length = lines[line].length;
  const character = Math.floor(next() * (length + 1));
  const at = { line, character };
  const kind = next();
  const declarations = lines.map((l, i) => (/^:\S/.test(l) ? i : -1)).filter((i) => i >= 0);
  if (kind < 0.1 && declarations.length > 0) {
    // Renames a declared chain (or renames it back): rules that jump there are unchanged but mean something else.
    const target = declarations[Math.floor(next() * declarations.length)];
    const name = /^:(\S+)/.exec(lines[target])?.[1] ?? '';
    const end = 1 + name.length;
    return name.endsWith('2')
      ? { range: { start: { line: target, character: end - 1 }, end: { line: target, character: end } }, text: '' }
      : { range: { start: { line: target, character: end }, end: { line: target, character: end } }, text: '2' };
  }
  if (kind < 0.35) return { range: { start: at, end: at }, text: ' 0123456789abcxyz-!"\t'[Math.floor(next() * 21)] };
  if (kind < 0.6 && character < length) return { range: { start: at, end: { line, character: character + 1 } }, text: '' };
  if (kind < 0.75) return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `${lines[Math.floor(next() * lines.length)]}\n` };
  if (kind < 0.85 && line + 1 < lines.length) return { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' };
  if (kind < 0.95) return { range: { start: { line, character: length }, end: { line, character: length } }, text: '\n' };
  const word = /[A-Za-z_][\w-]*/.exec(lines[line].slice(character));
  if (!word) return { range: { start: at, end: at }, text: 'x' };
  const from = character + word.index;
  return { range: { start: { line, character: from }, end: { line, character: from + word[0].length } }, text: `${word[0]}2` };
}

/** Opens the text, makes `count` random edits and compares every check with a fresh one. */
export function compareEdits(dialect: Dialect, text: string, count: number, seed: number, label: string): void {
  const store = new DocumentStore(NO_FILES);
  const uri = 'file:///incremental/test.rules';
  const next = random(seed);
  store.open(uri, dialect, 1, text);
  let current = text;
  try {
    for (let version = 2; version < count + 2; version++) {
      const edit = randomEdit(current, next);
      const entry = store.change(uri, version, [edit]);
      assert.ok(entry);
      current = entry.document.getText();
      const incremental = store.check(uri);
      assert.ok(incremental);
      const tree = parse(dialect, current);
      try {
        const fresh = checkFile({ uri, text: current, dialect, tree }, NO_FILES);
        const where = `${label}, edit ${version - 1} ${JSON.stringify(edit)}`;
        assert.deepEqual(incremental.problems.map(describeProblem), fresh.problems.map(describeProblem), `${where}: problems`);
        assert.equal(describeModel(incremental.ruleset), describeModel(fresh.ruleset), `${where}: model`);
      } finally {
        tree.delete();
      }
    }
  } finally {
    store.dispose();
  }
}

const FIXTURE = `*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:web - [0:0]
:logdrop - [0:0]
:DORP - [0:0]
-A INPUT -j DORP
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -i lo -j ACCEPT
-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
-A INPUT -s 10.0.0.0/8 -j web
-A INPUT -j logdrop
-A web -p tcp -m multiport --dports 80,443 -j ACCEPT
-A web -p tcp --dport 80 -j DROP
-A web -j RETURN
-A logdrop -j LOG --log-prefix "drop: "
-A logdrop -j DROP
-A FORWARD -j web
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
-A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.0.0.2:80
-A POSTROUTING -o eth0 -j MASQUERADE
-A PREROUTING -j TPROXY --on-port 1
COMMIT
`;

test('incremental checks equal fresh ones: iptables fixture, 300 random edits', () => {
  for (let seed = 1; seed <= 6; seed++) compareEdits('iptables', FIXTURE, 50, seed, `fixture seed ${seed}`);
});

const corpus = existsSync(path.join(CORPUS, 'MANIFEST.tsv'));

test('incremental checks equal fresh ones: iptables and nft corpus files', { skip: corpus ? false : `no corpus at ${CORPUS}` }, () => {
  const rows = readManifest().filter((r) => r.format !== 'nftjson' && Number(r.bytes) > 3_000 && Number(r.bytes) < 40_000);
  const ipt = rows.filter((r) => r.format.startsWith('ipt'));
  const nft = rows.filter((r) => r.format === 'nft');
  const picks = [...ipt.filter((_r, i) => i % Math.ceil(ipt.length / 6) === 0), ...nft.filter((_r, i) => i % Math.ceil(nft.length / 3) === 0)];
  assert.ok(picks.length >= 6);
  picks.forEach((row, i) => {
    const dialect = row.format.startsWith('ipt') ? 'iptables' : 'nftables';
    compareEdits(dialect, readFileSync(path.join(CORPUS, row.local_path), 'utf8'), 12, 100 + i, row.local_path);
  });
});
