/**
 * The iptables match catalog: completeness of the data, and a live comparison with the match modules and their
 * `-h` output on this machine (skipped when iptables is not installed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { IPT_MATCH_EXTENSIONS } from '../../server/src/catalog/iptables/matches/index';
import type { IpFamily, IptExtension } from '../../server/src/catalog/iptables/types';
import { FIELDS } from '../../server/src/model/fields';

const XTABLES_DIRS = ['/usr/lib/x86_64-linux-gnu/xtables', '/usr/lib/aarch64-linux-gnu/xtables', '/usr/lib/xtables', '/usr/lib64/xtables'];

function byName(name: string): IptExtension | undefined {
  return IPT_MATCH_EXTENSIONS.find((e) => e.name === name);
}

test('every match has a summary, doc, example and kernel module', () => {
  for (const ext of IPT_MATCH_EXTENSIONS) {
    assert.equal(ext.kind, 'match', ext.name);
    assert.ok(ext.summary.length > 5, `${ext.name}: summary`);
    assert.ok(ext.doc.length > 20, `${ext.name}: doc`);
    assert.ok(ext.kernelModule.length > 0, `${ext.name}: kernelModule`);
    assert.ok(ext.families.length > 0, `${ext.name}: families`);
    assert.match(ext.example, /^-A \S+ /, `${ext.name}: example is an iptables-save rule line`);
    assert.ok(ext.example.includes(`-m ${ext.name}`), `${ext.name}: example uses -m ${ext.name}`);
  }
});

test('every option has a doc, and typed data is consistent', () => {
  for (const ext of IPT_MATCH_EXTENSIONS) {
    for (const opt of ext.options) {
      const where = `${ext.name} ${opt.name}`;
      assert.match(opt.name, /^--[a-z0-9][a-z0-9-]*$/, where);
      assert.ok(opt.doc.length > 5, `${where}: doc`);
      if (opt.value === 'none') assert.equal(opt.argCount, 0, `${where}: flags take no argument`);
      if (opt.value === 'enum') assert.ok(opt.values && opt.values.length > 0, `${where}: enum values`);
      if (opt.field !== undefined) assert.ok(opt.field in FIELDS, `${where}: field ${opt.field}`);
      if (opt.min !== undefined && opt.max !== undefined) assert.ok(opt.min <= opt.max, `${where}: bounds`);
      for (const fam of opt.families ?? []) assert.ok(ext.families.includes(fam), `${where}: family ${fam}`);
      for (const other of opt.conflicts ?? []) {
        assert.ok(ext.options.some((o) => o.name === other), `${where}: conflicts with unknown ${other}`);
      }
    }
  }
});

test('no duplicate extension names, option names or aliases', () => {
  const names = IPT_MATCH_EXTENSIONS.map((e) => e.name);
  assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), []);
  for (const ext of IPT_MATCH_EXTENSIONS) {
    const spellings = ext.options.flatMap((o) => [o.name, ...(o.aliases ?? [])]);
    assert.deepEqual(spellings.filter((n, i) => spellings.indexOf(n) !== i), [], ext.name);
  }
});

test('exact fields named by the catalog', () => {
  const field = (ext: string, opt: string): string | undefined =>
    byName(ext)?.options.find((o) => o.name === opt)?.field;
  assert.equal(field('tcp', '--dport'), 'dport');
  assert.equal(field('tcp', '--sport'), 'sport');
  assert.equal(field('tcp', '--syn'), 'tcp.flags');
  assert.equal(field('conntrack', '--ctstate'), 'ct.state');
  assert.equal(field('state', '--state'), 'ct.state');
  assert.equal(field('mark', '--mark'), 'mark');
  assert.equal(field('connmark', '--mark'), 'ct.mark');
  assert.equal(field('multiport', '--dports'), 'dport');
  assert.equal(field('iprange', '--src-range'), 'saddr');
  assert.equal(field('icmp', '--icmp-type'), 'icmp.type');
  assert.equal(field('owner', '--uid-owner'), 'skuid');
  assert.equal(field('mac', '--mac-source'), 'ether.saddr');
  assert.deepEqual(byName('tcp')?.requiresProtocol, ['tcp']);
  assert.ok(byName('state')?.deprecated, 'state is deprecated');
  assert.ok(byName('recent')?.doc.includes('ip_pkt_list_tot'));
  for (const name of ['recent', 'limit', 'hashlimit', 'quota', 'statistic', 'connlimit', 'string', 'connbytes', 'rateest', 'nfacct', 'time']) {
    assert.equal(byName(name)?.stateful, true, `${name} is stateful`);
  }
  assert.ok(IPT_MATCH_EXTENSIONS.filter((e) => e.xtablesAddons).length >= 10);
});

/** Options that `BINARY -m NAME -h` lists, read from the part of the help that follows the generic help. */
function helpOptions(binary: string, name: string): string[] {
  const run = (args: string[]): string => {
    try {
      return execFileSync(binary, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    } catch (err) {
      return String((err as { stdout?: string }).stdout ?? '');
    }
  };
  const generic = run(['-h']);
  const full = run(['-m', name, '-h']);
  const own = full.startsWith(generic) ? full.slice(generic.length) : full;
  return [...new Set(own.match(/--[a-z0-9][a-z0-9-]*/gi) ?? [])];
}

/** Match modules installed here: [name, binary to ask, family]. */
function installedMatches(dir: string): Array<[string, string, IpFamily]> {
  const found: Array<[string, string, IpFamily]> = [];
  for (const file of readdirSync(dir)) {
    const m = /^lib(xt|ipt|ip6t)_([a-z0-9]+)\.so$/.exec(file);
    if (!m || m[2] === 'standard') continue;
    if (m[1] !== 'ip6t') found.push([m[2], 'iptables', 'ipv4']);
    if (m[1] !== 'ipt') found.push([m[2], 'ip6tables', 'ipv6']);
  }
  return found;
}

function hasIptables(): boolean {
  try {
    execFileSync('iptables', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const xtablesDir = XTABLES_DIRS.find((d) => existsSync(d));
const skipLive = !hasIptables() ? 'iptables is not installed' : !xtablesDir ? 'no xtables extension directory found' : false;

test('live: every installed match and every option its -h lists is in the catalog', { skip: skipLive }, () => {
  const missing: string[] = [];
  let listed = 0;
  let modules = 0;
  for (const [name, binary, family] of installedMatches(xtablesDir as string)) {
    const options = helpOptions(binary, name);
    const ext = byName(name);
    if (options.length === 0 && !ext) continue; // this binary does not know the module (e.g. osf for IPv6)
    modules++;
    if (!ext) {
      missing.push(`${binary} -m ${name}`);
      continue;
    }
    for (const opt of options) {
      listed++;
      const entry = ext.options.find((o) => o.name === opt || o.aliases?.includes(opt));
      if (!entry) missing.push(`${binary} -m ${name} ${opt}`);
      else if (entry.families && !entry.families.includes(family)) missing.push(`${binary} -m ${name} ${opt} (family)`);
    }
  }
  assert.deepEqual(missing, [], 'entries missing from the catalog');
  assert.ok(modules > 60 && listed > 250, `checked ${modules} module/family pairs and ${listed} options`);
});

test('live: every mainline catalog match exists on this machine', { skip: skipLive }, () => {
  const files = readdirSync(xtablesDir as string);
  const mainline = IPT_MATCH_EXTENSIONS.filter((e) => !e.xtablesAddons && !e.aliasOf);
  const absent = mainline.filter((e) => !files.some((f) => new RegExp(`^lib(xt|ipt|ip6t)_${e.name}\\.so$`).test(f)));
  assert.deepEqual(absent.map((e) => e.name), []);
});
