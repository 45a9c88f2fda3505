/**
 * Formatting acceptance on the shared corpus: for every corpus file (both dialects) that parses clean, the
 * formatter must keep every character that is not layout, be idempotent (format(format(x)) == format(x)), give text
 * that parses clean, and give text whose model equals the original's (a location-free fingerprint: same tables,
 * chains, rules in the same order, same matches, statements and verdicts). Prints N/N per dialect and property,
 * lists failures, exits 1 on any.
 *
 * usage: node out/scripts/format-acceptance.js [--corpus DIR] [--verbose] [--kernel]
 *   --kernel  also loads each changed file the real tool accepted, and its formatted form, into throwaway network
 *             namespaces and compares what the kernel lists back (root; two loads per file, about a minute).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { NO_FILES, type ParsedFile } from '../server/src/engine/source';
import { layout } from '../server/src/features/format';
import { inkOf } from '../server/src/features/format-tokens';
import { buildRuleset } from '../server/src/model/build';
import type { Dialect } from '../server/src/model/types';
import { initParsers, parse } from '../server/src/syntax/parser';
import { CORPUS, readManifest } from './lib/corpus';
import { kernelAvailable } from '../test/kernel/index';
import { kernelListingsAgree } from './lib/format-kernel';
import { modelFingerprint } from './lib/model-fingerprint';

const PROPERTIES = ['kept', 'ink', 'idempotent', 'parses', 'model'] as const;
type Property = (typeof PROPERTIES)[number];
const LABELS: Record<Property, string> = {
  kept: 'formatted (not kept as written)',
  ink: 'no character lost or changed',
  idempotent: 'idempotent',
  parses: 'formatted text parses clean',
  model: 'same model',
};

interface Tally {
  files: number;
  unclean: number;
  /** Files with syntax errors whose other parts formatting changed (each keeping every character). */
  uncleanChanged: number;
  passed: Record<Property, number>;
  changed: number;
  failures: string[];
}

function newTally(): Tally {
  return { files: 0, unclean: 0, uncleanChanged: 0, passed: { kept: 0, ink: 0, idempotent: 0, parses: 0, model: 0 }, changed: 0, failures: [] };
}

function parsed(uri: string, dialect: Dialect, text: string): ParsedFile {
  return { uri, text, dialect, tree: parse(dialect, text) };
}

/** Checks one file; returns the failed properties with a detail each, and the formatted text. */
function checkOne(name: string, dialect: Dialect, text: string): { failed: [Property, string][]; formatted?: string } {
  const original = parsed(`file:///corpus/${name}`, dialect, text);
  const failed: [Property, string][] = [];
  const trees = [original];
  try {
    const first = layout(original);
    if (!first.ok) return { failed: [['kept', first.reason]] };
    if (inkOf(first.text) !== inkOf(text)) failed.push(['ink', 'characters differ']);
    const formatted = parsed(original.uri, dialect, first.text);
    trees.push(formatted);
    if (formatted.tree.rootNode.hasError) failed.push(['parses', firstErrorLine(formatted)]);
    const second = layout(formatted);
    if (!second.ok || second.text !== first.text) failed.push(['idempotent', second.ok ? firstDifference(first.text, second.text) : second.reason]);
    const before = modelFingerprint(buildRuleset(original, NO_FILES));
    const after = modelFingerprint(buildRuleset(formatted, NO_FILES));
    if (before !== after) failed.push(['model', firstDifference(before, after)]);
    return { failed, formatted: first.text };
  } finally {
    for (const file of trees) file.tree.delete();
  }
}

