/**
 * Bugs the fuzz harness (scripts/fuzz.ts) found, one test each, with the smallest input that showed it. Edits are
 * applied the way an editor applies them (vscode-languageserver-textdocument clamps positions to the line, as
 * VS Code does), not with our own helper.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expandGlob } from '../../server/src/engine/file-host';
import { codeFixes } from '../../server/src/features/code-actions';
import { completionAt } from '../../server/src/features/completion';
import { selectionRanges } from '../../server/src/features/selection-ranges';
import { editDistance } from '../../server/src/model/suggest';
import type { TextEdit } from '../../server/src/features/code-actions';
import { fixture } from './fixture';

/** Applies edits as an editor does. */
function editorApply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'plain', 1, text), edits.map((e) => ({ range: e.range, newText: e.newText })));
}

test('the CRLF fix converts every line end in an editor (no position between CR and LF) and scales linearly', async () => {
  const rules = Array.from({ length: 50_000 }, (_, i) => `-A INPUT -s 10.0.${(i >> 8) & 255}.${i & 255} -j ACCEPT`);
  for (const text of ['*filter\r\n-A INPUT -j ACCEPT\r\nCOMMIT\r\n', `*filter\r\n${rules.join('\r\n')}\r\nCOMMIT\r\n`]) {
    const { file, result } = await fixture('iptables', text);
    try {
      const problem = result.problems.find((p) => p.code === 'crlf-line-ending');
      assert.ok(problem);
      const fix = codeFixes(result, file, problem.location.range).find((f) => f.problem.code === 'crlf-line-ending');
      assert.ok(fix);
      assert.equal(editorApply(text, fix.edits), text.replace(/\r\n/g, '\n'));
    } finally {
      file.tree.delete();
    }
  }
});

test('an include glob with an unclosed or reversed bracket matches nothing instead of throwing', () => {
  for (const pattern of ['/etc/ Files[ec', '/etc/[', '/etc/[z-a]', '/etc/a]b', '/etc/[]']) assert.deepEqual(expandGlob(pattern), []);
  assert.deepEqual(expandGlob('/etc/host[s]'), ['/etc/hosts']);
  assert.deepEqual(expandGlob('/etc/hos[!x]s'), ['/etc/hosts']);
});

test('sets and parentheses nested thousands deep are lowered, and completion inside them answers', async () => {
  const deep = 20_000;
  const sets = `table ip t { chain c { ip saddr ${'{ '.repeat(deep)}1.2.3.4${' }'.repeat(deep)} accept } }\n`;
  const parens = `table ip t { chain c { meta mark ${'('.repeat(deep)}1${')'.repeat(deep)} accept } }\n`;
  for (const text of [sets, parens]) {
    const { file, result } = await fixture('nftables', text);
    try {
      assert.ok(result.ruleset.tables.length === 1);
      const middle = { line: 0, character: text.indexOf('1') };
      assert.ok(Array.isArray(completionAt(file, middle, { result }).items));
    } finally {
      file.tree.delete();
    }
  }
});

test('the nft create-chain and declare-set fixes keep a file parsing: commands go before the block, odd names get none', async () => {
  const cases: [string, string][] = [
    ['add table inet t\nadd chain inet t c\ntable inet t {\n\tchain d {\n\t\tip saddr @blocked drop\n\t}\n}\n', 'undefined-set'],
    ['add table inet t\ntable inet t {\n\tchain d {\n\t\tjump missing\n\t}\n}\n', 'undefined-chain'],
    ['define dest = { 1024 }\ntable ip foo {\n\tchain c {\n\t\tjump $dest\n\t}\n}\n', 'undefined-chain'],
  ];
  for (const [text, code] of cases) {
    const { file, result } = await fixture('nftables', text);
    try {
      const everywhere = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
      for (const fix of codeFixes(result, file, everywhere).filter((f) => f.problem.code === code)) {
        const fixed = await fixture('nftables', editorApply(text, fix.edits));
        fixed.file.tree.delete();
        assert.deepEqual(fixed.result.problems.filter((p) => p.code === 'syntax').map((p) => p.message), [], `${fix.title}\n${editorApply(text, fix.edits)}`);
      }
    } finally {
      file.tree.delete();
    }
  }
});

test('completion after `reset` and a word that starts no selector answers instead of throwing', async () => {
  const text = 'table inet t {\n\tchain c {\n\t\treset  option0  fastopen┃}\n}\n';
  const { file, result, cursor } = await fixture('nftables', text);
  try {
    assert.ok(Array.isArray(completionAt(file, cursor, { result }).items));
  } finally {
    file.tree.delete();
  }
});

