/**
 * The tree mirror (syntax/tree-mirror.ts) against the real tree, node by node: type, named-ness, missing and error
 * flags, indexes, rows and columns, children, fields and field lookups — on awkward fixtures of both dialects and on
 * a sample of corpus files (every corpus file with NFRULES_MIRROR_ALL=1).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { before, test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import type { Dialect } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';
import { mirroredRoot } from '../../server/src/syntax/tree-mirror';
import { CORPUS, readManifest } from '../../scripts/lib/corpus';

before(async () => {
  await initParsers();
});

/** Compares the mirror with the real tree under `real`; returns the number of nodes compared. */
function compare(real: Node, mirror: Node, fields: readonly string[], where: string, whole = false): number {
  const at = `${where} ${real.type}@${real.startIndex}`;
  assert.equal(mirror.type, real.type, `${at}: type`);
  assert.equal(mirror.isNamed, real.isNamed, `${at}: isNamed`);
  assert.equal(mirror.isMissing, real.isMissing, `${at}: isMissing`);
  assert.equal(mirror.isError, real.isError, `${at}: isError`);
  assert.equal(mirror.startIndex, real.startIndex, `${at}: startIndex`);
  assert.equal(mirror.endIndex, real.endIndex, `${at}: endIndex`);
  assert.deepEqual(mirror.startPosition, real.startPosition, `${at}: startPosition`);
  assert.deepEqual(mirror.endPosition, real.endPosition, `${at}: endPosition`);
  assert.equal(mirror.text, real.text, `${at}: text`);
  const realChildren = real.children.filter((c): c is Node => c !== null);
  let hasError: boolean | undefined;
  try {
    hasError = mirror.hasError;
  } catch (error) {
    assert.match((error as Error).message, /hasError/);
    assert.ok(!whole, `${at}: a mirror read whole knows hasError everywhere`);
  }
  if (hasError !== undefined) assert.equal(hasError, real.hasError, `${at}: hasError`);
  const mirrorChildren = mirror.children.filter((c): c is Node => c !== null);
  assert.equal(mirrorChildren.length, realChildren.length, `${at}: child count`);
  assert.equal(mirror.namedChildren.length, real.namedChildren.length, `${at}: named child count`);
  for (let i = 0; i < realChildren.length; i++) {
    assert.equal(mirror.fieldNameForChild(i), real.fieldNameForChild(i), `${at}: field of child ${i}`);
  }
  for (const name of fields) {
    assert.equal(mirror.childForFieldName(name)?.startIndex, real.childForFieldName(name)?.startIndex, `${at}: childForFieldName(${name})`);
    assert.deepEqual(mirror.childrenForFieldName(name).map((c) => c?.startIndex), real.childrenForFieldName(name).map((c) => c?.startIndex), `${at}: childrenForFieldName(${name})`);
  }
  let count = 1;
  for (let i = 0; i < realChildren.length; i++) count += compare(realChildren[i], mirrorChildren[i], fields, where, whole);
  return count;
}

function check(dialect: Dialect, text: string, where: string, deep = true): number {
  const whole = parse(dialect, text);
  try {
    compare(whole.rootNode, mirroredRoot(whole, text, false), [], `${where} (read whole)`, true);
  } finally {
    whole.delete();
  }
  const tree = parse(dialect, text);
  try {
    const mirror = mirroredRoot(tree, text);
    assert.notEqual(mirror, tree.rootNode, 'the mirror is available');
    const fields = deep ? tree.language.fields.filter((f): f is string => f !== null) : [];
    const count = compare(tree.rootNode, mirror, fields, where);
    if (deep) {
      for (const type of ['rule', 'option', 'chain', 'ERROR', 'set_reference', 'variable']) {
        assert.deepEqual(mirror.descendantsOfType(type).map((n) => n?.startIndex), tree.rootNode.descendantsOfType(type).map((n) => n?.startIndex), `${where}: descendantsOfType(${type})`);
      }
    }
    return count;
  } finally {
    tree.delete();
  }
}

