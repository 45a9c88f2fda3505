// `nfrules trace` as a user runs it: mixed files form one ruleset, the JSON shape, 1-based lines, exit statuses.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';

const CLI = path.join(__dirname, '../../server/src/cli.js');
const dir = mkdtempSync(path.join(tmpdir(), 'nfrules-trace-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const full = path.join(dir, name);
  writeFileSync(full, text);
  return full;
}

function trace(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, 'trace', ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const NFT = file('policy.nft', `table inet host {
\tchain input {
\t\ttype filter hook input priority 10; policy drop;
\t}
}
`);
const IPT = file('rules.v4', `*filter
:INPUT ACCEPT [0:0]
-A INPUT -j ACCEPT
COMMIT
`);

describe('nfrules trace', () => {
  it('traces over iptables and nft files as one ruleset, in priority order, with 1-based lines', () => {
    const run = trace(IPT, NFT, '--packet', 'tcp 198.51.100.7:40000 > 192.0.2.1:22 iif eth0 S new', '--format', 'json');
    assert.equal(run.code, 1, run.stderr);
    const answer = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(answer), ['verdict', 'delivered', 'assumptions', 'steps']);
    assert.equal(answer.verdict, 'drop');
    assert.equal(answer.delivered, 'dropped');
    assert.deepEqual(answer.steps, [
      { hook: 'input', family: 'ip', table: 'filter', chain: 'INPUT', priority: 0, rule: { file: IPT, line: 3, text: '-A INPUT -j ACCEPT' }, matched: true, verdict: 'accept' },
      { hook: 'input', family: 'inet', table: 'host', chain: 'input', priority: 10, rule: null, matched: true, verdict: 'drop' },
    ]);
  });

  it('prints a readable trace and exits 0 when the packet gets through', () => {
    const run = trace(IPT, '--packet', '{"family":"ip","protocol":"udp","dport":53}');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /^packet: udp /);
    assert.match(run.stdout, /rules\.v4:3 {2}-A INPUT -j ACCEPT {2}→ accept/);
    assert.match(run.stdout, /verdict: accept, delivered to a local socket/);
  });

  it('exits 2 with the reason on a bad packet, a bad option or a missing file', () => {
    const bad = trace(IPT, '--packet', '{"protocol":"tcp","dport":99999}');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad --packet: "dport" must be an integer from 0 to 65535/);
    assert.equal(bad.stdout, '');
    assert.equal(trace(IPT).code, 2);
    assert.match(trace(IPT, '--packet', 'tcp', '--assume', 'maybe').stderr, /--assume must be match or no-match/);
    assert.match(trace(path.join(dir, 'missing.nft'), '--packet', 'tcp').stderr, /cannot read .*missing\.nft/);
    assert.match(trace(IPT, '--packet', 'tcp', '--local', 'not-an-address').stderr, /local address "not-an-address"/);
  });
});
