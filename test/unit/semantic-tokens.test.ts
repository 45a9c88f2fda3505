import assert from 'node:assert/strict';
import { test } from 'node:test';
import { semanticTokens } from '../../server/src/features/semantic-tokens';
import { workspace } from './workspace-fixture';

/** The tokens of one line of the root file as `text:type(+modifier)`. */
async function tokensOf(files: Record<string, string>, lineText: string): Promise<string[]> {
  const ws = await workspace(files);
  try {
    const lines = ws.root.text.split('\n');
    const line = lines.findIndex((l) => l.includes(lineText));
    assert.ok(line >= 0, `no line with ${lineText}`);
    return semanticTokens(ws.root, ws.index.all()).filter((t) => t.line === line)
      .map((t) => `${lines[line].slice(t.character, t.character + t.length)}:${[t.type, ...t.modifiers].join('+')}`);
  } finally {
    ws.dispose();
  }
}

const NFT = 'define ports = { 22, 80 }\ntable inet t {\n\tset blocked {\n\t\ttype ipv4_addr\n\t}\n\tchain input {\n\t\ttype filter hook input priority 0; policy drop;\n\t\tip saddr @blocked drop # bad hosts\n\t\ttcp dport $ports ct state established jump ssh\n\t}\n\tchain ssh {\n\t}\n}\n';

test('nft: keywords, selector fields, values, numbers, and names from the index', async () => {
  assert.deepEqual(await tokensOf({ 'main.nft': NFT }, 'tcp dport $ports'), [
    'tcp:keyword', 'dport:property', '$ports:variable', 'ct:keyword', 'state:property', 'established:enumMember', 'jump:keyword', 'ssh:function',
  ]);
  assert.deepEqual(await tokensOf({ 'main.nft': NFT }, 'ip saddr @blocked'), ['ip:keyword', 'saddr:property', '@blocked:class', 'drop:keyword', '# bad hosts:comment']);
  assert.deepEqual(await tokensOf({ 'main.nft': NFT }, 'chain ssh'), ['chain:keyword', 'ssh:function+declaration']);
  assert.deepEqual(await tokensOf({ 'main.nft': NFT }, 'define ports'), ['define:keyword', 'ports:variable+declaration', '22:number', '80:number']);
  assert.deepEqual(await tokensOf({ 'main.nft': NFT }, 'table inet t'), ['table:keyword', 'inet:keyword', 't:namespace+declaration']);
});

test('iptables: options, modules, targets, chains (built-in ones marked) and values', async () => {
  const text = '*filter\n:INPUT DROP [0:0]\n:web - [0:0]\n-A INPUT -p tcp -m multiport --dports 80,443 -s 10.0.0.0/8 -j web\n-A web -j LOG --log-prefix "web "\nCOMMIT\n';
  assert.deepEqual(await tokensOf({ 'rules.v4': text }, '-A INPUT'), [
    '-A:keyword', 'INPUT:function+defaultLibrary', '-p:parameter', 'tcp:enumMember', '-m:keyword', 'multiport:type',
    '--dports:parameter', '80,443:number', '-s:parameter', '10.0.0.0/8:number', '-j:keyword', 'web:function',
  ]);
  assert.deepEqual(await tokensOf({ 'rules.v4': text }, '-A web'), ['-A:keyword', 'web:function', '-j:keyword', 'LOG:macro', '--log-prefix:parameter', '":string', 'web :string', '":string']);
  assert.deepEqual(await tokensOf({ 'rules.v4': text }, ':web'), ['web:function+declaration', '0:number', '0:number']);
});
