/**
 * The iptables target catalog, core options and tables: completeness of the data, lookups, a live comparison with
 * `-j NAME -h` on this machine, and the table/hook limits checked against the kernel in a throwaway network
 * namespace (each live part skips itself when iptables, or root for namespaces, is missing).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  CORE_OPTIONS, IPT_TABLES, IPT_TARGETS, findOption, findTarget, isBuiltinChain,
} from '../../server/src/catalog/iptables';
import type { IptExtension } from '../../server/src/catalog/iptables/types';
import { FIELDS } from '../../server/src/model/fields';
import { helpOptions, installedExtensions, xtablesDir } from '../../scripts/catalog-coverage';

const hasIptables = spawnSync('iptables', ['-V']).status === 0;
const isRoot = process.getuid?.() === 0;

test('every target has summary, doc, example, module and terminal set', () => {
  for (const t of IPT_TARGETS) {
    assert.equal(t.kind, 'target', t.name);
    assert.ok(t.summary.length > 5 && t.doc.length > 40, `${t.name}: docs`);
    assert.ok(t.kernelModule.length > 0, `${t.name}: kernelModule`);
    assert.equal(typeof t.terminal, 'boolean', `${t.name}: terminal`);
    assert.match(t.example, /^-A \S+ /, `${t.name}: example is a rule line`);
    assert.ok(t.example.includes(`-j ${t.name}`), `${t.name}: example uses -j ${t.name}`);
    for (const o of t.options) {
      assert.match(o.name, /^--[a-z0-9][a-z0-9-]*$/, `${t.name} ${o.name}`);
      assert.ok(o.doc.length > 5, `${t.name} ${o.name}: doc`);
      if (o.value === 'none') assert.equal(o.argCount, 0, `${t.name} ${o.name}: flag`);
      if (o.field) assert.ok(o.field in FIELDS, `${t.name} ${o.name}: field`);
      for (const c of o.conflicts ?? []) assert.ok(t.options.some((x) => x.name === c), `${t.name} ${o.name}: conflict ${c}`);
    }
  }
});

test('one entry per name and family; lookups honour family and aliases', () => {
  const keys = IPT_TARGETS.flatMap((t) => t.families.map((f) => `${t.name}/${f}`));
  assert.equal(new Set(keys).size, keys.length);
  assert.ok(findTarget('REJECT', 'ipv6')?.options[0].values?.includes('icmp6-adm-prohibited'));
  assert.ok(findTarget('REJECT', 'ipv4')?.options[0].values?.includes('icmp-host-prohibited'));
  assert.equal(findTarget('TTL', 'ipv6'), undefined);
  assert.equal(findTarget('HL', 'ipv6')?.name, 'HL');
  assert.equal(findOption(findTarget('DNAT', 'ipv4'), '--to')?.name, '--to-destination');
  assert.equal(findOption(undefined, '-s')?.field, 'saddr');
  assert.equal(findOption(undefined, '--dst')?.field, 'daddr');
  assert.equal(findOption(findTarget('LOG', 'ipv4'), '--log-prefix')?.maxLength, 29);
  assert.equal(findOption(findTarget('NFLOG', 'ipv4'), '--nflog-prefix')?.maxLength, 63);
  assert.equal(findTarget('NOTRACK', 'ipv4')?.deprecated?.replacement, 'CT --notrack');
  assert.ok(IPT_TARGETS.filter((t) => t.xtablesAddons).length >= 10);
});

test('kernel placement limits of the important targets', () => {
  const where = (n: string): string => {
    const t = findTarget(n, 'ipv4') ?? findTarget(n, 'ipv6') as IptExtension;
    return `${t.tables?.join(',') ?? '*'} ${t.hooks?.join(',') ?? '*'}`;
  };
  assert.equal(where('DNAT'), 'nat prerouting,output');
  assert.equal(where('SNAT'), 'nat postrouting,input');
  assert.equal(where('MASQUERADE'), 'nat postrouting');
  assert.equal(where('REDIRECT'), 'nat prerouting,output');
  assert.equal(where('TPROXY'), 'mangle prerouting');
  assert.equal(where('REJECT'), 'filter input,forward,output');
  assert.equal(where('CT'), 'raw *');
  assert.deepEqual(findTarget('TPROXY', 'ipv4')?.requiresProtocol, ['tcp', 'udp']);
});

test('core options and tables', () => {
  for (const o of CORE_OPTIONS) assert.ok(o.doc.length > 10, o.name);
  for (const short of ['-p', '-s', '-d', '-i', '-o', '-f', '-m', '-j', '-g', '-c', '-4', '-6', '-w']) {
    assert.ok(findOption(undefined, short), short);
  }
  const prio = (t: string, c: string): number | undefined => IPT_TABLES.find((x) => x.name === t)?.chains.find((x) => x.name === c)?.priority;
  assert.equal(prio('raw', 'PREROUTING'), -300);
  assert.equal(prio('mangle', 'FORWARD'), -150);
  assert.equal(prio('nat', 'PREROUTING'), -100);
  assert.equal(prio('nat', 'INPUT'), 100);
  assert.equal(prio('nat', 'OUTPUT'), -100);
  assert.equal(prio('filter', 'INPUT'), 0);
  assert.equal(prio('security', 'OUTPUT'), 50);
  assert.equal(isBuiltinChain('filter', 'PREROUTING'), false);
  assert.equal(isBuiltinChain('raw', 'OUTPUT'), true);
});

test('live: every option `-j NAME -h` lists is in the catalog', { skip: !hasIptables || !xtablesDir() }, () => {
  const targets = installedExtensions(xtablesDir() as string).filter((e) => e.kind === 'target');
  assert.ok(targets.length > 30);
  for (const ext of targets) {
    const listed = helpOptions(ext);
    if (listed === undefined) continue;
    const entry = findTarget(ext.name, ext.family);
    assert.ok(entry, `${ext.name}/${ext.family} missing from the catalog`);
    for (const o of listed) assert.ok(findOption(entry, o), `${ext.name}/${ext.family}: ${o} missing`);
  }
});

/** A mangle chain whose hook the target does not allow. */
function wrongHookChain(t: IptExtension): string {
  const hooks = ['prerouting', 'input', 'forward', 'output', 'postrouting'] as const;
  return (hooks.find((h) => !t.hooks?.includes(h)) ?? 'input').toUpperCase();
}

