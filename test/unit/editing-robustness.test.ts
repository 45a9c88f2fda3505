/** Every editing feature survives hostile input: deep nesting, binary noise, half-written files, CRLF, NUL bytes. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeLenses } from '../../server/src/features/code-lens';
import { documentLinks } from '../../server/src/features/document-links';
import { foldingRanges } from '../../server/src/features/folding';
import { formatEdits, formatText } from '../../server/src/features/format';
import { inlayHints } from '../../server/src/features/inlay-hints';
import { definitionAt, referencesAt } from '../../server/src/features/navigation';
import { prepareRename } from '../../server/src/features/rename';
import { selectionRanges } from '../../server/src/features/selection-ranges';
import { semanticTokens } from '../../server/src/features/semantic-tokens';
import { documentSymbols } from '../../server/src/features/symbols';
import { inkOf } from '../../server/src/features/format-tokens';
import { workspace } from './workspace-fixture';

/** A deterministic pseudo-random generator (no flaky inputs). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const INPUTS: Record<string, string> = {
  'deep sets': `define x = ${'{ '.repeat(6000)}1${' }'.repeat(6000)}\n`,
  'deep blocks': `${'table ip t { chain c { jump { '.repeat(800)}accept${' } } }'.repeat(800)}\n`,
  'half a table': 'table inet t {\n\tchain c {\n\t\ttype filter hook input priority\n\t\ttcp dport { 22,\n',
  'CRLF and NUL': 'table ip t {\r\n\tchain c {\r\n\t\taccept \u0000\r\n\t}\r\n}\r\n',
  'iptables noise': '*filter\n:INPUT ACCEPT [0:0\n-A INPUT -j\n-A "x\nCOMMIT junk\n*nat\n',
};

const noise = random(7);
INPUTS['random bytes'] = Array.from({ length: 4000 }, () => String.fromCharCode(Math.floor(noise() * 128))).join('');

for (const [name, text] of Object.entries(INPUTS)) {
  for (const file of name.startsWith('iptables') || name === 'random bytes' ? ['input.rules', 'input.nft'] : ['input.nft']) {
    test(`editing features survive ${name} (${file})`, async () => {
      const ws = await workspace({ [file]: text });
      try {
        const everywhere = { start: { line: 0, character: 0 }, end: { line: 1e6, character: 0 } };
        const middle = { line: Math.floor(text.split('\n').length / 2), character: 3 };
        documentSymbols(ws.result, ws.root);
        foldingRanges(ws.root);
        selectionRanges(ws.root, [middle]);
        semanticTokens(ws.root, ws.index.all());
        codeLenses(ws.index, ws.root, ws.sources);
        inlayHints(ws.result, ws.root, everywhere);
        documentLinks(ws.root, ws.result.ruleset, ws.host);
        definitionAt(ws.index, ws.root.uri, middle);
        referencesAt(ws.index, ws.root.uri, middle, true);
        prepareRename(ws.index, ws.root.uri, middle, ws.root.dialect);
        formatEdits(ws.root);
        // Whatever formatting does with it, it keeps every character.
        assert.equal(inkOf(formatText(ws.root)), inkOf(ws.root.text));
      } finally {
        ws.dispose();
      }
    });
  }
}
