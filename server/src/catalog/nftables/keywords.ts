/**
 * The keyword index: every keyword token of nft with a doc and example. Built from the rest of the catalog so a
 * word is documented once; a word with several meanings keeps each under `contexts`, keyed by the word before it
 * (`dport` after `tcp`, `filter` after `type` or `priority`, `random` after `masquerade`).
 */
import { COMMANDS } from './commands';
import { DATA_TYPES } from './datatypes';
import { CHAIN_TYPES, FAMILIES, HOOKS, POLICIES, PRIORITY_DOCS, TABLE_FLAGS } from './families';
import { EXTRA_KEYWORDS } from './keyword-docs';
import { OBJECT_KINDS } from './objects';
import { EXPRESSION_HEADS, SELECTORS } from './selectors';
import { STATEMENTS } from './statements';
import type { Documented, NftKeyword } from './types';

type Index = Map<string, NftKeyword>;

function base(index: Index, word: string, doc: Documented): void {
  const entry = index.get(word);
  if (!entry) index.set(word, { word, ...doc });
}

function context(index: Index, word: string, hint: string, doc: Documented): void {
  base(index, word, doc);
  const entry = index.get(word)!;
  entry.contexts ??= {};
  entry.contexts[hint] ??= doc;
}

function addSelectors(index: Index): void {
  for (const s of SELECTORS) {
    const words = s.words.map((w) => w.replace(/\[\d+\]$/, ''));
    for (let i = 1; i < words.length; i++) {
      const doc = { doc: `\`${s.words.join(' ')}\` (${s.type}): ${s.doc}`, example: s.example };
      context(index, words[i], words[i - 1], doc);
      if (s.kind === 'meta' && s.unqualified) context(index, words[i], '', doc);
    }
  }
}

function addStatements(index: Index): void {
  for (const st of STATEMENTS) {
    const head = st.name.split(/[ -]/)[0];
    if (!st.name.includes('-')) context(index, head, st.name === head ? '' : st.name, st);
    for (const o of st.options) for (const w of o.name.split(' ')) context(index, w, head, o);
  }
}

function addStructure(index: Index): void {
  for (const f of FAMILIES) context(index, f.name, 'table', f);
  for (const [h, doc] of Object.entries(HOOKS)) context(index, h, 'hook', doc);
  for (const [t, doc] of Object.entries(CHAIN_TYPES)) context(index, t, 'type', doc);
  for (const [p, doc] of Object.entries(PRIORITY_DOCS)) context(index, p, 'priority', doc);
  for (const [p, doc] of Object.entries(POLICIES)) context(index, p, 'policy', doc);
  for (const [f, doc] of Object.entries(TABLE_FLAGS)) context(index, f, 'flags', doc);
  for (const c of COMMANDS) base(index, c.name, c);
  for (const o of OBJECT_KINDS) {
    const words = o.name.split(' ');
    context(index, words[words.length - 1], words.length > 1 ? words[0] : '', o);
    for (const p of o.properties) context(index, p.name, o.name, p);
  }
}

function addValues(index: Index): void {
  for (const t of DATA_TYPES) {
    context(index, t.name, 'type', t);
    for (const [sym, n] of Object.entries(t.symbols ?? {})) {
      context(index, sym, t.name, { doc: `A ${t.name} value (${n}). ${t.doc}`, example: t.example });
    }
  }
}

function buildIndex(): Index {
  const index: Index = new Map();
  // Order matters: the first meaning registered becomes the word's default doc.
  for (const [w, doc] of Object.entries(EXTRA_KEYWORDS)) base(index, w, doc);
  addStructure(index);
  for (const [w, doc] of Object.entries(EXPRESSION_HEADS)) context(index, w, 'expression', doc);
  addStatements(index);
  addSelectors(index);
  addValues(index);
  return index;
}

/** Every documented keyword, by word. */
export const KEYWORDS: ReadonlyMap<string, NftKeyword> = buildIndex();
