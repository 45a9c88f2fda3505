/**
 * Reads the tokens of an nft rule up to the cursor, the way nft parses a rule: a sequence of matches
 * (selector, optional operator, one value) and statements (keyword and options). When the tokens run out, the
 * reader says what may come next as a list of offers; completion-nftables.ts turns offers into items.
 */
import type { NftSelector } from '../catalog/nftables/types';
import type { CompletionKind } from './completion';
import { readSelector, SELECTOR_TREE, startsSelector, type NextWords } from './completion-nft-selectors';

/** Something that may be typed next. */
export type Offer =
  | { kind: 'item' }
  | { kind: 'words'; words: readonly string[]; hint?: string; as?: CompletionKind }
  | { kind: 'selector'; next: NextWords }
  | { kind: 'selectors' }
  | { kind: 'value'; selector?: NftSelector; type?: string }
  | { kind: 'operators'; selector?: NftSelector; write?: boolean; binary?: boolean }
  | { kind: 'chains' }
  | { kind: 'sets'; maps: boolean | 'any' }
  | { kind: 'flowtables' }
  | { kind: 'verdicts' }
  | { kind: 'interfaces' };

/** Either the reader finished an item at `end`, or the tokens ran out inside it. */
type Read = { end: number; offers?: undefined } | { offers: Offer[]; end?: undefined };

