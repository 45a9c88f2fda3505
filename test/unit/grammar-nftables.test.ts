/**
 * The nftables grammar through the same WASM loader the server uses: the tree shape the model is lowered from
 * (node types and fields), error tolerance, and the highlight query shipped with the grammar.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Query } from 'web-tree-sitter';
import { initParsers, language } from '../../server/src/syntax/parser';
import { all, errorLines, field, one, withTree } from './tree-helpers';

const GRAMMAR_DIR = path.resolve(__dirname, '..', '..', '..', 'tree-sitter-nftables');

before(async () => {
  await initParsers(['nftables']);
});

test('a table holds a chain whose declarations and rules are separate nodes', () => {
  const text = [
    'table inet filter {',
    '  chain input {',
    '    type filter hook input priority filter + 5; policy drop;',
    '    ct state established,related accept',
    '    tcp dport { 22, 443 } counter accept comment "admin"',
    '  }',
    '}',
  ].join('\n');
  withTree('nftables', text, (tree) => {
    assert.deepEqual(errorLines(tree), []);
    const table = one(tree.rootNode, 'table');
    assert.equal(field(table, 'family'), 'inet');
    assert.equal(field(table, 'name'), 'filter');
    const chain = one(table, 'chain');
    assert.equal(field(chain, 'name'), 'input');
    const hook = one(chain, 'chain_type_declaration');
    assert.equal(field(hook, 'type'), 'filter');
    assert.equal(field(hook, 'hook'), 'input');
    const priority = hook.childForFieldName('priority');
    assert.ok(priority);
    assert.equal(field(priority, 'base'), 'filter');
    assert.equal(field(priority, 'operator'), '+');
    assert.equal(field(priority, 'offset'), '5');
    assert.equal(field(one(chain, 'policy_declaration'), 'policy'), 'drop');
    const rules = all(chain, 'rule');
    assert.equal(rules.length, 2);
    assert.deepEqual(rules[1].namedChildren.map((n) => n?.type),
      ['match_expression', 'counter_statement', 'verdict_statement', 'string']);
    assert.equal(field(rules[1], 'comment'), '"admin"');
  });
});

test('a match has a selector on the left, an optional operator and a value on the right', () => {
  withTree('nftables', 'table ip t { chain c { ip saddr != 10.0.0.0/8 meta mark & 0xff 0x1 } }', (tree) => {
    const [address, mark] = all(tree.rootNode, 'match_expression');
    const left = address.childForFieldName('left');
    assert.equal(left?.type, 'payload_expression');
    assert.equal(left && field(left, 'protocol'), 'ip');
    assert.equal(left && field(left, 'field'), 'saddr');
    assert.equal(field(address, 'operator'), '!=');
    assert.equal(address.childForFieldName('right')?.type, 'prefix_expression');
    assert.equal(mark.childForFieldName('left')?.type, 'binary_expression');
    assert.equal(mark.childForFieldName('operator'), null);
    assert.equal(field(mark, 'right'), '0x1');
  });
});

test('jumps, verdict maps, set references and variables are their own nodes', () => {
  const text = 'table inet t { chain c { ip saddr @blocked drop\n ip saddr $lan jump lan_in\n' +
    'tcp dport vmap { 22 : accept, 80 : goto web } } }';
  withTree('nftables', text, (tree) => {
    assert.deepEqual(errorLines(tree), []);
    assert.equal(one(tree.rootNode, 'set_reference').text, '@blocked');
    assert.equal(one(tree.rootNode, 'variable').text, '$lan');
    const jump = all(tree.rootNode, 'verdict_statement').find((n) => field(n, 'verdict') === 'jump');
    assert.equal(jump && field(jump, 'chain'), 'lan_in');
    const vmap = one(tree.rootNode, 'vmap_statement');
    assert.equal(vmap.childForFieldName('map')?.type, 'set_expression');
    const targets = all(vmap, 'verdict_expression').map((n) => [field(n, 'verdict'), field(n, 'chain')]);
    assert.deepEqual(targets, [['accept', undefined], ['goto', 'web']]);
  });
});

test('sets keep each property and element with its options', () => {
  const text = 'table ip t {\n set s {\n  type ipv4_addr . inet_service\n  flags interval,timeout\n' +
    '  elements = { 10.0.0.1 . 22 timeout 1h comment "x",\n   10.0.0.0/8 . 80 }\n }\n}\n';
  withTree('nftables', text, (tree) => {
    assert.deepEqual(errorLines(tree), []);
    const set = one(tree.rootNode, 'set');
    assert.equal(field(set, 'name'), 's');
    assert.equal(field(one(set, 'type_declaration'), 'key'), 'ipv4_addr . inet_service');
    const elements = all(set, 'element');
    assert.equal(elements.length, 2);
    assert.equal(elements[0].childForFieldName('key')?.type, 'concatenation');
    assert.equal(field(elements[0], 'timeout'), '1h');
    assert.equal(field(elements[0], 'comment'), '"x"');
  });
});

test('commands name their verb, object kind, table, chain and position', () => {
  withTree('nftables', 'insert rule inet t input position 4 tcp dport 22 accept\ndelete rule inet t input handle 9\n', (tree) => {
    const [insert, remove] = all(tree.rootNode, 'command');
    assert.equal(field(insert, 'verb'), 'insert');
    assert.equal(field(insert, 'kind'), 'rule');
    assert.equal(field(insert, 'family'), 'inet');
    assert.equal(field(insert, 'table'), 't');
    assert.equal(field(insert, 'chain'), 'input');
    assert.equal(field(insert, 'position'), '4');
    assert.equal(insert.childForFieldName('rule')?.type, 'rule');
    assert.equal(field(remove, 'handle'), '9');
    assert.equal(remove.childForFieldName('rule'), null);
  });
});

test('define and include keep their name, value and path', () => {
  withTree('nftables', 'define lan = { 10.0.0.0/8, 192.168.0.0/16 }\ninclude "rules/*.nft"\n', (tree) => {
    const define = one(tree.rootNode, 'define');
    assert.equal(field(define, 'name'), 'lan');
    assert.equal(define.childForFieldName('value')?.type, 'set_expression');
    assert.equal(field(one(tree.rootNode, 'include'), 'path'), '"rules/*.nft"');
  });
});

test('a broken rule stays on its line and the following rules still parse', () => {
  const text = 'table inet t {\n chain c {\n  tcp dport 22 accept\n  ip saddr ) accept\n  udp dport 53 accept\n }\n}\n';
  withTree('nftables', text, (tree) => {
    assert.deepEqual(errorLines(tree), [4]);
    const clean = all(tree.rootNode, 'rule').filter((rule) => !rule.hasError).map((rule) => rule.text);
    assert.ok(clean.includes('tcp dport 22 accept'));
    assert.ok(clean.includes('udp dport 53 accept'));
  });
});

test('highlight query captures keywords, selectors, names and literals', () => {
  const source = readFileSync(path.join(GRAMMAR_DIR, 'queries', 'highlights.scm'), 'utf8');
  const query = new Query(language('nftables'), source);
  withTree('nftables', 'table inet t { chain c { tcp dport 22 jump web # ssh\n } }', (tree) => {
    const captured = new Map<string, string>();
    for (const capture of query.captures(tree.rootNode)) captured.set(capture.node.text, capture.name);
    assert.equal(captured.get('table'), 'keyword');
    assert.equal(captured.get('inet'), 'type.builtin');
    assert.equal(captured.get('tcp'), 'type');
    assert.equal(captured.get('dport'), 'property');
    assert.equal(captured.get('22'), 'number');
    assert.equal(captured.get('jump'), 'keyword.control');
    assert.equal(captured.get('web'), 'function');
    assert.equal(captured.get('# ssh'), 'comment');
  });
  query.delete();
});
