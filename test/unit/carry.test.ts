/**
 * The two-step check of an open document: quick problems plus the rule-logic problems of the previous version moved
 * through the edit, then the complete set. The carried problems must sit where the new version's would, for edits
 * away from them; the complete check must equal a fresh one.
 */
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { DEFERRED_CODES } from '../../server/src/analysis/index';
import { DocumentStore } from '../../server/src/documents';
import { carryThrough } from '../../server/src/engine/carry';
import { pauseBefore } from '../../server/src/lsp/handlers/diagnostics';
import { checkFile, completeCheck, quickCheck } from '../../server/src/engine/check';
import { NO_FILES } from '../../server/src/engine/source';
import type { Problem } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';

before(async () => {
  await initParsers();
});

const RULES = [
  '*filter',
  ':INPUT DROP [0:0]',
  '-A INPUT -p tcp --dport 22 -j ACCEPT',
  '-A INPUT -p tcp --dport 22 -j ACCEPT',
  '-A INPUT -p tcp --dport 80 -j ACCEPT',
  '-A INPUT -s 10.0.0.0/8 -p tcp --dport 80 -j DROP',
  'COMMIT',
  '',
].join('\n');

const URI = 'file:///carry.rules';

/** The problems of a fresh check of an iptables text (a new tree, no memo). */
function freshProblems(text: string): Problem[] {
  const tree = parse('iptables', text);
  try {
    return checkFile({ uri: URI, text, dialect: 'iptables', tree }, NO_FILES).problems;
  } finally {
    tree.delete();
  }
}

function deferred(problems: readonly Problem[]): string[] {
  return problems.filter((p) => DEFERRED_CODES.has(p.code)).map((p) => `${p.code}@${p.location.range.start.line}:${p.related?.map((r) => r.location.range.start.line).join(',')}`).sort();
}

test('the rule-logic rules are the deferred ones, and quick + deferred = every rule', () => {
  assert.deepEqual([...DEFERRED_CODES].sort(), ['redundant-rule', 'shadowed-rule', 'unreachable-rule']);
  const file = { uri: URI, text: RULES, dialect: 'iptables' as const, tree: parse('iptables', RULES) };
  const quick = quickCheck(file, NO_FILES);
  assert.deepEqual(deferred(quick.problems), []);
  assert.deepEqual(completeCheck(quick).problems, checkFile(file, NO_FILES).problems);
  file.tree.delete();
});

test('carried problems: the edited lines drop theirs, lines below move, related lines move or drop the problem', () => {
  const problem = (line: number, relatedLine: number): Problem => ({
    code: 'redundant-rule', severity: 'warning', message: 'm',
    location: { uri: URI, range: { start: { line, character: 0 }, end: { line, character: 9 } } },
    related: [{ location: { uri: URI, range: { start: { line: relatedLine, character: 0 }, end: { line: relatedLine, character: 4 } } }, message: 'r' }],
  });
  const list = [problem(3, 2), problem(8, 6), problem(10, 1)];
  // Two lines inserted at the end of line 5: line 5 is touched, 6 and below move down by two.
  const moved = carryThrough(list, URI, { range: { start: { line: 5, character: 9 }, end: { line: 5, character: 9 } }, text: '\nx\ny' });
  assert.deepEqual(moved.map((p) => [p.location.range.start.line, p.related?.[0].location.range.start.line]), [[3, 2], [10, 8], [12, 1]]);
  // An edit on a covering rule's line drops the claim it supports.
  const dropped = carryThrough(list, URI, { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 1 } }, text: '' });
  assert.deepEqual(dropped.map((p) => p.location.range.start.line), [3, 10]);
  // Lines 0 and 1 removed (the edit ends at the start of line 2, which counts as touched): claims resting on those
  // lines drop, the others move up by two; problems in other files stay.
  const other = { ...problem(4, 4), location: { uri: 'file:///other.rules', range: problem(4, 4).location.range } };
  const up = carryThrough([...list, other], URI, { range: { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } }, text: '' });
  assert.deepEqual(up.map((p) => `${p.location.uri}:${p.location.range.start.line}`), ['file:///carry.rules:6', 'file:///other.rules:4']);
});