const ITEM: Offer = { kind: 'item' };
const RELATIONAL = new Set(['==', '!=', '<', '>', '<=', '>=', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', '!']);
const BINARY = new Set(['&', '|', '^', '<<', '>>', 'and', 'or', 'xor', 'lshift', 'rshift']);
const VERDICTS = new Set(['accept', 'drop', 'continue', 'return']);
const JOINERS = new Set([',', '-', '/', '.']);
export const LOG_LEVELS = ['emerg', 'alert', 'crit', 'err', 'warn', 'notice', 'info', 'debug', 'audit'];
const RATE_UNITS = ['second', 'minute', 'hour', 'day', 'week'];
const BYTE_UNITS = ['bytes', 'kbytes', 'mbytes'];
const ELEMENT_OPTIONS = ['timeout', 'expires', 'comment', 'counter', 'limit', 'quota', 'last'];

const words = (list: readonly string[], hint?: string, as?: CompletionKind): Offer => ({ kind: 'words', words: list, hint, as });

/** What may follow the tokens of a rule. */
export function ruleOffers(tokens: readonly string[]): Offer[] {
  let i = 0;
  while (i < tokens.length) {
    const read = readItem(tokens, i);
    if (read.offers) return read.offers;
    i = Math.max(read.end, i + 1);
  }
  return tokens.length ? [ITEM, words(['comment'], 'rule')] : [ITEM];
}

function readItem(t: readonly string[], i: number): Read {
  const word = t[i];
  if (word === 'comment') return i + 1 >= t.length ? { offers: [] } : { end: i + 2 };
  if (VERDICTS.has(word) || word === 'notrack') return { end: i + 1 };
  const statement = STATEMENTS[word];
  if (statement) return statement(t, i + 1);
  if (word === 'ct' && t[i + 1] === 'count') return ctCount(t, i + 2);
  if (startsSelector(word)) return readMatch(t, i);
  if (word === '{') return skipBraces(t, i, { kind: 'value' });
  return { end: i + 1 };
}

// ---------------------------------------------------------------- matches

function readMatch(t: readonly string[], i: number): Read {
  const read = readSelector(t, i);
  if (!read.done) {
    const offers: Offer[] = [{ kind: 'selector', next: read.next }];
    if (read.next.expression) offers.push({ kind: 'selectors' });
    if (read.next.complete) offers.push({ kind: 'value', selector: read.next.complete }, { kind: 'operators', selector: read.next.complete });
    return { offers };
  }
  let selector = read.selector;
  const parts: (NftSelector | undefined)[] = [selector];
  let j = read.end;
  while (t[j] === '.') {
    if (j + 1 >= t.length) return { offers: [{ kind: 'selectors' }] };
    if (!startsSelector(t[j + 1])) break;
    const next = readSelector(t, j + 1);
    if (!next.done) {
      const more: Offer[] = next.next.complete ? [{ kind: 'value' }, { kind: 'operators' }] : [];
      return { offers: [{ kind: 'selector', next: next.next }, ...more] };
    }
    parts.push(next.selector);
    j = next.end;
  }
  if (parts.length > 1) selector = concatenation(parts);
  return afterSelector(t, j, selector);
}

/** A concatenation of selectors as one selector whose type lists the parts' types (`ipv4_addr . inet_service`). */
function concatenation(parts: readonly (NftSelector | undefined)[]): NftSelector {
  const type = parts.map((p) => p?.type ?? 'integer').join(' . ');
  return { words: parts.flatMap((p) => p?.words ?? ['?']), kind: 'payload', type, doc: 'A concatenation.', example: '' };
}

function afterSelector(t: readonly string[], j: number, selector: NftSelector | undefined): Read {
  if (j >= t.length) return { offers: [{ kind: 'value', selector }, { kind: 'operators', selector }] };
  const word = t[j];
  if (RELATIONAL.has(word)) return j + 1 >= t.length ? { offers: [{ kind: 'value', selector }] } : readValue(t, j + 1, selector);
  if (BINARY.has(word)) {
    if (j + 1 >= t.length) return { offers: [{ kind: 'value', selector }] };
    const operand = readValue(t, j + 1, selector);
    return operand.offers ? operand : afterSelector(t, operand.end, selector);
  }
  if (word === 'set') {
    if (j + 1 >= t.length) return { offers: [{ kind: 'value', selector }, { kind: 'selectors' }] };
    return readWritten(t, j + 1, selector);
  }
  if (word === 'vmap' || word === 'map') {
    if (j + 1 >= t.length) return { offers: [{ kind: 'sets', maps: true }] };
    return t[j + 1] === '{' ? skipBraces(t, j + 1, { kind: word === 'vmap' ? 'verdict' : 'data', selector }) : { end: j + 2 };
  }
  return readValue(t, j, selector);
}

/** The value written by `set`: a constant or an expression, combined with `|`, `&`, `^`, shifts (`new | related`). */
function readWritten(t: readonly string[], j: number, selector: NftSelector | undefined): Read {
  for (let k = j; ;) {
    if (t[k] === '(' && t.indexOf(')', k) < 0) return { offers: [{ kind: 'value', selector }, { kind: 'selectors' }] };
    const operand = startsSelector(t[k]) ? readExpression(t, k) : readValue(t, k, selector);
    if (operand.offers) {
      // A complete selector (`meta mark set ct mark`) may end the statement or be combined with `|`, `&` …
      const complete = operand.offers.some((o) => o.kind === 'operators');
      return complete ? { offers: [...operand.offers.map((o) => (o.kind === 'operators' ? { ...o, binary: true } : o)), ITEM] } : operand;
    }
    k = operand.end;
    if (k >= t.length) return { offers: [ITEM, { kind: 'operators', selector, write: false, binary: true }] };
    if (!BINARY.has(t[k])) return { end: k };
    if (++k >= t.length) return { offers: [{ kind: 'value', selector }, { kind: 'selectors' }] };
  }
}

/** A selector expression on the right of `set` or in `dnat to`, possibly a map lookup. */
function readExpression(t: readonly string[], j: number): Read {
  const read = readMatch(t, j);
  if (!read.offers) return read;
  // A value is already being written: no second `set`, and no constant in place of the expression's value.
  return { offers: read.offers.filter((o) => o.kind !== 'value').map((o) => (o.kind === 'operators' ? { ...o, write: false } : o)) };
}

/** One value: a word, a `{ }` set or `( )` group, and what `,`, `-`, `/` or `.` join to it. */
function readValue(t: readonly string[], j: number, selector: NftSelector | undefined): Read {
  let k = j;
  for (;;) {
    if (k >= t.length) return { offers: [{ kind: 'value', selector }] };
    const word = t[k];
    if (word === '{') {
      const inner = skipBraces(t, k, { kind: 'value', selector });
      if (inner.offers) return inner;
      k = inner.end;
    } else if (word === '(') {
      const close = t.indexOf(')', k);
      if (close < 0) return { offers: [{ kind: 'value', selector }] };
      k = close + 1;
    } else {
      k++;
    }
    if (!JOINERS.has(t[k] ?? '')) return { end: k };
    k++;
  }
}

/** What an anonymous `{ … }` holds: values, values with `: data` (maps), `: verdict` (vmaps) or packet keys. */
type BraceKind = { kind: 'value' | 'data' | 'verdict'; selector?: NftSelector } | { kind: 'element' };

/** Skips a balanced `{ … }`; when the tokens end inside, offers what the innermost element expects. */
function skipBraces(t: readonly string[], j: number, what: BraceKind): Read {
  // Where the current element starts at each open brace: with the braces unclosed, the cursor is in the innermost.
  const starts: number[] = [];
  for (let k = j; k < t.length; k++) {
    if (t[k] === '{') starts.push(k + 1);
    else if (t[k] === '}') {
      starts.pop();
      if (starts.length === 0) return { end: k + 1 };
    } else if (t[k] === ',' && starts.length > 0) starts[starts.length - 1] = k + 1;
  }
  // An element inside a nested set is a value whatever the outer braces hold (read without recursion, so nesting
  // thousands deep costs one pass).
  const inner: BraceKind = starts.length > 1 && what.kind !== 'element' ? { kind: 'value', selector: what.selector } : what;
  return { offers: insideBraces(t.slice(starts[starts.length - 1] ?? j + 1), inner) };
}

function insideBraces(element: readonly string[], what: BraceKind): Offer[] {
  if (what.kind === 'element') return elementOffers(element);
  const colon = element.indexOf(':');
  const parts = what.selector?.type.split(' . ');
  if (colon < 0 && parts && parts.length > 1 && (element.length === 0 || element[element.length - 1] === '.')) {
    return [{ kind: 'value', type: parts[Math.min(parts.length - 1, element.filter((x) => x === '.').length)] }];
  }
  if (colon < 0) {
    if (element.length === 0 || JOINERS.has(element[element.length - 1])) return [{ kind: 'value', selector: what.selector }];
    const key = readValue(element, 0, what.selector);
    if (key.offers) return key.offers;
    const more = elementOptions(element, key.end);
    return more.offers ? [...more.offers, ...(what.kind === 'value' ? [] : [words([':'])])] : [];
  }
  if (what.kind !== 'verdict') return [];
  const data = element.slice(colon + 1);
  if (data.length === 0) return [{ kind: 'verdicts' }];
  return /^(jump|goto)$/.test(data[data.length - 1]) ? [{ kind: 'chains' }] : [];
}

/** A packet key added to a set from the rule (`add @s { ip saddr timeout 1h }`). */
function elementOffers(element: readonly string[]): Offer[] {
  if (element.length === 0) return [{ kind: 'selectors' }];
  let j = 0;
  for (;;) {
    if (!startsSelector(element[j])) { j++; break; }
    const key = readSelector(element, j);
    if (!key.done) {
      const more: Offer[] = key.next.complete ? [words(ELEMENT_OPTIONS, 'element'), words(['ct', '.', ':'], 'element')] : [];
      return [{ kind: 'selector', next: key.next }, ...more];
    }
    j = key.end;
    if (element[j] !== '.') break;
    if (++j >= element.length) return [{ kind: 'selectors' }];
  }
  return elementOptions(element, j).offers ?? [];
}

/** Per-element options after a key: `timeout 1h`, `counter`, `limit rate 10/second`, `ct count over 2` … */
function elementOptions(t: readonly string[], j: number): Read {
  for (let k = j; ;) {
    if (k >= t.length) return { offers: [words(ELEMENT_OPTIONS, 'element'), words(['ct'], 'element')] };
    const word = t[k];
    if (word === 'ct' && k + 1 >= t.length) return { offers: [words(['count'], 'ct')] };
    const read = /^(timeout|expires|comment)$/.test(word) ? free(t, k + 1)
      : word === 'ct' && t[k + 1] === 'count' ? ctCount(t, k + 2)
        : STATEMENTS[word] && /^(counter|limit|quota|last)$/.test(word) ? STATEMENTS[word](t, k + 1) : undefined;
    if (!read) return { end: k };
    if (read.offers) return read;
    if (read.end <= k) return { end: k };
    k = read.end;
  }
}

// ---------------------------------------------------------------- statements

type StatementReader = (t: readonly string[], j: number) => Read;

/** Reads `KEY ARG` options in any order; `args` says what each key takes. */
function options(head: string, args: Record<string, (t: readonly string[], j: number) => Read>): StatementReader {
  return (t, j) => {
    const used = new Set<string>();
    for (let k = j; ;) {
      if (k >= t.length) return { offers: [words(Object.keys(args).filter((w) => !used.has(w)), head), ITEM] };
      const read = args[t[k]];
      if (!read) return { end: k };
      used.add(t[k]);
      const arg = read(t, k + 1);
      if (arg.offers) return arg;
      k = arg.end;
    }
  };
}

/** Argument readers. */
const none = (_t: readonly string[], j: number): Read => ({ end: j });
const free = (t: readonly string[], j: number): Read => (j >= t.length ? { offers: [] } : { end: j + 1 });
const oneOf = (list: readonly string[], hint: string) => (t: readonly string[], j: number): Read =>
  (j >= t.length ? { offers: [words(list, hint, 'value')] } : { end: j + 1 });
const commaList = (list: readonly string[], hint: string) => (t: readonly string[], j: number): Read => {
  for (let k = j; ; k += 2) {
    if (k >= t.length) return { offers: [words(list, hint, 'value')] };
    if (t[k + 1] !== ',') return { end: k + 1 };
  }
};

function logFlags(t: readonly string[], j: number): Read {
  if (j >= t.length) return { offers: [words(['tcp', 'ip', 'skuid', 'ether', 'all'], 'log', 'value')] };
  if (t[j] === 'tcp') return commaList(['sequence', 'options'], 'log')(t, j + 1);
  if (t[j] === 'ip') return commaList(['options'], 'log')(t, j + 1);
  return commaList(['skuid', 'ether', 'all'], 'log')(t, j);
}

/** `ct count [over] N` (connlimit). */
function ctCount(t: readonly string[], j: number): Read {
  if (j >= t.length) return { offers: [words(['over'], 'ct')] };
  const k = t[j] === 'over' ? j + 1 : j;
  return k >= t.length ? { offers: [] } : { end: k + 1 };
}

function limit(t: readonly string[], j: number): Read {
  if (j >= t.length) return { offers: [words(['rate', 'name'], 'limit')] };
  if (t[j] === 'name') return free(t, j + 1);
  if (t[j] !== 'rate') return { end: j };
  let k = j + 1;
  if (t[k] === 'over') k++;
  if (k >= t.length) return { offers: t[k - 1] === 'rate' ? [words(['over'], 'limit')] : [] };
  const rate = t[k++];
  if (rate.endsWith('/')) return k >= t.length ? { offers: [words(RATE_UNITS, 'limit', 'unit')] } : { end: k + 1 };
  if (/^\d+$/.test(rate)) {
    if (k >= t.length) return { offers: [words([...BYTE_UNITS, 'kbytes/second', 'mbytes/second'], 'limit', 'unit')] };
    if (/bytes/.test(t[k])) k++;
  }
  if (k >= t.length) return { offers: [words(['burst'], 'limit'), ITEM] };
  if (t[k] !== 'burst') return { end: k };
  if (k + 1 >= t.length) return { offers: [] };
  k += 2;
  if (k >= t.length) return { offers: [words(['packets', ...BYTE_UNITS], 'limit', 'unit'), ITEM] };
  return { end: /^(packets|bytes|kbytes|mbytes)$/.test(t[k]) ? k + 1 : k };
}

function quota(t: readonly string[], j: number): Read {
  if (j >= t.length) return { offers: [words(['over', 'until', 'name'], 'quota')] };
  if (t[j] === 'name') return free(t, j + 1);
  let k = /^(over|until)$/.test(t[j]) ? j + 1 : j;
  if (k >= t.length) return { offers: [] };
  k++;
  if (k >= t.length) return { offers: [words([...BYTE_UNITS, 'gbytes'], 'quota', 'unit')] };
  k++;
  if (k >= t.length) return { offers: [words(['used'], 'quota'), ITEM] };
  if (t[k] !== 'used') return { end: k };
  return k + 2 >= t.length ? { offers: k + 2 === t.length ? [words([...BYTE_UNITS, 'gbytes'], 'quota', 'unit')] : [] } : { end: k + 3 };
}

function reject(t: readonly string[], j: number): Read {
  if (j >= t.length) return { offers: [words(['with'], 'reject'), ITEM] };
  if (t[j] !== 'with') return { end: j };
  if (j + 1 >= t.length) return { offers: [words(['icmp', 'icmpv6', 'icmpx', 'tcp'], 'reject')] };
  const proto = t[j + 1];
  let k = j + 2;
  if (proto !== 'tcp' && t[k] === 'type') k++;
  if (k >= t.length) {
    if (proto === 'tcp') return { offers: [words(['reset'], 'reject', 'value')] };
    return { offers: [{ kind: 'value', type: proto === 'icmp' ? 'icmp_code' : `${proto}_code` }, ...(k === j + 2 ? [words(['type'], proto)] : [])] };
  }
  return { end: k + 1 };
}

const NAT_FLAGS = ['random', 'persistent', 'fully-random'];

/** `snat|dnat|masquerade|redirect [ip|ip6] [addr . port | prefix] [to TARGET] [flags]`. */
function nat(kind: string): StatementReader {
  return (t, j) => {
    let k = j;
    const full = kind === 'snat' || kind === 'dnat';
    // `snat ip to …` names the family; in `snat ip saddr map { … }` the `ip` starts the address expression.
    if (full && /^(ip|ip6)$/.test(t[k] ?? '') && !SELECTOR_TREE.children.get(t[k])?.children.has(t[k + 1] ?? '')) k++;
    if (full && t[k] === 'prefix') k++;
    if (full && t[k] === 'addr') {
      if (k + 1 >= t.length) return { offers: [words(['.'])] };
      if (k + 2 >= t.length) return { offers: [words(['port'], kind)] };
      k += 3;
    }
    if (k >= t.length) {
      const afterFamily = full && k > j && /^(ip|ip6)$/.test(t[k - 1]);
      const start = !full ? [] : k === j ? ['ip', 'ip6', 'addr', 'prefix'] : afterFamily ? ['addr', 'prefix'] : [];
      // `snat ip saddr map { … }`: the address may also be a map lookup written without `to`.
      const family = afterFamily ? readSelector(t, k - 1) : undefined;
      const lookup: Offer[] = family && !family.done ? [{ kind: 'selector', next: family.next }] : [];
      return { offers: [words(['to', ...start, ...NAT_FLAGS], kind), ...lookup, ...(kind === 'masquerade' || kind === 'redirect' ? [ITEM] : [])] };
    }
    if (full && startsSelector(t[k]) && t[k] !== 'to') {
      const lookup = readExpression(t, k);
      if (lookup.offers) return lookup;
      k = lookup.end;
    }
    if (t[k] === 'to') {
      if (k + 1 >= t.length) return { offers: [{ kind: 'value' }, { kind: 'selectors' }] };
      const target = startsSelector(t[k + 1]) ? readExpression(t, k + 1) : readValue(t, k + 1, undefined);
      if (target.offers) return target;
      k = target.end;
    }
    return flags(NAT_FLAGS, kind)(t, k);
  };
}

const flags = (list: readonly string[], hint: string): StatementReader => (t, j) => {
  if (j >= t.length) return { offers: [words(list, hint), ITEM] };
  if (!list.includes(t[j])) return { end: j };
  return commaList(list, hint)(t, j);
};

/** `tproxy [ip|ip6] to TARGET`, `dup|fwd [ip|ip6] to ADDR [device DEV]`. */
function sendTo(head: string, device: boolean): StatementReader {
  return (t, j) => {
    let k = j;
    if (/^(ip|ip6)$/.test(t[k] ?? '')) k++;
    if (k >= t.length) return { offers: [words(k === j ? ['to', 'ip', 'ip6'] : ['to'], head)] };
    if (t[k] !== 'to') return { end: k };
    if (k + 1 >= t.length) return { offers: [{ kind: 'value' }, { kind: 'selectors' }] };
    const target = startsSelector(t[k + 1]) ? readExpression(t, k + 1) : readValue(t, k + 1, undefined);
    if (target.offers || !device) return target;
    k = target.end;
    if (k >= t.length) return { offers: [words(['device'], head), ITEM] };
    if (t[k] !== 'device') return { end: k };
    return k + 1 >= t.length ? { offers: [{ kind: 'interfaces' }] } : { end: k + 2 };
  };
}

function chainTarget(t: readonly string[], j: number): Read {
  if (j >= t.length) return { offers: [{ kind: 'chains' }] };
  return t[j] === '{' ? skipBraces(t, j, { kind: 'value' }) : { end: j + 1 };
}

/** `add|update|delete @set { KEY [options] [: DATA] }`. */
function setUpdate(t: readonly string[], j: number): Read {
  if (j >= t.length) return { offers: [{ kind: 'sets', maps: 'any' }] };
  if (j + 1 >= t.length) return { offers: [] };
  return t[j + 1] === '{' ? skipBraces(t, j + 1, { kind: 'element' }) : { end: j + 1 };
}

function meter(t: readonly string[], j: number): Read {
  let k = j + 1;
  if (k > t.length) return { offers: [] };
  if (t[k] === 'size') k += 2;
  if (k >= t.length) return { offers: [words(['size'], 'meter')] };
  return t[k] === '{' ? skipBraces(t, k, { kind: 'element' }) : { end: k };
}

function flow(t: readonly string[], j: number): Read {
  if (j >= t.length) return { offers: [words(['add', 'offload'], 'flow')] };
  return j + 1 >= t.length ? { offers: [{ kind: 'flowtables' }] } : { end: j + 2 };
}

function reset(t: readonly string[], j: number): Read {
  if (j >= t.length) return { offers: [words(['tcp'], 'reset')] };
  return readMatch(t, j);
}

/** Statement readers by leading keyword. */
const STATEMENTS: Record<string, StatementReader> = {
  jump: chainTarget,
  goto: chainTarget,
  counter: options('counter', { name: free, packets: free, bytes: free }),
  limit,
  quota,
  last: options('last', { used: oneOf(['never'], 'last') }),
  log: options('log', {
    prefix: free, level: oneOf(LOG_LEVELS, 'log'), group: free, snaplen: free, 'queue-threshold': free, flags: logFlags,
  }),
  reject,
  queue: options('queue', { num: free, to: free, flags: commaList(['bypass', 'fanout'], 'queue'), bypass: none, fanout: none }),
  snat: nat('snat'),
  dnat: nat('dnat'),
  masquerade: nat('masquerade'),
  redirect: nat('redirect'),
  tproxy: sendTo('tproxy', false),
  dup: sendTo('dup', true),
  fwd: sendTo('fwd', true),
  synproxy: options('synproxy', { mss: free, wscale: free, timestamp: none, 'sack-perm': none, name: free }),
  flow,
  add: setUpdate,
  update: setUpdate,
  delete: setUpdate,
  meter,
  reset,
};

/** Leading keywords of statements (for the item offers). */
export const STATEMENT_WORDS: readonly string[] = Object.keys(STATEMENTS);
