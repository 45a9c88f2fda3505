/**
 * nft selectors as a tree of words (`ct` → `original` → `saddr`), built from the catalog, and the reading of a
 * selector from statement tokens. Irregular selectors (fib tuples, hashes, number generators, ipsec spnum, socket
 * level, osf ttl) are read by small special cases.
 */
import { findSelector, SELECTORS } from '../catalog/nftables/index';
import type { NftFamily, NftHook, NftSelector } from '../catalog/nftables/types';

/** One word of the selector tree. */
export interface SelectorNode {
  children: Map<string, SelectorNode>;
  /** The selector these words spell, when they form a whole one. */
  selector?: NftSelector;
}

function newNode(): SelectorNode {
  return { children: new Map() };
}

/** `addr[1]` and `sid[1]` are indexed: the tree keys them without the index. */
export function plainWord(word: string): string {
  return word.replace(/\[\d*\]?$/, '');
}

function buildTree(): SelectorNode {
  const root = newNode();
  for (const s of SELECTORS) {
    if (s.words[0].startsWith('@') || s.words.some((w) => w.startsWith('@'))) continue;
    let node = root;
    for (const w of s.words) {
      const key = plainWord(w);
      let next = node.children.get(key);
      if (!next) node.children.set(key, next = newNode());
      node = next;
    }
    node.selector ??= s;
  }
  return root;
}

/** The selector word tree. */
export const SELECTOR_TREE: SelectorNode = buildTree();

/** Meta keys written without `meta` (the grammar's list; the catalog marks most of them). */
export const UNQUALIFIED_META = new Set(['mark', 'iif', 'iifname', 'iiftype', 'oif', 'oifname', 'oiftype', 'skuid', 'skgid',
  'nftrace', 'rtclassid', 'ibriport', 'obriport', 'ibrname', 'obrname', 'pkttype', 'cpu', 'iifgroup', 'oifgroup', 'cgroup',
  'day', 'hour', 'time', 'ipsec']);

/** Headers the grammar knows that the catalog has no fields for yet (documented as keywords). */
export const EXTRA_HEADS = ['rt4', 'ipip', 'ip6ip'];

/** Tunnel headers that may be followed by an inner header (`vxlan ip saddr`). */
export const TUNNELS = new Set(['vxlan', 'geneve', 'gretap', 'gre']);

/** Protocol headers that a tunnel may carry. */
const INNER_HEADS = ['ether', 'ip', 'ip6', 'tcp', 'udp', 'icmp', 'icmpv6', 'th', 'meta'];

/** IPv6 extension headers `exthdr NAME exists` tests for. */
const EXTHDR_NAMES = ['hbh', 'rt', 'frag', 'dst', 'mh'];

export const FIB_FLAGS = ['saddr', 'daddr', 'mark', 'iif', 'oif'];
export const FIB_RESULTS = ['oif', 'oifname', 'type', 'check'];

/** Where a selector is read: used to leave out selectors the kernel refuses there. */
export interface SelectorPlace {
  family?: string;
  hook?: string;
}

/** Whether the selector exists in the family and hook (unknown family or hook: yes). */
export function selectorFits(s: NftSelector | undefined, place: SelectorPlace): boolean {
  if (!s) return true;
  if (s.families && place.family && !s.families.includes(place.family as NftFamily)) return false;
  if (s.hooks && place.hook && !s.hooks.includes(place.hook as NftHook)) return false;
  return true;
}

/** The result of reading a selector: it ended (with what it yields), or the tokens ran out inside it. */
export type SelectorRead =
  | { done: true; selector: NftSelector | undefined; end: number }
  | { done: false; next: NextWords };

/** What may follow inside a selector: more selector words, or fixed words (with the context hint for docs). */
export interface NextWords {
  /** Path so far, for selector children. */
  path: string[];
  node?: SelectorNode;
  /** Fixed words allowed here besides the children. */
  words: string[];
  /** Whether the selector is already complete here (a value may follow). */
  complete?: NftSelector;
  /** After `jhash`: a selector expression comes first. */
  expression?: boolean;
}