function firstErrorLine(file: ParsedFile): string {
  const lines = file.text.split('\n');
  const find = (node: ParsedFile['tree']['rootNode']): number => {
    if (node.isError || node.isMissing) return node.startPosition.row;
    for (const child of node.children) if (child?.hasError || child?.isMissing) return find(child);
    return node.startPosition.row;
  };
  const row = find(file.tree.rootNode);
  return `line ${row + 1}: ${lines[row]?.trim().slice(0, 100)}`;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${JSON.stringify(a.slice(Math.max(0, i - 30), i + 40))} vs …${JSON.stringify(b.slice(Math.max(0, i - 30), i + 40))}`;
}

/**
 * Checks one corpus file and counts it; returns the formatted text of a clean file. A file with syntax errors is
 * formatted too (its broken items kept as written) and must keep every character.
 */
function tallyRow(tally: Tally, name: string, dialect: Dialect, text: string): string | undefined {
  const probe = parsed(`file:///corpus/${name}`, dialect, text);
  const clean = !probe.tree.rootNode.hasError;
  const partly = clean ? text : layout(probe);
  probe.tree.delete();
  if (typeof partly !== 'string') {
    tally.unclean++;
    if (partly.ok && partly.text !== text) tally.uncleanChanged++;
    if (partly.ok && inkOf(partly.text) !== inkOf(text)) tally.failures.push(`${name}: ink (file with syntax errors): characters differ`);
    return undefined;
  }
  tally.files++;
  const { failed, formatted } = checkOne(name, dialect, text);
  if (formatted !== undefined && formatted !== text) tally.changed++;
  for (const property of PROPERTIES) if (!failed.some(([p]) => p === property)) tally.passed[property]++;
  for (const [property, detail] of failed) tally.failures.push(`${name}: ${property}: ${detail}`);
  return formatted;
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--verbose');
  const kernel = process.argv.includes('--kernel');
  await initParsers();
  const tallies: Record<Dialect, Tally> = { nftables: newTally(), iptables: newTally() };
  const kernelRuns = { compared: 0, agreed: 0, failures: [] as string[] };
  for (const row of readManifest()) {
    const dialect: Dialect | undefined = row.format === 'nft' ? 'nftables' : /^ipt[46]$/.test(row.format) ? 'iptables' : undefined;
    if (!dialect) continue;
    const text = readFileSync(path.join(CORPUS, row.local_path), 'utf8');
    const formatted = tallyRow(tallies[dialect], row.local_path, dialect, text);
    if (kernel && row.tool_verdict === 'ok' && formatted !== undefined && formatted !== text) {
      const verdict = await kernelListingsAgree(text, formatted, row.format === 'ipt6' ? 'ip6tables' : dialect);
      if (verdict.compared) {
        kernelRuns.compared++;
        if (verdict.agreed) kernelRuns.agreed++;
        else kernelRuns.failures.push(`${row.local_path}: ${verdict.detail}`);
      }
    }
  }
  report(tallies, verbose);
  const available = kernelAvailable();
  if (kernel && !available.ok) console.log(`\nkernel: SKIP (${available.reason})`);
  else if (kernel) {
    console.log(`\nkernel: ${kernelRuns.agreed}/${kernelRuns.compared} files changed by formatting list the same ruleset after a real load`);
    for (const failure of kernelRuns.failures) console.log(`  ${failure}`);
  }
  const failed = Object.values(tallies).some((t) => t.failures.length > 0) || kernelRuns.failures.length > 0;
  process.exit(failed ? 1 : 0);
}

function report(tallies: Record<Dialect, Tally>, verbose: boolean): void {
  console.log(`format acceptance on ${CORPUS}`);
  for (const [dialect, tally] of Object.entries(tallies)) {
    const lossy = tally.failures.filter((f) => f.includes('(file with syntax errors)')).length;
    const all = tally.files - new Set(tally.failures.filter((f) => !f.includes('(file with syntax errors)')).map((f) => f.split(': ')[0])).size;
    console.log(`\n${dialect}: ${all}/${tally.files} clean files pass every check (${tally.changed} changed by formatting)`);
    for (const property of PROPERTIES) console.log(`  ${LABELS[property].padEnd(34)} ${tally.passed[property]}/${tally.files}`);
    console.log(`  files with syntax errors: ${tally.unclean - lossy}/${tally.unclean} keep every character ` +
      `(${tally.uncleanChanged} formatted around the broken parts, the rest kept as written)`);
    const shown = verbose ? tally.failures : tally.failures.slice(0, 30);
    for (const failure of shown) console.log(`  FAIL ${failure}`);
    if (shown.length < tally.failures.length) console.log(`  … ${tally.failures.length - shown.length} more (--verbose)`);
  }
  console.log('\n(`;` between nft items becomes a line end; every other non-blank character is kept in order)');
}

void main();
