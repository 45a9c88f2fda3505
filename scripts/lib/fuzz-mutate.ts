/**
 * Mutations of real rule files for the fuzzer: by bytes (then decoded as an editor decodes a file it reads, with
 * U+FFFD for invalid UTF-8), by tokens, by lines spliced in from other files, line endings, NUL bytes, truncation.
 */
import type { Dice } from './fuzz-random';

const DECODER = new TextDecoder('utf-8', { fatal: false });
const ENCODER = new TextEncoder();

/** Bytes as the server receives them: an editor decodes the file as UTF-8, replacing what is not UTF-8. */
export function decodeAsEditor(bytes: Uint8Array): string {
  return DECODER.decode(bytes);
}

/** Words, runs of blanks and single punctuation characters, in order (joined they give the text back). */
export function tokensOf(text: string): string[] {
  return text.match(/[A-Za-z0-9_.:/-]+|\s+|[^A-Za-z0-9_.:/\s-]/g) ?? [];
}

/** Tokens worth inserting: keywords and punctuation of both dialects, edge values, quoting and escapes. */
const DICTIONARY = [
  '{', '}', ';', '"', "'", '\\', '\\\n', '(', ')', '[', ']', ',', '.', ':', '!', '!=', '==', '@', '$', '*', '-', '--', '#',
  'table', 'chain', 'set', 'map', 'flowtable', 'define', 'redefine', 'undefine', 'include', 'add', 'delete', 'flush',
  'insert', 'rename', 'create', 'destroy', 'rule', 'elements', 'type', 'hook', 'priority', 'policy', 'flags', 'interval',
  'timeout', 'counter', 'limit', 'rate', 'quota', 'ct', 'state', 'mark', 'meta', 'ip', 'ip6', 'inet', 'arp', 'bridge',
  'netdev', 'tcp', 'udp', 'icmp', 'th', 'dport', 'sport', 'saddr', 'daddr', 'iifname', 'oifname', 'jump', 'goto',
  'return', 'accept', 'drop', 'reject', 'queue', 'continue', 'vmap', 'snat', 'dnat', 'masquerade', 'redirect', 'tproxy',
  'to', 'log', 'prefix', 'level', 'notrack', 'filter', 'nat', 'route', 'input', 'output', 'forward', 'prerouting',
  'postrouting', 'ingress', 'egress', 'ipv4_addr', 'inet_service', 'verdict', 'typeof', 'ether_addr',
  '*filter', '*nat', '*mangle', '*raw', '*security', 'COMMIT', ':INPUT ACCEPT [0:0]', ':X - [0:0]', '-A', '-I', '-N', '-P',
  '-D', '-F', '-X', '-m', '-p', '-j', '-g', '-s', '-d', '-i', '-o', '--dport', '--sport', '--state', '--ctstate',
  '--comment', '--log-prefix', '--to-destination', '--on-port', 'ACCEPT', 'DROP', 'REJECT', 'RETURN', 'LOG', 'MARK',
  'TPROXY', 'DNAT', 'SNAT', 'MASQUERADE', 'NFQUEUE', 'conntrack', 'multiport', 'comment', 'state', 'recent', 'set',
  '0', '-1', '65535', '65536', '4294967295', '4294967296', '99999999999999999999', '0x', '0xffffffff', '1.2.3.4',
  '256.1.1.1', '10.0.0.0/33', '::', '::1/129', 'fe80::%eth0', '1-', '-5', '5-1', '1.2.3.4-1.2.3.1', '00:11:22:33:44:55',
  'eth+', 'eth*', '\u00e9', '\u{1f525}', '\ufffd', '\u0000', '\r', '\r\n', '\t', '\u00a0', '\u2028',
];

/** Byte-level damage: bit flips, random bytes inserted or overwritten, bytes deleted or duplicated. */
export function mutateBytes(dice: Dice, text: string): string {
  let bytes = ENCODER.encode(text);
  const count = dice.int(1, 12);
  for (let i = 0; i < count; i++) {
    const at = dice.int(0, bytes.length);
    const op = dice.int(0, 4);
    if (op === 0 && at < bytes.length) bytes[at] ^= 1 << dice.int(0, 7);
    else if (op === 1 && at < bytes.length) bytes[at] = dice.int(0, 255);
    else if (op === 2) bytes = splice(bytes, at, 0, randomBytes(dice, dice.int(1, 8)));
    else if (op === 3) bytes = splice(bytes, at, dice.int(1, 16), new Uint8Array(0));
    else bytes = splice(bytes, at, 0, bytes.slice(at, at + dice.int(1, 64)));
  }
  return decodeAsEditor(bytes);
}