/** True when a token starts a selector. */
export function startsSelector(token: string): boolean {
  return SELECTOR_TREE.children.has(token) || UNQUALIFIED_META.has(token) || EXTRA_HEADS.includes(token) || /^@(ll|nh|th|ih),/.test(token);
}

/** Reads a selector starting at `i`. */
export function readSelector(tokens: readonly string[], i: number): SelectorRead {
  const head = tokens[i];
  if (/^@(ll|nh|th|ih),/.test(head)) return { done: true, selector: findSelector(head.slice(0, 3)), end: i + 1 };
  if (UNQUALIFIED_META.has(head) && !SELECTOR_TREE.children.has(head)) {
    return { done: true, selector: findSelector('meta', head), end: i + 1 };
  }
  if (head === 'fib') return readFib(tokens, i + 1);
  if (head === 'exthdr') return readExthdr(tokens, i + 1);
  if (EXTRA_HEADS.includes(head)) return i + 1 >= tokens.length ? { done: false, next: { path: [head], words: [] } } : { done: true, selector: undefined, end: i + 2 };
  if (head === 'jhash' || head === 'symhash' || head === 'numgen') return readGenerator(tokens, i);
  const path = [head];
  // Callers may ask at a word that starts no selector (`reset option0` while typing): nothing to read there.
  let node = SELECTOR_TREE.children.get(head);
  if (!node) return { done: true, selector: undefined, end: i + 1 };
  let j = i + 1;
  for (;;) {
    if (j >= tokens.length) return { done: false, next: nextAt(path, node) };
    const word = tokens[j];
    const special = skipModifier(path, word, j);
    if (special !== undefined) {
      if (special > tokens.length) return { done: false, next: { path, words: [] } }; // the modifier's value is next
      j = special;
      continue;
    }
    const child = node.children.get(plainWord(word));
    if (child) { path.push(plainWord(word)); node = child; j++; continue; }
    if (path.join(' ') === 'tcp option' && /^\d+$/.test(word)) return rawTcpOption(tokens, j + 1);
    if (TUNNELS.has(head) && path.length === 1 && SELECTOR_TREE.children.has(word)) return readSelector(tokens, j);
    return { done: true, selector: node.selector ?? presenceTest(path), end: j };
  }
}

/** Words that qualify a selector without being part of its catalog path: `spnum N`, `level N`, `ttl MODE`. */
function skipModifier(path: string[], word: string, j: number): number | undefined {
  const at = path.join(' ');
  if (word === 'spnum' && /^ipsec (in|out)$/.test(at)) return j + 2;
  if (word === 'level' && at === 'socket cgroupv2') return j + 2;
  if (word === 'ttl' && at === 'osf') return j + 2;
  return undefined;
}

/** `tcp option 254 [length]`: an option by kind number, tested for presence or its length byte. */
function rawTcpOption(tokens: readonly string[], j: number): SelectorRead {
  const presence: NftSelector = { words: ['tcp', 'option', 'N'], kind: 'tcp-option', type: 'boolean', doc: 'Presence test.', example: 'tcp option 254 exists' };
  if (j >= tokens.length) return { done: false, next: { path: ['tcp', 'option'], words: ['length'], complete: presence } };
  if (tokens[j] !== 'length') return { done: true, selector: presence, end: j };
  return { done: true, selector: { ...presence, type: 'integer' }, end: j + 1 };
}

/** `tcp option sack-perm exists`: an option or header named without a field is a presence test. */
function presenceTest(path: string[]): NftSelector | undefined {
  if (path.length < 2) return undefined;
  return { words: path, kind: 'exthdr', type: 'boolean', doc: 'Presence test.', example: `${path.join(' ')} exists` };
}