test('after an edit away from them, carried problems equal the new complete ones; the complete check equals a fresh one', () => {
  const docs = new DocumentStore(NO_FILES);
  docs.open(URI, 'iptables', 1, RULES);
  const first = docs.check(URI);
  assert.ok(first);
  assert.deepEqual(deferred(first.problems), ['redundant-rule@3:2', 'shadowed-rule@5:4']);
  // A comment line inserted above the rules: every claim moves down by one.
  docs.change(URI, 2, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '# note\n' }]);
  const entry = docs.get(URI);
  assert.ok(entry);
  assert.deepEqual(deferred(entry.carried), ['redundant-rule@4:3', 'shadowed-rule@6:5']);
  const complete = docs.check(URI);
  assert.ok(complete);
  assert.deepEqual(deferred(complete.problems), deferred(entry.carried));
  assert.deepEqual(complete.problems, freshProblems(entry.document.getText()));
  // Editing the covering rule drops the claim until the complete check says again.
  docs.change(URI, 3, [{ range: { start: { line: 3, character: 25 }, end: { line: 3, character: 27 } }, text: '23' }]);
  assert.deepEqual(deferred(docs.get(URI)?.carried ?? []), ['shadowed-rule@6:5']);
  assert.deepEqual(deferred(docs.check(URI)?.problems ?? []), ['shadowed-rule@6:5']);
  docs.dispose();
});

/** An iptables file with one long chain: a few redundant and shadowed rules among many distinct ones. */
function longChain(rules: number): string {
  const lines = ['*filter', ':INPUT DROP [0:0]'];
  for (let i = 0; i < rules; i++) {
    lines.push(`-A INPUT -s 10.${i >> 8}.${i & 255}.0/24 -p tcp --dport ${1000 + (i % 50)} -j ACCEPT`);
    if (i % 97 === 0) lines.push(`-A INPUT -s 10.${i >> 8}.${i & 255}.7 -p tcp --dport ${1000 + (i % 50)} -j ${i % 2 ? 'ACCEPT' : 'DROP'}`);
  }
  lines.push('COMMIT', '');
  return lines.join('\n');
}

test('the deferred rules run in many small steps, and their result is that of a check in one go', () => {
  const text = longChain(600);
  const docs = new DocumentStore(NO_FILES);
  docs.open(URI, 'iptables', 1, text);
  const steps = docs.deferredSteps(URI);
  assert.ok(steps);
  let count = 0;
  while (!steps.next().done) count++;
  // One step per eight rules of the chain being scanned: the server answers requests between them.
  assert.ok(count >= 600 / 8, `only ${count} steps`);
  const stepped = docs.check(URI);
  const whole = freshProblems(text);
  assert.deepEqual(stepped?.problems, whole);
  assert.ok(deferred(whole).length >= 6, 'the fixture has redundant and shadowed rules');
  assert.equal(docs.deferredSteps(URI), undefined, 'nothing is left to do once the complete check is there');
  docs.dispose();
});

test('a check asked for while the deferred steps are half done finishes them rather than starting again', () => {
  const text = longChain(400);
  const docs = new DocumentStore(NO_FILES);
  docs.open(URI, 'iptables', 1, text);
  const steps = docs.deferredSteps(URI);
  assert.ok(steps);
  for (let i = 0; i < 20; i++) steps.next();
  const complete = docs.check(URI);
  assert.equal(steps.next().done, true, 'the check ran the remaining steps');
  assert.deepEqual(complete?.problems, freshProblems(text));
  docs.dispose();
});

test('the pause before checking comes from the checks of edits, never from the check of the opened text', () => {
  const store = new DocumentStore(NO_FILES);
  try {
    store.open(URI, 'iptables', 1, RULES);
    store.check(URI);
    // Opening lowers every rule with a cold JIT: a large file would make the first keystroke wait for a pause.
    assert.equal(store.quickCost(URI), undefined);
    assert.equal(pauseBefore(store.quickCost(URI)), pauseBefore(undefined));
    store.change(URI, 2, [{ range: { start: { line: 2, character: 33 }, end: { line: 2, character: 33 } }, text: '2' }]);
    store.quickCheck(URI);
    const cost = store.quickCost(URI);
    assert.ok(cost !== undefined && cost >= 0, 'an edited version records what its quick check cost');
    store.close(URI);
    // A full-text change is an edit too.
    store.open(URI, 'iptables', 1, RULES);
    store.change(URI, 2, [{ text: RULES }]);
    store.quickCheck(URI);
    assert.ok(store.quickCost(URI) !== undefined);
    store.close(URI);
    store.open(URI, 'iptables', 3, RULES);
    store.quickCheck(URI);
    assert.equal(store.quickCost(URI), undefined, 'reopening forgets the costs of the closed document');
  } finally {
    store.dispose();
  }
});

