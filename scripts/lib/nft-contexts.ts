/**
 * Real nft texts for measuring hover and completion: corpus files nft accepts, the upstream rule tests placed in
 * the table and chain they were accepted in, the examples, and the grammar's own corpus tests. Used by
 * scripts/catalog-coverage-nftables.ts; nothing here is copied into the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CORPUS, readManifest, readRuleTests } from './corpus';

/** One text and where it came from. */
export interface NftText {
  source: string;
  text: string;
}

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Every text, smallest first (occurrences in small texts are cheapest to try). */
export function nftTexts(): NftText[] {
  const texts = [...corpusFiles(), ...ruleTests(), ...examples(), ...grammarTests()];
  return texts.sort((a, b) => a.text.length - b.text.length);
}

function corpusFiles(): NftText[] {
  if (!existsSync(path.join(CORPUS, 'MANIFEST.tsv'))) return [];
  return readManifest().filter((r) => r.format === 'nft' && (r.tool_verdict === 'ok' || r['nft_v1.1.1_verdict'] === 'ok'))
    .map((r) => ({ source: r.local_path, text: readFileSync(path.join(CORPUS, r.local_path), 'utf8') }));
}

/** Chain declarations (`:input;type filter hook input priority 0`) and sets (`!s type ipv4_addr;ok`) of a .t file. */
function ruleTestHeader(file: string): { chains: Map<string, string>; sets: string[] } {
  const chains = new Map<string, string>();
  const sets: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const chain = /^:([^;]+);(.*)$/.exec(line);
    if (chain) chains.set(chain[1], chain[2]);
    const set = /^!(\S+) (.*);ok/.exec(line);
    if (set) sets.push(`\tset ${set[1]} { ${set[2].replace(/ flags /, '; flags ')}; }`);
  }
  return { chains, sets };
}

/** Each upstream rule test file's accepted rules, in a table and chain of the context nft accepted them in. */
function ruleTests(): NftText[] {
  if (!existsSync(path.join(CORPUS, 'RULE_TESTS.tsv'))) return [];
  const groups = new Map<string, string[]>();
  for (const r of readRuleTests()) {
    if (r.format !== 'nftrule' || r.actual !== 'ok') continue;
    const key = `${r.local_path}\t${r.context}`;
    groups.set(key, [...(groups.get(key) ?? []), r.rule]);
  }
  const texts: NftText[] = [];
  for (const [key, rules] of groups) {
    const [file, context] = key.split('\t');
    const [family, table, chain] = context.split(' ');
    if (!family || !table || !chain) continue;
    const header = ruleTestHeader(path.join(CORPUS, file));
    const declaration = header.chains.get(chain);
    const body = [...new Set(rules)].map((r) => `\t\t${r}`).join('\n');
    const text = `table ${family} ${table} {\n${header.sets.join('\n')}\n\tchain ${chain} {\n${declaration ? `\t\t${declaration};\n` : ''}${body}\n\t}\n}\n`;
    texts.push({ source: `${file} (${context})`, text });
  }
  return texts;
}

function examples(): NftText[] {
  const dir = path.join(ROOT, 'examples');
  return readdirSync(dir).filter((f) => f.endsWith('.nft')).map((f) => ({ source: `examples/${f}`, text: readFileSync(path.join(dir, f), 'utf8') }));
}

/** The inputs of the grammar's corpus tests (errors.txt excluded: its inputs are wrong on purpose). */
function grammarTests(): NftText[] {
  const dir = path.join(ROOT, 'tree-sitter-nftables', 'test', 'corpus');
  if (!existsSync(dir)) return [];
  const texts: NftText[] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt') && n !== 'errors.txt')) {
    const blocks = readFileSync(path.join(dir, f), 'utf8').split(/^={10,}\n(.*)\n={10,}\n/m);
    for (let i = 1; i + 1 < blocks.length; i += 2) {
      texts.push({ source: `grammar test ${f}: ${blocks[i]}`, text: blocks[i + 1].split(/^-{10,}\n/m)[0].trim() + '\n' });
    }
  }
  return texts;
}
