/**
 * The iptables grammar through the same WASM loader the server uses: the tree shape the model is lowered from
 * (node types and fields), error tolerance, and the editor queries shipped with the grammar.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Query } from 'web-tree-sitter';
import { initParsers, language, parse } from '../../server/src/syntax/parser';
import type { SyntaxNode } from '../../server/src/syntax/parser';
import { all, errorLines, field, one, withTree } from './tree-helpers';

const GRAMMAR_DIR = path.resolve(__dirname, '..', '..', '..', 'tree-sitter-iptables');

before(async () => {
  await initParsers(['iptables']);
});

test('a table block holds its chain declarations, rules and COMMIT', () => {
  withTree('iptables', '# saved\n*filter\n:INPUT DROP [12:345]\n:user - [0:0]\n-A INPUT -j user\nCOMMIT\n', (tree) => {
    const table = one(tree.rootNode, 'table');
    assert.equal(field(table, 'name'), 'filter');
    assert.equal(field(table, 'commit'), 'COMMIT');
    const [input, user] = all(table, 'chain_declaration');
    assert.equal(field(input, 'name'), 'INPUT');
    assert.equal(field(input, 'policy'), 'DROP');
    const counters = input.childForFieldName('counters');
    assert.equal(counters?.type, 'counters');
    assert.equal(counters && field(counters, 'packets'), '12');
    assert.equal(counters && field(counters, 'bytes'), '345');
    assert.equal(field(user, 'policy'), '-');
    assert.equal(one(table, 'rule').parent?.type, 'table');
  });
});

test('a rule exposes command, chain, position, counters and its items in order', () => {
  withTree('iptables', '*filter\n[3:180] -I INPUT 2 -p tcp -m tcp --dport 22 -j LOG --log-prefix "ssh: "\nCOMMIT\n', (tree) => {
    const rule = one(tree.rootNode, 'rule');
    assert.equal(field(rule, 'command'), '-I');
    assert.equal(field(rule, 'chain'), 'INPUT');
    assert.equal(field(rule, 'position'), '2');
    assert.equal(rule.childForFieldName('counters')?.type, 'counters');
    const items = rule.namedChildren.filter((n): n is SyntaxNode => n !== null && ['option', 'match', 'target'].includes(n.type));
    assert.deepEqual(items.map((n) => n.type), ['option', 'match', 'option', 'target', 'option']);
    const match = one(rule, 'match');
    assert.equal(field(match, 'flag'), '-m');
    assert.equal(field(match, 'module'), 'tcp');
    const target = one(rule, 'target');
    assert.equal(field(target, 'flag'), '-j');
    assert.equal(field(target, 'name'), 'LOG');
    const prefix = items[4];
    assert.equal(field(prefix, 'name'), '--log-prefix');
    assert.equal(prefix.childForFieldName('argument')?.type, 'string');
  });
});

test('an option lists every argument, and -m/-j long forms are match and target', () => {
  withTree('iptables', '*filter\n--append INPUT --match tcp --tcp-flags SYN,ACK SYN --goto other\nCOMMIT\n', (tree) => {
    const option = one(tree.rootNode, 'option');
    assert.equal(field(option, 'name'), '--tcp-flags');
    assert.deepEqual(option.childrenForFieldName('argument').map((n) => n?.text), ['SYN,ACK', 'SYN']);
    assert.equal(field(one(tree.rootNode, 'match'), 'module'), 'tcp');
    assert.equal(field(one(tree.rootNode, 'target'), 'flag'), '--goto');
  });
});

test('negation before the option name and after it are both marked, with their position', () => {
  withTree('iptables', '*filter\n-A INPUT ! -s 10.0.0.0/8 -p tcp --dport ! 22 --syn ! -d 1.2.3.4\nCOMMIT\n', (tree) => {
    const negated = all(tree.rootNode, 'option').filter((o) => o.childForFieldName('negation'));
    assert.deepEqual(negated.map((o) => field(o, 'name')), ['-s', '--dport', '-d']);
    const before = negated.map((o) => (o.childForFieldName('negation')?.startIndex ?? 0) < (o.childForFieldName('name')?.startIndex ?? 0));
    assert.deepEqual(before, [true, false, true]);
    const syn = all(tree.rootNode, 'option').find((o) => field(o, 'name') === '--syn');
    assert.equal(syn?.childForFieldName('negation'), null);
    assert.deepEqual(errorLines(tree), []);
  });
});

test('comments are whole lines; a # inside a rule is an argument as iptables-restore takes it', () => {
  withTree('iptables', '# top\n*filter\n  # inside\n-A INPUT -m comment --comment #x -j ACCEPT\nCOMMIT\n', (tree) => {
    assert.deepEqual(all(tree.rootNode, 'comment').map((c) => c.text), ['# top', '# inside']);
    assert.equal(one(tree.rootNode, 'target').childForFieldName('name')?.text, 'ACCEPT');
    assert.deepEqual(all(tree.rootNode, 'word').map((w) => w.text), ['#x']);
  });
  withTree('iptables', '*filter\n-A INPUT -j ACCEPT # ssh\nCOMMIT\n', (tree) => assert.deepEqual(errorLines(tree), [2]));
});

test('getopt --name=value form gives the value as the first argument', () => {
  withTree('iptables', '*filter\n-A INPUT -p tcp --dport=22 --tcp-flags=SYN,ACK SYN\nCOMMIT\n', (tree) => {
    const [, dport, flags] = all(tree.rootNode, 'option');
    assert.equal(field(dport, 'name'), '--dport');
    assert.deepEqual(dport.childrenForFieldName('argument').map((n) => n?.text), ['22']);
    assert.deepEqual(flags.childrenForFieldName('argument').map((n) => n?.text), ['SYN,ACK', 'SYN']);
  });
});

test('chain commands carry their operands in fields', () => {
  withTree('iptables', '*filter\n-N new\n-P INPUT DROP\n-E old fresh\n-Z INPUT 3\n-X\nCOMMIT\n', (tree) => {
    const commands = all(tree.rootNode, 'chain_command');
    assert.deepEqual(commands.map((c) => field(c, 'command')), ['-N', '-P', '-E', '-Z', '-X']);
    assert.equal(field(commands[1], 'policy'), 'DROP');
    assert.equal(field(commands[2], 'new_name'), 'fresh');
    assert.equal(field(commands[3], 'position'), '3');
    assert.equal(field(commands[4], 'chain'), undefined);
  });
});

test('argument shapes stay whole words', () => {
  const args = ['1.2.3.4/255.255.0.0', '::1/128', '[dead::beef]:1025-65535', '22,80,1000:2000', '0x1/0xff', 'eth+',
    '00:11:22:aa:bb:cc', '1.1.1.1-1.1.1.9'];
  const text = `*filter\n-A INPUT ${args.map((a, i) => `--o${i} ${a}`).join(' ')}\nCOMMIT\n`;
  withTree('iptables', text, (tree) => {
    assert.deepEqual(all(tree.rootNode, 'word').map((w) => w.text), args);
  });
});

test('quoted strings keep escapes; hex strings and single quotes parse as strings', () => {
  withTree('iptables', '*filter\n-A INPUT --comment "a \\"b\\" c" --hex-string "|0d 0a|text" --c \'two words\'\nCOMMIT\n', (tree) => {
    const strings = all(tree.rootNode, 'string');
    assert.deepEqual(strings.map((s) => s.text), ['"a \\"b\\" c"', '"|0d 0a|text"', "'two words'"]);
    assert.deepEqual(all(strings[0], 'escape_sequence').map((e) => e.text), ['\\"', '\\"']);
    assert.deepEqual(errorLines(tree), []);
  });
});

test('CRLF endings, trailing whitespace and a missing final newline parse clean', () => {
  withTree('iptables', '*filter \r\n:INPUT ACCEPT [0:0]  \r\n-A INPUT -j ACCEPT\t\r\nCOMMIT', (tree) => {
    assert.deepEqual(errorLines(tree), []);
    assert.equal(field(one(tree.rootNode, 'target'), 'name'), 'ACCEPT');
    assert.equal(field(one(tree.rootNode, 'table'), 'commit'), 'COMMIT');
  });
});

test('a table without COMMIT still holds its rules and ends at the next table', () => {
  withTree('iptables', '*nat\n-A POSTROUTING -j MASQUERADE\n*filter\n-A INPUT -j DROP\n', (tree) => {
    assert.deepEqual(errorLines(tree), []);
    const tables = all(tree.rootNode, 'table');
    assert.deepEqual(tables.map((t) => field(t, 'name')), ['nat', 'filter']);
    assert.deepEqual(tables.map((t) => t.childForFieldName('commit')), [null, null]);
    assert.deepEqual(tables.map((t) => all(t, 'rule').length), [1, 1]);
  });
});

test('bad lines are errors on those lines only (adjacent bad lines may share one ERROR)', () => {
  const text = '*filter\n:INPUT ACCEPT [0:0]\nthis is garbage\n-A INPUT -j\n-A INPUT -m comment --comment "open\n-A INPUT -j ACCEPT\nCOMMIT\n';
  withTree('iptables', text, (tree) => {
    assert.deepEqual(errorLines(tree), [3, 4, 5]);
    const table = one(tree.rootNode, 'table');
    assert.equal(field(table, 'commit'), 'COMMIT');
    const lastRule = all(table, 'rule').at(-1);
    assert.equal(lastRule && field(lastRule, 'chain'), 'INPUT');
    assert.equal(lastRule?.startPosition.row, 5);
  });
});

test('a long mangled line in a large file costs only that line (web-tree-sitter recovery)', () => {
  const rule = (i: number): string => `-A FORWARD -s 10.0.${i % 250}.0/24 -d 192.168.11.0/24 -p tcp -m tcp --dport ${1000 + i} -j ACCEPT`;
  const lines = ['*filter', ':FORWARD DROP [0:0]', ...Array.from({ length: 200 }, (_, i) => rule(i)), 'COMMIT'];
  lines[100] = lines[100].replace('-A FORWARD', '-A !FORWARD');
  withTree('iptables', `${lines.join('\n')}\n`, (tree) => {
    assert.equal(tree.rootNode.type, 'source_file');
    assert.deepEqual(errorLines(tree), [101]);
    assert.equal(all(tree.rootNode, 'rule').length, 199);
  });
});

test('a rule outside any table is an error and the table after it survives', () => {
  withTree('iptables', '-A INPUT -j DROP\n*filter\n-A INPUT -j ACCEPT\nCOMMIT\n', (tree) => {
    assert.deepEqual(errorLines(tree), [1]);
    assert.equal(all(tree.rootNode, 'rule').length, 1);
  });
});

/** Captures of a query file over a fixture, as `capture:text` strings. */
function captures(queryFile: string, text: string): string[] {
  const query = new Query(language('iptables'), readFileSync(path.join(GRAMMAR_DIR, 'queries', queryFile), 'utf8'));
  try {
    const tree = parse('iptables', text);
    try {
      return query.captures(tree.rootNode).map((c) => `${c.name}:${c.node.text}`);
    } finally {
      tree.delete();
    }
  } finally {
    query.delete();
  }
}

