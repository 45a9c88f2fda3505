import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeLenses } from '../../server/src/features/code-lens';
import { workspace } from './workspace-fixture';

async function lenses(files: Record<string, string>): Promise<string[]> {
  const ws = await workspace(files);
  try {
    return codeLenses(ws.index, ws.root, ws.sources).map((l) => `${ws.mark([{ uri: ws.root.uri, range: l.range }])[0].replace(/^[^:]+: /, '')} → ${l.title} (${l.uses.length})`);
  } finally {
    ws.dispose();
  }
}

test('nft: user chains say where they are jumped from; sets and variables count their uses; base chains get none', async () => {
  const got = await lenses({
    'main.nft': `define ports = { 22 }
table inet t {
\tset allow {
\t\ttype ipv4_addr
\t}
\tmap dispatch {
\t\ttype ifname : verdict
\t\telements = { "eth0" : jump ssh }
\t}
\tchain input {
\t\ttype filter hook input priority 0;
\t\ttcp dport $ports jump ssh
\t\tip saddr @allow goto ssh
\t\tiifname vmap @dispatch
\t}
\tchain ssh {
\t}
\tchain unused {
\t}
}
`,
  });
  assert.deepEqual(got, [
    'define [ports] = { 22 } → 1 reference (1)',
    'set [allow] { → 1 reference (1)',
    'map [dispatch] { → 1 reference (1)',
    'chain [ssh] { → 3 jumps from map dispatch, input (3)',
    'chain [unused] { → nothing jumps to this chain (0)',
  ]);
});

test('iptables: a user chain lists the chains whose rules jump to it', async () => {
  const got = await lenses({ 'rules.v4': '*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:web - [0:0]\n-A INPUT -j web\n-A FORWARD -j web\n-A web -j ACCEPT\nCOMMIT\n' });
  assert.deepEqual(got, [':[web] - [0:0] → 2 jumps from INPUT, FORWARD (2)']);
});
