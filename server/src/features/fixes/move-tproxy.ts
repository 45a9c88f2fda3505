/**
 * Fix for `wrong-table` / `wrong-hook` on TPROXY: move the rule to where the kernel accepts it — the mangle table's
 * PREROUTING chain (iptables), or a prerouting chain of type filter (nft) — creating the table or chain if needed.
 */
import type { Chain, Rule, Table } from '../../model/types';
import type { CodeFix, FixContext, TextEdit } from '../code-actions';
import { deletionRange } from './delete-rule';

/** Offers the move for problems about TPROXY / tproxy. */
export function moveTproxyFixes({ problem, file, result }: FixContext): CodeFix[] {
  const what = String(problem.data?.what ?? '');
  if (what !== '-j TPROXY' && what !== 'tproxy') return [];
  const rule = ruleAt(result.ruleset.tables, problem.location.range.start.line, file.uri);
  if (!rule) return [];
  const removal: TextEdit = { uri: file.uri, range: deletionRange(file.text, rule.location.range), newText: '' };
  const insertion = rule.chain.table.origin === 'iptables' ? iptablesInsertion(rule, result.ruleset.tables, file.text, file.uri) : nftInsertion(rule, file.text, file.uri);
  if (!insertion) return [];
  const title = rule.chain.table.origin === 'iptables' ? 'Move the TPROXY rule to mangle PREROUTING' : 'Move the rule to a prerouting chain';
  return [{ title, problem, preferred: true, edits: [removal, insertion] }];
}

function ruleAt(tables: Table[], line: number, uri: string): Rule | undefined {
  for (const table of tables) {
    for (const chain of table.chains) {
      const rule = chain.rules.find((r) => r.location.uri === uri && r.location.range.start.line <= line && line <= r.location.range.end.line);
      if (rule) return rule;
    }
  }
  return undefined;
}

function iptablesInsertion(rule: Rule, tables: Table[], text: string, uri: string): TextEdit | undefined {
  const line = rule.text.trim().replace(/^(\[\d+:\d+\]\s+)?(-A|--append|-I|--insert)\s+\S+(\s+\d+)?/, '-A PREROUTING');
  if (!line.startsWith('-A PREROUTING')) return undefined;
  const mangle = tables.find((t) => t.origin === 'iptables' && t.name === 'mangle' && t.family === rule.chain.table.family && t.location.uri === uri);
  const lines = text.split('\n');
  if (mangle) {
    let commit = mangle.location.range.end.line;
    while (commit > mangle.location.range.start.line && !/^COMMIT\s*$/.test(lines[commit] ?? '')) commit--;
    if (commit <= mangle.location.range.start.line) return undefined;
    return { uri, range: { start: { line: commit, character: 0 }, end: { line: commit, character: 0 } }, newText: `${line}\n` };
  }
  const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
  const lead = end.character === 0 ? '' : '\n';
  return { uri, range: { start: end, end }, newText: `${lead}*mangle\n:PREROUTING ACCEPT [0:0]\n${line}\nCOMMIT\n` };
}

function nftInsertion(rule: Rule, text: string, uri: string): TextEdit | undefined {
  const table = rule.chain.table;
  const lines = text.split('\n');
  const ruleIndent = /^\s*/.exec(lines[rule.location.range.start.line] ?? '')?.[0] ?? '\t\t';
  const target = table.chains.find((c) => c.base?.hook === 'prerouting' && c.base.type === 'filter' && c.location.uri === uri);
  if (target) return appendToChain(target, rule.text.trim(), lines, ruleIndent, uri);
  const chainIndent = /^\s*/.exec(lines[rule.chain.location.range.start.line] ?? '')?.[0] ?? '\t';
  let name = 'tproxy_prerouting';
  for (let i = 2; table.chains.some((c) => c.name === name); i++) name = `tproxy_prerouting_${i}`;
  const end = table.location.range.end;
  if (table.location.uri !== uri || end.character === 0) return undefined;
  const closing = { line: end.line, character: end.character - 1 };
  const block = `${chainIndent}chain ${name} {\n${ruleIndent}type filter hook prerouting priority mangle; policy accept;\n${ruleIndent}${rule.text.trim()}\n${chainIndent}}\n`;
  if (!/^\s*$/.test(lines[closing.line].slice(0, closing.character))) return { uri, range: { start: closing, end: closing }, newText: `\n${block}` };
  return { uri, range: { start: { line: closing.line, character: 0 }, end: { line: closing.line, character: 0 } }, newText: block };
}

/** Appends a rule at the end of a block-style chain (before its closing brace line). */
function appendToChain(chain: Chain, rule: string, lines: string[], indent: string, uri: string): TextEdit | undefined {
  const end = chain.location.range.end;
  if (!/^\s*}/.test(lines[end.line] ?? '')) return undefined;
  return { uri, range: { start: { line: end.line, character: 0 }, end: { line: end.line, character: 0 } }, newText: `${indent}${rule}\n` };
}
