import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentLinks } from '../../server/src/features/document-links';
import { workspace } from './workspace-fixture';

test('include paths link to the files they resolve to; globs to the first; unresolved ones do not link', async () => {
  const ws = await workspace({
    'main.nft': 'include "defs.nft"\ninclude "conf.d/*.nft"\ninclude "missing.nft"\ntable inet t {\n\tinclude "inner.nft"\n}\n',
    'defs.nft': 'define a = 1\n',
    'conf.d/10-a.nft': 'define b = 2\n',
    'conf.d/20-b.nft': 'define c = 3\n',
    'inner.nft': 'chain c {\n}\n',
  });
  try {
    const links = documentLinks(ws.root, ws.result.ruleset, ws.host);
    assert.deepEqual(ws.mark(links.map((l) => ({ uri: ws.root.uri, range: l.range }))), [
      'main.nft: include "[defs.nft]"',
      'main.nft: include "[conf.d/*.nft]"',
      'main.nft: include "[inner.nft]"',
    ]);
    assert.deepEqual(links.map((l) => l.target), [ws.uriOf('defs.nft'), ws.uriOf('conf.d/10-a.nft'), ws.uriOf('inner.nft')]);
    assert.match(links[1].tooltip, /^2 files: /);
  } finally {
    ws.dispose();
  }
});