test('highlights.scm compiles and colours every part of a rule', () => {
  const found = new Set(captures('highlights.scm',
    '# c\n*filter\n:INPUT DROP [1:2]\n-A INPUT ! -s 10.0.0.0/8 -m comment --comment "x\\"y" --dport 22 -j ACCEPT\nCOMMIT\n'));
  for (const expected of ['comment:# c', 'namespace:filter', 'type.definition:INPUT', 'constant.builtin:DROP',
    'number:1', 'keyword:-A', 'type:INPUT', 'operator:!', 'property:-s', 'variable.parameter:10.0.0.0/8',
    'keyword:-m', 'module:comment', 'string:"x\\"y"', 'string.escape:\\"', 'number:22', 'keyword:-j',
    'constant.builtin:ACCEPT', 'keyword:COMMIT']) {
    assert.ok(found.has(expected), `missing highlight ${expected}`);
  }
});

test('folds.scm folds each table and locals.scm links chain definitions and references', () => {
  const text = '*filter\n:user - [0:0]\n-A INPUT -j user\nCOMMIT\n*nat\nCOMMIT\n';
  assert.deepEqual(captures('folds.scm', text), ['fold:*filter\n:user - [0:0]\n-A INPUT -j user\nCOMMIT', 'fold:*nat\nCOMMIT']);
  const locals = captures('locals.scm', text);
  assert.ok(locals.includes('local.definition:user'));
  assert.ok(locals.includes('local.reference:user'));
  assert.ok(locals.includes('local.reference:INPUT'));
});