/** Invalid UTF-8 (stray continuation bytes, overlong forms, truncated sequences, 0xFE/0xFF) decoded as an editor does. */
export function injectInvalidUtf8(dice: Dice, text: string): string {
  const bad = [[0x80], [0xbf], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xfe], [0xff], [0xe2, 0x82], [0xf0, 0x9f]];
  let bytes = ENCODER.encode(text);
  const count = dice.int(1, 20);
  for (let i = 0; i < count; i++) bytes = splice(bytes, dice.int(0, bytes.length), 0, Uint8Array.from(dice.pick(bad)));
  return decodeAsEditor(bytes);
}

/** Lone UTF-16 surrogates: not produced by decoding a file, but valid in a JSON string a client may send. */
export function injectLoneSurrogates(dice: Dice, text: string): string {
  let out = text;
  const count = dice.int(1, 10);
  for (let i = 0; i < count; i++) {
    const at = dice.int(0, out.length);
    out = out.slice(0, at) + dice.pick(['\ud800', '\udfff', '\udc00x', '\ud83d']) + out.slice(at);
  }
  return out;
}

/** Token-level damage: tokens deleted, duplicated, swapped, replaced or inserted from the dictionary. */
export function mutateTokens(dice: Dice, text: string): string {
  const tokens = tokensOf(text);
  const count = dice.int(1, 10);
  for (let i = 0; i < count; i++) {
    const at = dice.int(0, tokens.length);
    const op = dice.int(0, 4);
    if (op === 0) tokens.splice(at, 1);
    else if (op === 1 && at < tokens.length) tokens.splice(at, 0, tokens[at]);
    else if (op === 2 && tokens.length > 1) {
      const other = dice.int(0, tokens.length - 1);
      [tokens[at], tokens[other]] = [tokens[other], tokens[at]];
    } else if (op === 3 && at < tokens.length) tokens[at] = dice.pick(DICTIONARY);
    else tokens.splice(at, 0, dice.pick(DICTIONARY), dice.chance(0.5) ? ' ' : '');
  }
  return tokens.join('');
}

/** Lines of `other` spliced into `text`: a block inserted, a tail replaced, or lines interleaved. */
export function spliceLines(dice: Dice, text: string, other: string): string {
  const lines = text.split('\n');
  const donor = other.split('\n');
  const from = dice.int(0, donor.length - 1);
  const block = donor.slice(from, from + dice.int(1, 40));
  const at = dice.int(0, lines.length);
  const op = dice.int(0, 2);
  if (op === 0) lines.splice(at, 0, ...block);
  else if (op === 1) lines.splice(at, lines.length - at, ...donor.slice(from));
  else for (const line of block) lines.splice(dice.int(0, lines.length), 0, line);
  return lines.join('\n');
}

/** Line ends turned into CRLF (all or some), lone CRs and mixed endings. */
export function mangleLineEnds(dice: Dice, text: string): string {
  const mode = dice.int(0, 3);
  if (mode === 0) return text.replace(/\n/g, '\r\n');
  if (mode === 1) return text.replace(/\n/g, () => (dice.chance(0.5) ? '\r\n' : '\n'));
  if (mode === 2) return text.replace(/\n/g, '\r');
  return text.replace(/\n/g, () => dice.pick(['\n', '\r\n', '\r', '\n\r', '\r\r\n']));
}

/** NUL characters at random points (or replacing whole stretches). */
export function injectNuls(dice: Dice, text: string): string {
  let out = text;
  const count = dice.int(1, 20);
  for (let i = 0; i < count; i++) {
    const at = dice.int(0, out.length);
    const run = '\u0000'.repeat(dice.chance(0.8) ? 1 : dice.int(2, 500));
    out = out.slice(0, at) + run + out.slice(dice.chance(0.5) ? at : Math.min(out.length, at + run.length));
  }
  return out;
}

/** The text cut at a random byte (possibly inside a UTF-8 sequence, which then decodes to U+FFFD). */
export function truncate(dice: Dice, text: string): string {
  const bytes = ENCODER.encode(text);
  return decodeAsEditor(bytes.slice(0, dice.int(0, bytes.length)));
}

/** Random bytes decoded as an editor would, or random characters from the printable, control and astral ranges. */
export function noise(dice: Dice, length: number): string {
  if (dice.chance(0.5)) return decodeAsEditor(randomBytes(dice, length));
  let out = '';
  for (let i = 0; i < length; i++) {
    out += dice.weighted<() => string>([
      [() => String.fromCharCode(dice.int(32, 126)), 6], [() => dice.pick(['\n', '\t', ' ', '{', '}', ';', '"']), 3],
      [() => String.fromCharCode(dice.int(0, 31)), 1], [() => String.fromCodePoint(dice.int(0x80, 0x10ffff)), 1],
    ])();
  }
  return out.replace(/[\ud800-\udfff]/gu, '?');
}

function randomBytes(dice: Dice, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = dice.int(0, 255);
  return out;
}

function splice(bytes: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - Math.min(remove, bytes.length - at) + insert.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(insert, at);
  out.set(bytes.subarray(Math.min(bytes.length, at + remove)), at + insert.length);
  return out;
}
