/**
 * Fix for `undefined-variable`: add `define NAME = …` near the top of the file, before its first use, with a
 * placeholder of the kind the use expects (an address, a port, an interface) for the user to replace.
 */
import { findSelector } from '../../catalog/nftables/index';
import type { Position } from '../../model/types';
import type { CodeFix, FixContext } from '../code-actions';
import { offsetAt, positionAt } from '../ranges';

const PLACEHOLDERS: Record<string, string> = {
  ipv4_addr: '192.0.2.1', ipv6_addr: '2001:db8::1', inet_service: '1024', ifname: '"lo"', mark: '0x1', inet_proto: 'tcp',
  ether_addr: '02:00:00:00:00:01',
};

/** The selector type in front of the use (`tcp dport $p` ⇒ inet_service). */
function expectedType(text: string, use: Position): string | undefined {
  const before = text.slice(offsetAt(text, { line: use.line, character: 0 }), offsetAt(text, use) - 1);
  const words = before.trim().split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const selector = findSelector(...words.slice(-n));
    if (selector) return selector.type;
  }
  return undefined;
}

/** The first line that is neither blank nor a comment (after a `#!` line and a header comment). */
function firstItemLine(text: string): Position {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => !/^\s*(#.*)?$/.test(l));
  return positionAt(text, index < 0 ? text.length : offsetAt(text, { line: index, character: 0 }));
}

/** Defines the variable before the first item of the file. */
export function createVariableFixes({ problem, file }: FixContext): CodeFix[] {
  const name = problem.data?.name;
  if (typeof name !== 'string' || problem.location.uri !== file.uri) return [];
  const type = expectedType(file.text, problem.location.range.start);
  const value = (type && PLACEHOLDERS[type]) ?? '"CHANGE-ME"';
  const at = firstItemLine(file.text);
  return [{
    title: `Define $${name} (placeholder ${value}, to replace)`, problem,
    edits: [{ uri: file.uri, range: { start: at, end: at }, newText: `define ${name} = ${value}\n` }],
  }];
}
