/**
 * How much of the nft grammar the editor covers. The keyword list comes from the grammar (every keyword-like
 * string literal in tree-sitter-nftables/src/grammar.json), never from the catalog, so a keyword the grammar learns
 * shows up here as missing until it gets a doc. Each keyword is then tried with the real features where it occurs
 * in real texts (scripts/lib/nft-contexts.ts): the real hover on it must answer, and the real completion, with the
 * line cut off just before the keyword (as while typing it), must offer it.
 *
 *   node out/scripts/catalog-coverage-nftables.js [grammar.json] [--missing] [--verify-nft]
 *
 * --verify-nft also compares every selector's data type and width with `nft describe` on this machine.
 * Exit code 1 when a keyword lacks a doc, a hover or a completion.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keywordDoc, SELECTORS } from '../server/src/catalog/nftables';
import { measureOccurrences, type OccurrenceReport } from './lib/nft-occurrences';

const KEYWORD_LIKE = /^[a-z][a-z0-9_-]*$/i;

/** Every keyword-like STRING literal of a tree-sitter grammar.json, sorted. */
export function grammarKeywords(grammar: unknown): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) { node.forEach(walk); return; }
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'STRING' && typeof n.value === 'string' && KEYWORD_LIKE.test(n.value)) found.add(n.value);
    Object.values(n).forEach(walk);
  };
  walk(grammar);
  return [...found].sort();
}

function share(n: number, of: number): string {
  return `${n}/${of} (${of ? (Math.floor((1000 * n) / of) / 10).toFixed(1) : '100.0'}%)`;
}

async function reportCoverage(path: string, showMissing: boolean): Promise<number> {
  const words = grammarKeywords(JSON.parse(readFileSync(path, 'utf8')));
  const missing = words.filter((w) => !keywordDoc(w));
  console.log(`grammar keywords: ${words.length}, with a doc in the catalog: ${share(words.length - missing.length, words.length)}`);
  if (missing.length) console.log(`  no doc: ${missing.join(' ')}`);
  const report: OccurrenceReport = await measureOccurrences(words);
  const tried = words.filter((w) => report.tried.get(w));
  const hovered = tried.filter((w) => (report.hovered.get(w) ?? 0) > 0);
  const offered = tried.filter((w) => (report.offered.get(w) ?? 0) > 0);
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`real texts: ${report.texts}, keyword occurrences tried: ${sum(report.tried)} (at most ${report.perKeyword} per keyword)`);
  console.log(`  keywords with a real hover where they occur: ${share(hovered.length, words.length)}; occurrences: ${share(sum(report.hovered), sum(report.tried))}`);
  console.log(`  keywords the real completion offers where they occur: ${share(offered.length, words.length)}; occurrences: ${share(sum(report.offered), sum(report.tried))}`);
  const never = words.filter((w) => !report.tried.get(w));
  if (never.length) console.log(`  keywords that occur in no text: ${never.join(' ')}`);
  if (showMissing) {
    for (const [word, misses] of report.misses) {
      console.log(`  ${word}${report.offered.get(word) ? '' : ' (never offered)'}: ${misses.length} missed, e.g. ${misses.slice(0, 3).join(' | ')}`);
    }
  }
  return missing.length + (words.length - hovered.length) + (words.length - offered.length);
}

/** `nft describe` of one selector: [type, bits], or undefined when nft cannot describe it. */
function describe(words: string[]): [string, number] | undefined {
  try {
    const out = execFileSync('nft', ['describe', ...words], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /datatype (\S+) .*?, (\d+) (bits|characters)/.exec(out);
    if (!m) return undefined;
    return [m[1], m[3] === 'characters' ? Number(m[2]) * 8 : Number(m[2])];
  } catch {
    return undefined;
  }
}

function verifyWithNft(): number {
  let checked = 0;
  const problems: string[] = [];
  for (const s of SELECTORS) {
    if (s.bits === undefined || s.since || s.words[0].startsWith('@')) continue;
    // Presence tests (`exthdr hbh exists`, `tcp option nop exists`): nft describes the raw field instead.
    if (s.type === 'boolean' && (s.kind === 'exthdr' || s.kind === 'tcp-option')) continue;
    const got = describe(s.words);
    if (!got) continue;
    checked++;
    const typeOk = got[0] === s.type || (got[0] === 'string' && s.type === 'ifname');
    if (!typeOk || got[1] !== s.bits) problems.push(`${s.words.join(' ')}: catalog ${s.type}/${s.bits}, nft ${got[0]}/${got[1]}`);
  }
  console.log(`nft describe: ${checked} selectors checked, ${problems.length} differ`);
  problems.forEach((p) => console.log(`  ${p}`));
  return problems.length;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const path = args.find((a) => !a.startsWith('--')) ?? join(process.cwd(), 'tree-sitter-nftables', 'src', 'grammar.json');
  let failures = 0;
  if (existsSync(path)) failures += await reportCoverage(path, args.includes('--missing'));
  else console.log(`no grammar at ${path} (generate it with tree-sitter first)`);
  if (args.includes('--verify-nft')) failures += verifyWithNft();
  process.exitCode = failures ? 1 : 0;
}

if (require.main === module) void main();