test('a set declared at the top of a block whose `{` has more on its line (or lines ended by a lone CR) still parses', async () => {
  for (const text of ['table ip t {chain output {\n\t\tip daddr @s drop\n\t}\n}\n', 'table inet filter {\r\tchain prerouting {\r\t\tip daddr @s\r\t}\r}\r']) {
    const { file, result } = await fixture('nftables', text);
    try {
      const fixes = codeFixes(result, file, { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } }).filter((f) => f.problem.code === 'undefined-set');
      assert.ok(fixes.length > 0);
      for (const fix of fixes) {
        const fixed = await fixture('nftables', editorApply(text, fix.edits));
        fixed.file.tree.delete();
        assert.deepEqual(fixed.result.problems.filter((p) => p.code === 'syntax').map((p) => p.message), [], editorApply(text, fix.edits));
      }
    } finally {
      file.tree.delete();
    }
  }
});

test('an abbreviation of both --match and a module option is only fixed to the module option (the fix keeps the rule parseable)', async () => {
  const { file, result } = await fixture('iptables', '*filter\n:INPUT ACCEPT [0:0]\n-A INPUT -m set --ma\uFFFDtch-set whitelist src -j ACCEPT\nCOMMIT\n');
  try {
    const problem = result.problems.find((p) => p.code === 'unknown-option');
    assert.ok(problem, 'the ambiguous abbreviation is reported');
    const titles = codeFixes(result, file, problem.location.range).filter((f) => f.problem === problem).map((f) => f.title);
    assert.deepEqual(titles, ["Change to '--match-set'"]);
  } finally {
    file.tree.delete();
  }
});

test('an undefined chain named with a megabyte is checked without a matrix of its length squared (it ran out of memory)', async () => {
  const name = 'C'.repeat(1 << 20);
  const { file, result } = await fixture('iptables', `*filter\n:${name} - [0:0]\n-A ${name} -j ${'D'.repeat(1 << 20)}\nCOMMIT\n`);
  file.tree.delete();
  assert.ok(result.problems.some((p) => p.code === 'undefined-chain'));
});

test('the banded edit distance equals the whole matrix within its limit and says "more" beyond it', () => {
  const full = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
    return d[a.length][b.length];
  };
  let seed = 7;
  const word = (): string => Array.from({ length: (seed = (seed * 1103515245 + 12345) % 2147483648) % 9 }, (_, k) => 'abc'[(seed >> (k + 3)) % 3]).join('');
  for (let n = 0; n < 3000; n++) {
    const [a, b] = [word(), word()];
    const exact = full(a, b);
    for (const limit of [0, 1, 2, 3, 10]) assert.equal(editDistance(a, b, limit), Math.min(exact, limit + 1), `${a} ${b} ${limit}`);
    assert.equal(editDistance(a, b), exact);
  }
  assert.equal(editDistance('ACCPET', 'ACCEPT', 2), 1);
});

test('anonymous chains nested thousands deep are read to a depth and reported, not lowered until the stack overflows', async () => {
  const deep = 4_000;
  const text = `table inet t {\n\tchain c {\n\t\t${'tcp dport 1 jump { '.repeat(deep)}accept${' }'.repeat(deep)}\n\t}\n}\n`;
  const { file, result } = await fixture('nftables', text);
  try {
    const depth = result.problems.filter((p) => p.code === 'jump-depth');
    assert.equal(depth.length, 1);
    assert.match(depth[0].message, /nested more than 64 deep/);
    const ranges = selectionRanges(file, [{ line: 2, character: text.split('\n')[2].indexOf('accept') }])[0];
    assert.ok(ranges.length > 0 && ranges.length <= 200, `${ranges.length} selection levels`);
  } finally {
    file.tree.delete();
  }
});

test('completion at the end of an iptables line loading a module a hundred thousand times answers at once, each option once', async () => {
  const line = `-A INPUT ${'-m mark --mark 1 '.repeat(100_000)}-m mark `;
  const { file, result } = await fixture('iptables', `*filter\n${line}\nCOMMIT\n`);
  try {
    const started = performance.now();
    const items = completionAt(file, { line: 1, character: line.length }, { result }).items;
    const elapsed = performance.now() - started;
    assert.equal(items.filter((i) => i.label === '--mark').length, 1);
    // Quadratic reading took tens of seconds here; linear reading takes milliseconds (a generous bound for a busy machine).
    assert.ok(elapsed < 5_000, `${elapsed.toFixed(0)} ms`);
  } finally {
    file.tree.delete();
  }
});