/** The words that may follow a selector path. */
function nextAt(path: string[], node: SelectorNode): NextWords {
  const at = path.join(' ');
  const words: string[] = [];
  if (/^ipsec (in|out)$/.test(at)) words.push('spnum');
  if (at === 'socket cgroupv2') words.push('level');
  if (at === 'osf') words.push('ttl');
  if (TUNNELS.has(at)) words.push(...INNER_HEADS);
  if (at === 'meta') words.push(...[...UNQUALIFIED_META].filter((k) => !node.children.has(k)));
  if (at === 'ct') words.push('timeout', 'expectation');
  return { path, node, words, complete: node.selector };
}

/** `exthdr NAME` (a presence test: `exthdr frag exists`). */
function readExthdr(tokens: readonly string[], j: number): SelectorRead {
  if (j >= tokens.length) return { done: false, next: { path: ['exthdr'], words: EXTHDR_NAMES } };
  const presence: NftSelector = findSelector('exthdr', tokens[j])
    ?? { words: ['exthdr', tokens[j]], kind: 'exthdr', type: 'boolean', doc: 'Presence test.', example: `exthdr ${tokens[j]} exists` };
  if (j + 1 >= tokens.length) return { done: false, next: { path: ['exthdr', tokens[j]], words: [], complete: presence } };
  return { done: true, selector: presence, end: j + 1 };
}

/** `fib saddr . iif oif`: flags joined by `.`, then the result. */
function readFib(tokens: readonly string[], i: number): SelectorRead {
  let j = i;
  let wantFlag = true;
  for (;;) {
    if (j >= tokens.length) return { done: false, next: { path: ['fib'], words: wantFlag ? FIB_FLAGS : ['.', ...FIB_RESULTS] } };
    const word = tokens[j];
    if (wantFlag && FIB_FLAGS.includes(word)) { wantFlag = false; j++; continue; }
    if (!wantFlag && word === '.') { wantFlag = true; j++; continue; }
    if (!wantFlag && FIB_RESULTS.includes(word)) {
      return { done: true, selector: findSelector('fib', word === 'check' ? 'oif' : word) ?? findSelector('fib', 'type'), end: j + 1 };
    }
    return { done: true, selector: undefined, end: j };
  }
}

/** `numgen inc mod N [offset M]`, `jhash EXPR mod N [seed S] [offset M]`, `symhash mod N [offset M]`. */
function readGenerator(tokens: readonly string[], i: number): SelectorRead {
  const head = tokens[i];
  let j = i + 1;
  if (head === 'numgen') {
    if (j >= tokens.length) return { done: false, next: { path: ['numgen'], node: SELECTOR_TREE.children.get('numgen'), words: [] } };
    j++;
  } else if (head === 'jhash') {
    // The hashed fields: selectors joined by `.`.
    while (j < tokens.length && tokens[j] !== 'mod') {
      if (tokens[j] === '.' || !startsSelector(tokens[j])) { j++; continue; }
      const inner = readSelector(tokens, j);
      if (!inner.done) return inner.next.complete ? { done: false, next: { ...inner.next, words: [...inner.next.words, 'mod', '.'] } } : inner;
      j = Math.max(inner.end, j + 1);
    }
    if (j >= tokens.length) return { done: false, next: { path: ['jhash'], words: ['mod', '.'], expression: true } };
  }
  const selector = findSelector(head === 'numgen' ? 'numgen' : head, ...(head === 'numgen' ? [tokens[i + 1]] : []));
  const optional = head === 'jhash' ? ['seed', 'offset'] : ['offset'];
  let needsMod = true;
  for (;;) {
    if (j >= tokens.length) return { done: false, next: { path: [head], words: needsMod ? ['mod'] : optional, complete: needsMod ? undefined : selector } };
    const word = tokens[j];
    if (word === 'mod' || optional.includes(word)) {
      if (word === 'mod') needsMod = false;
      if (j + 1 >= tokens.length) return { done: false, next: { path: [head], words: [] } };
      j += 2;
      continue;
    }
    return { done: true, selector, end: j };
  }
}