test('the pause before a check comes from checks like the one pending: typing in a line that splices, or a full lowering', () => {
  const store = new DocumentStore(NO_FILES);
  const uri = 'file:///carry/costs.nft';
  const text = 'define ports = { 22, 80 }\ntable inet t {\n  chain c {\n    type filter hook input priority 0;\n    tcp dport 22 accept\n    tcp dport $ports drop\n  }\n}\n';
  const typeAt = (version: number, line: number, character: number, typed: string): void => {
    store.change(uri, version, [{ range: { start: { line, character }, end: { line, character } }, text: typed }]);
  };
  try {
    store.open(uri, 'nftables', 1, text);
    store.check(uri);
    // A line break lowers the file again: its cost is the full lowering's.
    typeAt(2, 7, 1, '\n');
    store.quickCheck(uri);
    assert.equal(store.splices(uri), 0);
    const full = store.quickCost(uri);
    assert.ok(full !== undefined);
    // Typing inside a plain rule splices; until a spliced check has run, nothing predicts its cost.
    typeAt(3, 4, 15, '2');
    assert.equal(store.quickCost(uri), undefined, 'no spliced check yet');
    store.quickCheck(uri);
    assert.equal(store.splices(uri), 1);
    const spliced = store.quickCost(uri);
    assert.ok(spliced !== undefined);
    typeAt(4, 4, 16, '2');
    assert.equal(store.quickCost(uri), spliced, 'more typing in a line is expected to splice');
    store.quickCheck(uri);
    const splicedNow = store.quickCost(uri);
    // A rule that names a variable is lowered in full: the next keystroke on that line expects the full cost.
    typeAt(5, 5, 4, ' ');
    store.quickCheck(uri);
    assert.equal(store.splices(uri), 2, 'the rule naming $ports was not spliced');
    const fullNow = store.quickCost(uri);
    assert.ok(fullNow !== undefined && fullNow !== full, 'the full lowering of that edit is the latest full cost');
    typeAt(6, 5, 4, ' ');
    assert.equal(store.quickCost(uri), fullNow, 'the same line again: the full cost');
    store.quickCheck(uri);
    // Another line splices again; a removed line lowers the file again.
    typeAt(7, 4, 16, '3');
    assert.equal(store.quickCost(uri), splicedNow);
    store.quickCheck(uri);
    store.change(uri, 8, [{ range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }, text: '' }]);
    const lastFull = store.quickCost(uri);
    assert.ok(lastFull !== undefined && lastFull >= 0);
    assert.notEqual(lastFull, splicedNow, 'a removed line expects the full cost');
  } finally {
    store.dispose();
  }
});

test('pauseBefore: checks under SLOW_CHECK_MS start at once; slower ones wait about their cost, at most PAUSE_MS', () => {
  assert.equal(pauseBefore(undefined), pauseBefore(0));
  assert.ok(pauseBefore(99) < 10);
  assert.equal(pauseBefore(150), 150);
  assert.equal(pauseBefore(5_000), 300);
});

test('pauseBefore: an edit that comes right after the previous one waits for the burst to end; typing speed does not', () => {
  // A held key or a client replaying edits: the check of a version about to be replaced would hold up the next
  // keystroke's completion.
  assert.equal(pauseBefore(10, 0), 30);
  assert.equal(pauseBefore(undefined, 29), 30);
  assert.equal(pauseBefore(150, 5), 150, 'a slow document keeps its longer pause');
  // Keystrokes at human speed (here 8 a second) are checked at once.
  assert.ok(pauseBefore(10, 125) < 10);
  assert.ok(pauseBefore(10) < 10, 'the first edit of a document is no burst');
});
