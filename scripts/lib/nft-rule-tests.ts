/**
 * The sets, maps and named objects an upstream nft rule test file (`tests/py/*.t`) declares before its rules:
 * `!name type T [timeout T] [flags F]` is a set (a map when the type has `:`), `%name type KIND ARGS` a named object.
 * The test harness creates them in every table of the file before it adds the rules, so a rule wrapped into a file
 * of its own needs them to mean what it meant upstream.
 */
import { readFileSync } from 'node:fs';

const cache = new Map<string, string[]>();

function lines(file: string): string[] {
  let found = cache.get(file);
  if (!found) {
    found = readFileSync(file, 'utf8').split('\n');
    cache.set(file, found);
  }
  return found;
}

/** nft declarations (one per line, for a table body) of the `;ok` sets and objects declared above `line` (1-based). */
export function ruleTestDeclarations(file: string, line: number): string[] {
  const out: string[] = [];
  for (const text of lines(file).slice(0, Math.max(0, line - 1))) {
    const m = /^([!%])(\S+)\s+(type|typeof)\s+(.*);ok\s*$/.exec(text);
    if (!m) continue;
    const [, sigil, name, keyword, rest] = m;
    out.push(sigil === '!' ? setDeclaration(name, keyword, rest) : objectDeclaration(name, rest));
  }
  return out.filter((d) => d !== '');
}

function setDeclaration(name: string, keyword: string, rest: string): string {
  const m = /^(.*?)(?:\s+timeout\s+(\S+))?(?:\s+flags\s+(.*))?$/.exec(rest);
  if (!m) return '';
  const [, type, timeout, flags] = m;
  const kind = type.includes(':') ? 'map' : 'set';
  return `${kind} ${name} { ${keyword} ${type.trim()};${timeout ? ` timeout ${timeout};` : ''}${flags ? ` flags ${flags};` : ''} }`;
}

function objectDeclaration(name: string, rest: string): string {
  const m = /^(counter|quota|limit|synproxy|secmark|ct helper|ct timeout|ct expectation)\s*(.*)$/.exec(rest);
  if (!m) return '';
  const [, kind, args] = m;
  const body = args.trim().replace(/^\{\s*/, '').replace(/\s*\}\s*$/, '');
  return `${kind} ${name} { ${body}${body && !body.endsWith(';') ? ';' : ''} }`;
}