const IPTABLES = [
  '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -s 10.0.0.1/32 -p tcp -m tcp --dport 22 -m comment --comment "a \\"b\\"" -j ACCEPT\nCOMMIT\n',
  '*filter\r\n:INPUT DROP [0:0]\r\n-A INPUT -i eth0 ! -s 10.0.0.0/8 -j LOG --log-prefix "x: "\r\nCOMMIT\r\n',
  '*nat\n-A POSTROUTING -o wg0 -j MASQUERADE\n', // no COMMIT
  '*filter\n-A INPUT -m comment --comment "ünïcödé 🔥 ok" -j DROP\n-A INPUT -p\nCOMMIT\n',
  '*filter\n-A\n-A INPUT -j\n:FOO - [0\n COMMIT\n\u0000\n-A INPUT \u0000 -j ACCEPT\n',
  '-A INPUT -j ACCEPT\n*raw\n*mangle\nCOMMIT\nCOMMIT\n# comment\n\n\n',
  '',
  '\r\r\n\r*filter\r-A INPUT\rCOMMIT',
];

const NFTABLES = [
  'table inet f {\n  set s { type ipv4_addr; flags interval; elements = { 10.0.0.0/8, 192.168.0.1 } }\n  chain input { type filter hook input priority 0; policy drop;\n    ct state established,related accept\n    ip saddr @s tcp dport { 22, 80 } counter accept\n    iifname "lo" accept\n  }\n}\n',
  'define x = { 1, 2 }\ntable ip t {\n  chain c {\n    tcp dport $x jump d\n  }\n  chain d { return }\n}\n',
  'table inet f {\n  chain c {\n    tcp dport { 22, \n  }\n', // unbalanced
  'table ip t { chain c { ip saddr 1.2.3.4 ip daddr . tcp dport vmap { 1.1.1.1 . 80 : accept, 2.2.2.2 . 443 : drop } } }',
  'table ip t {\r\n\tchain c {\r\n\t\tmeta mark set 0x1 comment "ünï 🔥"\r\n\t}\r\n}\r\n',
  'include "nothing/*.nft"\nflush ruleset\nadd rule ip t c counter\n}}}\n{{{\n\u0000table',
  '',
];

test('mirror equals the real tree on awkward iptables fixtures', () => {
  IPTABLES.forEach((text, i) => check('iptables', text, `iptables fixture ${i}`));
});

test('mirror equals the real tree on awkward nftables fixtures', () => {
  NFTABLES.forEach((text, i) => check('nftables', text, `nftables fixture ${i}`));
});

test('mirror equals the real tree on each dialect parsing the other', () => {
  NFTABLES.forEach((text, i) => check('iptables', text, `nft text as iptables ${i}`));
  IPTABLES.forEach((text, i) => check('nftables', text, `iptables text as nft ${i}`));
});

const corpus = existsSync(path.join(CORPUS, 'MANIFEST.tsv'));

test('mirror equals the real tree on corpus files', { skip: corpus ? false : `no corpus at ${CORPUS}` }, () => {
  const all = process.env.NFRULES_MIRROR_ALL === '1';
  const rows = readManifest().filter((r) => r.format !== 'nftjson' && Number(r.bytes) < (all ? Infinity : 20_000));
  let files = 0;
  let nodes = 0;
  rows.forEach((row, i) => {
    if (!all && i % 7 !== 0) return;
    const text = readFileSync(path.join(CORPUS, row.local_path), 'utf8');
    nodes += check(row.format.startsWith('ipt') ? 'iptables' : 'nftables', text, row.local_path, i % 35 === 0);
    files++;
  });
  assert.ok(files > 50, `only ${files} corpus files compared`);
  assert.ok(nodes > 10_000, `only ${nodes} nodes compared`);
});

test('descendantsOfType within a range answers as the real tree, also for columns past the end of a row and rows past the end', () => {
  const text = 'table ip t {\n\tset s { type ipv4_addr; elements = { 10.0.0.1, 10.0.0.2 } }\n\tchain c {\n\t\tip saddr @s drop\n\t\tjump d\n\t}\n\tchain d { }\n}\n';
  const tree = parse('nftables', text);
  try {
    const mirror = mirroredRoot(tree, text);
    const rows = text.split('\n');
    const points = [];
    for (let row = 0; row <= rows.length + 1; row++) {
      for (const column of [0, 1, 5, (rows[row] ?? '').length, (rows[row] ?? '').length + 1, 500]) points.push({ row, column });
    }
    let compared = 0;
    for (const from of points) {
      for (const to of points) {
        for (const type of ['chain', 'rule', 'set_reference', 'identifier']) {
          assert.deepEqual(mirror.descendantsOfType(type, from, to).map((n) => n?.startIndex),
            tree.rootNode.descendantsOfType(type, from, to).map((n) => n?.startIndex), `${type} ${JSON.stringify(from)}–${JSON.stringify(to)}`);
          compared++;
        }
      }
    }
    assert.ok(compared > 10_000);
  } finally {
    tree.delete();
  }
});