test('a fix never cuts a CRLF: removing a stray unclosed quote at the end of a line stops before the CR', async () => {
  const text = '*filter\r\n:syn - [0:0]\r\n-A syn -p tcp -m limit --limit 25/s      "     ec --limit-burst 50 -j RETURN\r\nCOMMIT\r\n';
  const { file, result } = await fixture('iptables', text);
  try {
    const problem = result.problems.find((p) => p.code === 'unexpected-argument');
    assert.ok(problem, 'the stray words are reported');
    const fix = codeFixes(result, file, problem.location.range).find((f) => f.title === 'Remove the extra argument');
    assert.ok(fix);
    const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => (m.index as number) + 1)];
    for (const edit of fix.edits) {
      for (const p of [edit.range.start, edit.range.end]) {
        const at = starts[p.line] + p.character;
        assert.ok(!(text[at - 1] === '\r' && text[at] === '\n'), `${p.line}:${p.character} lies between CR and LF`);
      }
    }
    const fixed = editorApply(text, fix.edits);
    assert.equal(fixed, '*filter\r\n:syn - [0:0]\r\n-A syn -p tcp -m limit --limit 25/s\r\nCOMMIT\r\n');
  } finally {
    file.tree.delete();
  }
});

test('declaring a missing object map takes its key and object type from the rule (quota name ip saddr map @m)', async () => {
  const text = 'table inet x {\n\tquota q { over 2000 bytes }\n\tchain y {\n\t\ttype filter hook input priority filter; policy accept;\n\t\tquota name ip saddr map @test drop\n\t}\n}\n';
  const { file, result } = await fixture('nftables', text);
  try {
    const problem = result.problems.find((p) => p.code === 'undefined-map');
    assert.ok(problem, 'the missing map is reported');
    const titles = codeFixes(result, file, problem.location.range).filter((f) => f.problem === problem).map((f) => f.title);
    assert.deepEqual(titles, ["Declare map 'test' (type ipv4_addr : quota) in table inet x"]);
  } finally {
    file.tree.delete();
  }
});

test('a define whose value is a protocol name alone parses, so the define-variable fix for `meta l4proto $p` keeps a file clean', async () => {
  // nft loads `define p = tcp`; the grammar read `tcp` as a header missing its field (seed 20261208, input 29163).
  const defined = await fixture('nftables', 'define p = tcp\ntable ip t {\n  chain c {\n    meta l4proto $p accept\n  }\n}\n');
  defined.file.tree.delete();
  assert.deepEqual(defined.result.problems.filter((p) => p.code === 'syntax').map((p) => p.message), []);
  const text = 'table ip t {\n  chain c {\n    meta l4proto $p accept\n  }\n}\n';
  const { file, result } = await fixture('nftables', text);
  try {
    const problem = result.problems.find((p) => p.code === 'undefined-variable');
    assert.ok(problem);
    const fix = codeFixes(result, file, problem.location.range).find((f) => f.problem === problem && /^Define \$p/.test(f.title));
    assert.ok(fix, 'no define fix');
    const fixed = editorApply(text, fix.edits);
    assert.match(fixed, /^define p = tcp\n/);
    const after = await fixture('nftables', fixed);
    after.file.tree.delete();
    assert.deepEqual(after.result.problems.filter((p) => p.code === 'syntax' || p.code === 'undefined-variable').map((p) => p.code), []);
  } finally {
    file.tree.delete();
  }
});

test("a '!' written after an option is moved or removed so that the rule still parses: glued to its words, or after a '!' before the option", async () => {
  const cases: [string, string][] = [
    // Glued to the option and its value: removing it alone would make the option '-obr0'.
    ['-A POSTROUTING -o!br0 -j MASQUERADE', '-A POSTROUTING ! -o br0 -j MASQUERADE'],
    // A '!' before the option already: a second one there would be '! !', which iptables refuses.
    ['-A POSTROUTING ! -o!br0 -j MASQUERADE', '-A POSTROUTING ! -o br0 -j MASQUERADE'],
    ['-A POSTROUTING ! -o ! br0 -j MASQUERADE', '-A POSTROUTING ! -o br0 -j MASQUERADE'],
    ['-A POSTROUTING -o ! br0 -j MASQUERADE', '-A POSTROUTING ! -o br0 -j MASQUERADE'],
  ];
  for (const [rule, fixed] of cases) {
    const text = `*nat\n:POSTROUTING ACCEPT [0:0]\n${rule}\nCOMMIT\n`;
    const { file, result } = await fixture('iptables', text);
    try {
      const problem = result.problems.find((p) => p.code === 'misplaced-negation');
      assert.ok(problem, rule);
      const fix = codeFixes(result, file, problem.location.range).find((f) => f.problem === problem);
      assert.ok(fix, rule);
      const after = editorApply(text, fix.edits);
      assert.equal(after.split('\n')[2], fixed, rule);
      const again = await fixture('iptables', after);
      try {
        assert.deepEqual(again.result.problems.map((p) => p.code), [], `${rule} → ${fixed}`);
      } finally {
        again.file.tree.delete();
      }
    } finally {
      file.tree.delete();
    }
  }
});
