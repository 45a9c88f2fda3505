/**
 * Fix for `notrack-asymmetric`: add the do-not-track rule for the replies — the same rule with source and
 * destination (addresses, ports, interfaces) swapped, first in a chain of the other hook (prerouting ↔ output) that
 * runs before conntrack, creating that chain when the table has none.
 */
import type { Chain, Rule, Table } from '../../model/types';
import { beforeConntrack } from '../../analysis/conntrack-point';
import type { CodeFix, FixContext, TextEdit } from '../code-actions';
import { escapeRegExp } from '../../model/regexp';

const IPTABLES_SWAPS: Record<string, string> = {
  '-s': '-d', '-d': '-s', '--source': '--destination', '--destination': '--source', '--src': '--dst', '--dst': '--src',
  '--sport': '--dport', '--dport': '--sport', '--source-port': '--destination-port', '--destination-port': '--source-port',
  '--sports': '--dports', '--dports': '--sports', '--source-ports': '--destination-ports', '--destination-ports': '--source-ports',
  '-i': '-o', '-o': '-i', '--in-interface': '--out-interface', '--out-interface': '--in-interface',
  '--src-range': '--dst-range', '--dst-range': '--src-range',
};
const NFT_SWAPS: Record<string, string> = {
  saddr: 'daddr', daddr: 'saddr', sport: 'dport', dport: 'sport', iifname: 'oifname', oifname: 'iifname', iif: 'oif', oif: 'iif',
};

/** Offers the mirror rule for the replies of the flagged do-not-track rule. */
export function notrackReplyFixes({ problem, file, result }: FixContext): CodeFix[] {
  const rule = findRule(result.ruleset.tables, problem.location.range.start, file.uri);
  const hook = problem.data?.hook;
  if (!rule || (hook !== 'prerouting' && hook !== 'output')) return [];
  const other = hook === 'prerouting' ? 'output' : 'prerouting';
  const edit = rule.chain.table.origin === 'iptables' ? iptablesEdit(rule, other, file.text, file.uri) : nftEdit(rule, other, file.text, file.uri);
  return edit ? [{ title: `Add the reply-direction rule at ${other}`, problem, edits: [edit] }] : [];
}

function findRule(tables: Table[], at: { line: number; character: number }, uri: string): Rule | undefined {
  for (const table of tables) {
    for (const chain of table.chains) {
      for (const rule of chain.rules) {
        const r = rule.location.range;
        if (rule.location.uri === uri && r.start.line <= at.line && at.line <= r.end.line) return rule;
      }
    }
  }
  return undefined;
}

function iptablesEdit(rule: Rule, hook: string, text: string, uri: string): TextEdit | undefined {
  const chainName = hook.toUpperCase();
  const words = rule.text.trim().split(/\s+/);
  const command = words.findIndex((w) => /^(-A|--append|-I|--insert)$/.test(w));
  if (command < 0) return undefined;
  const mirrored = words.map((w, i) => (i === command + 1 ? chainName : i === command ? '-A' : IPTABLES_SWAPS[w] ?? w));
  if (words[command] !== '-A' && words[command] !== '--append' && /^\d+$/.test(mirrored[command + 2] ?? '')) mirrored.splice(command + 2, 1);
  const lines = text.split('\n');
  const table = rule.chain.table.location.range;
  let at = lines.findIndex((l, i) => i > table.start.line && i <= table.end.line && new RegExp(`^(-A|--append)\\s+${escapeRegExp(chainName)}\\s`).test(l));
  if (at < 0) at = lines.findIndex((l, i) => i > table.start.line && i <= table.end.line && /^COMMIT\s*$/.test(l));
  if (at < 0) return undefined;
  return { uri, range: { start: { line: at, character: 0 }, end: { line: at, character: 0 } }, newText: `${mirrored.join(' ')}\n` };
}

function nftEdit(rule: Rule, hook: string, text: string, uri: string): TextEdit | undefined {
  const mirrored = rule.text.replace(/("(?:[^"\\]|\\.)*")|\b([a-z]+)\b/g, (m, quoted: string | undefined, word: string | undefined) => (quoted ? m : NFT_SWAPS[word ?? ''] ?? m));
  const table = rule.chain.table;
  const lines = text.split('\n');
  const ruleIndent = /^\s*/.exec(lines[rule.location.range.start.line] ?? '')?.[0] ?? '\t\t';
  const target = table.chains.find((c) => c.base?.hook === hook && beforeConntrack(c) && c.location.uri === uri);
  if (target) return insertIntoChain(target, mirrored, lines, ruleIndent, uri);
  const chainIndent = /^\s*/.exec(lines[rule.chain.location.range.start.line] ?? '')?.[0] ?? '\t';
  const name = freeName(table, `notrack_${hook}`);
  const end = table.location.range.end;
  if (rule.chain.table.location.uri !== uri || end.character === 0) return undefined;
  const closing = { line: end.line, character: end.character - 1 };
  const block = `${chainIndent}chain ${name} {\n${ruleIndent}type filter hook ${hook} priority raw; policy accept;\n${ruleIndent}${mirrored}\n${chainIndent}}\n`;
  const before = lines[closing.line].slice(0, closing.character);
  return /^\s*$/.test(before)
    ? { uri, range: { start: { line: closing.line, character: 0 }, end: { line: closing.line, character: 0 } }, newText: block }
    : { uri, range: { start: closing, end: closing }, newText: `\n${block}` };
}

/** Inserts a rule as the first rule of a chain (after its type and policy lines). */
function insertIntoChain(chain: Chain, rule: string, lines: string[], indent: string, uri: string): TextEdit | undefined {
  const first = chain.rules[0];
  const line = first ? first.location.range.start.line : chain.location.range.end.line;
  if (first && /^\s*$/.test(lines[line].slice(0, first.location.range.start.character))) {
    return { uri, range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${rule}\n` };
  }
  if (!first && /^\s*}/.test(lines[line])) {
    return { uri, range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}${rule}\n` };
  }
  return undefined;
}

function freeName(table: Table, wanted: string): string {
  let name = wanted;
  for (let i = 2; table.chains.some((c) => c.name === name); i++) name = `${wanted}_${i}`;
  return name;
}
