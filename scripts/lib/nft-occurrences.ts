/**
 * Tries each grammar keyword with the real hover and completion where it occurs in real nft texts. An occurrence is
 * a leaf of the tree whose text is the keyword and that is not a name (of a table, chain, set or variable).
 * Completion is asked with the rest of the line cut off at the keyword, as while typing it.
 */
import type { Node } from 'web-tree-sitter';
import { checkFile } from '../../server/src/engine/check';
import { NO_FILES, type ParsedFile } from '../../server/src/engine/source';
import { completionAt } from '../../server/src/features/completion';
import { hoverAt } from '../../server/src/features/hover';
import { initParsers, parse } from '../../server/src/syntax/parser';
import { nftTexts, type NftText } from './nft-contexts';

/** Counts per keyword. */
export interface OccurrenceReport {
  texts: number;
  perKeyword: number;
  tried: Map<string, number>;
  hovered: Map<string, number>;
  offered: Map<string, number>;
  /** Where completion did not offer the keyword: the line cut before it (also for keywords offered elsewhere). */
  misses: Map<string, string[]>;
}

const PER_KEYWORD = 25;
const PER_TEXT = 3;
const NAME_FIELDS = new Set(['name', 'chain', 'table', 'new_name', 'path', 'comment']);

/** Lines for keywords that no real text uses (commands and plural kinds mostly), written here. */
const WRITTEN: string[] = [
  'list ruleset', 'list tables inet', 'list chains', 'list sets inet', 'list maps', 'list flowtables', 'list counters',
  'list quotas', 'list limits', 'list meters', 'list secmarks', 'list synproxys', 'list hooks',
  'list ct helpers table inet t', 'list ct timeouts table inet t', 'list ct expectations table inet t',
  'describe tcp dport', 'get element inet t s { 192.0.2.1 }', 'rename chain inet t a b', 'add rule inet t c accept',
  'add element inet t s { 192.0.2.1 }',
  'table inet t {\n\tset s { type ipv4_addr; flags interval; auto-merge; }\n\tflowtable f { hook ingress priority filter; devices = { lo }; flags offload; }\n}',
  'table inet t {\n\tchain c {\n\t\ttype filter hook prerouting priority raw;\n\t\tudp dport 53 notrack\n\t\tmeta mark rshift 1 == 0 accept\n'
    + '\t\trt0 addr[1] ::1 accept\n\t\trt2 addr ::1 accept\n\t\trt4 last-entry 0 accept\n\t\tip6ip ip6 saddr ::1 accept\n'
    + '\t\tsocket cgroupv2 level 1 "user.slice" accept\n\t\ttcp dport le 1024 accept\n'
    + '\t\tlog group 2 snaplen 64 queue-threshold 10\n\t\tfib daddr . iif check missing drop\n'
    + '\t\tvxlan ip saddr 192.0.2.1 accept\n\t\tgeneve vni 10 accept\n\t\tgre protocol ip accept\n\t\tgretap ether saddr 02:00:00:00:00:01 accept\n\t}\n}',
];

interface Occurrence {
  text: NftText;
  word: string;
  start: number;
  row: number;
  column: number;
}

/** Measures hover and completion at up to PER_KEYWORD occurrences of each keyword. */
export async function measureOccurrences(keywords: readonly string[]): Promise<OccurrenceReport> {
  await initParsers(['nftables']);
  const wanted = new Set(keywords);
  const texts = [...nftTexts(), ...WRITTEN.map((text, i) => ({ source: `written line ${i + 1}`, text: `${text}\n` }))];
  const report: OccurrenceReport = { texts: texts.length, perKeyword: PER_KEYWORD, tried: new Map(), hovered: new Map(), offered: new Map(), misses: new Map() };
  const bump = (m: Map<string, number>, w: string): void => { m.set(w, (m.get(w) ?? 0) + 1); };
  for (const text of texts) {
    const found = occurrencesIn(text, wanted, report.tried);
    if (found.length === 0) continue;
    const file = parsed(text.text);
    const result = checkFile(file, NO_FILES);
    for (const o of found) {
      bump(report.tried, o.word);
      if ((hoverAt(result, file, { line: o.row, character: o.column + 1 })?.contents ?? '').length > 0) bump(report.hovered, o.word);
      if (offeredAt(o)) bump(report.offered, o.word);
      else report.misses.set(o.word, [...(report.misses.get(o.word) ?? []), cutLine(o).trim()]);
    }
    file.tree.delete();
  }
  return report;
}

function parsed(text: string): ParsedFile {
  return { uri: 'file:///coverage.nft', text, dialect: 'nftables', tree: parse('nftables', text) };
}

/** The keyword leaves of a text, skipping names and keywords already tried often enough. */
function occurrencesIn(text: NftText, wanted: ReadonlySet<string>, tried: ReadonlyMap<string, number>): Occurrence[] {
  const tree = parse('nftables', text.text);
  const found: Occurrence[] = [];
  const perText = new Map<string, number>();
  const cursor = tree.walk();
  const visit = (node: Node, field: string | null): void => {
    const word = node.text;
    if (node.childCount > 0 || !wanted.has(word) || (node.isNamed && field && NAME_FIELDS.has(field)) || node.type === 'string') return;
    const count = perText.get(word) ?? 0;
    if (count >= PER_TEXT || (tried.get(word) ?? 0) + count >= PER_KEYWORD) return;
    perText.set(word, count + 1);
    found.push({ text, word, start: node.startIndex, row: node.startPosition.row, column: node.startPosition.column });
  };
  for (let more = true; more;) {
    visit(cursor.currentNode, cursor.currentFieldName);
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) { more = false; break; }
    }
  }
  tree.delete();
  return found;
}

/** The text with the occurrence's line cut off at the keyword. */
function cutLine(o: Occurrence): string {
  const lineStart = o.text.text.lastIndexOf('\n', o.start - 1) + 1;
  return o.text.text.slice(lineStart, o.start);
}

/** Whether completion at the keyword's start, with the rest of its line removed, offers it. */
function offeredAt(o: Occurrence): boolean {
  const lineEnd = o.text.text.indexOf('\n', o.start);
  const text = o.text.text.slice(0, o.start) + (lineEnd < 0 ? '' : o.text.text.slice(lineEnd));
  const file = parsed(text);
  try {
    const items = completionAt(file, { line: o.row, character: o.column }, { result: checkFile(file, NO_FILES) }).items;
    return items.some((i) => i.label === o.word);
  } finally {
    file.tree.delete();
  }
}