/** Loads one rule into a namespace; returns the tool's error text or '' on success. */
function load(ns: string, family: 'ipv4' | 'ipv6', table: string, rule: string): string {
  const tool = family === 'ipv4' ? 'iptables-restore' : 'ip6tables-restore';
  const r = spawnSync('ip', ['netns', 'exec', ns, tool, '--noflush'], { input: `*${table}\n${rule}\nCOMMIT\n`, encoding: 'utf8' });
  return r.status === 0 ? '' : (r.stderr || 'failed');
}

test('live: the kernel accepts each limited target where the catalog allows it and refuses it elsewhere',
  { skip: !hasIptables || !isRoot }, () => {
    const ns = `nfrules-cat-${process.pid}`;
    execFileSync('ip', ['netns', 'add', ns]);
    let checked = 0;
    try {
      for (const t of IPT_TARGETS) {
        if ((!t.tables && !t.hooks) || t.deprecated || t.xtablesAddons || ['SECMARK', 'CONNSECMARK'].includes(t.name)) continue;
        const family = t.families[0];
        const chain = /^-A (\S+)/.exec(t.example)?.[1] as string;
        const table = t.tables?.[0] ?? 'mangle';
        if (!isBuiltinChain(table, chain)) continue;
        assert.equal(load(ns, family, table, t.example), '', `${t.name} refused in ${table} ${chain}`);
        checked++;
        // Move to another table when the table is limited, otherwise to a hook outside the allowed ones.
        const wrongTable = !t.tables ? table : t.tables.includes('filter') ? 'raw' : 'filter';
        const wrongChain = !t.tables ? wrongHookChain(t) : wrongTable === 'raw' ? 'PREROUTING'
          : chain === 'POSTROUTING' || chain === 'PREROUTING' ? 'FORWARD' : chain;
        // The nf_tables backend turns TRACE into nftrace, which every table accepts; only xt_TRACE refuses.
        if (!isBuiltinChain(wrongTable, wrongChain) || t.name === 'TRACE') continue;
        const moved = t.example.replace(/^-A \S+/, `-A ${wrongChain}`);
        assert.notEqual(load(ns, family, wrongTable, moved), '', `${t.name} accepted in ${wrongTable} ${wrongChain}`);
      }
      assert.ok(checked >= 15, `only ${checked} targets checked`);
    } finally {
      execFileSync('ip', ['netns', 'del', ns]);
    }
  });
