/** Output formats of `nfrules check`: text for people, JSON for scripts, SARIF 2.1.0 for code scanning. */
import * as path from 'node:path';
import type { Dialect, Problem } from '../model/types';
import { toPath } from '../engine/file-host';

export interface FileReport {
  file: string;
  dialect: Dialect;
  problems: Problem[];
}

/** The JSON shape other tools rely on (0-based lines, UTF-16 characters). */
export function toJson(reports: FileReport[]): string {
  return JSON.stringify({
    files: reports.map((r) => ({
      file: r.file,
      dialect: r.dialect,
      diagnostics: r.problems.map((p) => ({
        code: p.code,
        severity: p.severity,
        message: p.message,
        range: p.location.range,
        ...(sameFile(p.location.uri, r.file) ? {} : { file: toPath(p.location.uri) }),
        ...(p.related?.length
          ? { related: p.related.map((x) => ({ file: toPath(x.location.uri), range: x.location.range, message: x.message })) }
          : {}),
      })),
    })),
  }, null, 2);
}

/** Resolved paths of the URIs and paths already seen: thousands of problems share a handful of files. */
const resolved = new Map<string, string>();

function resolvedPath(key: string, of: () => string): string {
  let found = resolved.get(key);
  if (found === undefined) {
    found = path.resolve(of());
    resolved.set(key, found);
  }
  return found;
}

function sameFile(uri: string, file: string): boolean {
  return resolvedPath(`uri:${uri}`, () => toPath(uri)) === resolvedPath(`path:${file}`, () => file);
}

/** `file:line:col: severity[code] message`, 1-based like compilers print. */
export function toText(reports: FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const p of r.problems) {
      const s = p.location.range.start;
      const where = sameFile(p.location.uri, r.file) ? r.file : toPath(p.location.uri);
      lines.push(`${where}:${s.line + 1}:${s.character + 1}: ${p.severity}[${p.code}] ${p.message}`);
      for (const rel of p.related ?? []) {
        const q = rel.location.range.start;
        lines.push(`    ${toPath(rel.location.uri)}:${q.line + 1}:${q.character + 1}: ${rel.message}`);
      }
    }
  }
  const total = reports.reduce((n, r) => n + r.problems.length, 0);
  const errors = reports.reduce((n, r) => n + r.problems.filter((p) => p.severity === 'error').length, 0);
  lines.push(`${reports.length} file(s) checked: ${errors} error(s), ${total - errors} other diagnostic(s)`);
  return lines.join('\n');
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

/** SARIF 2.1.0 log with one run; rule ids are the diagnostic codes, regions are 1-based. */
export function toSarif(reports: FileReport[], version: string): string {
  const codes = [...new Set(reports.flatMap((r) => r.problems.map((p) => p.code)))].sort();
  const region = (p: Problem) => ({
    startLine: p.location.range.start.line + 1,
    startColumn: p.location.range.start.character + 1,
    endLine: p.location.range.end.line + 1,
    endColumn: p.location.range.end.character + 1,
  });
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{
      tool: {
        driver: {
          name: 'nfrules',
          version,
          informationUri: 'https://example.invalid/nfrules',
          rules: codes.map((id) => ({ id, helpUri: `docs/diagnostics/${id}.md` })),
        },
      },
      results: reports.flatMap((r) => r.problems.map((p) => ({
        ruleId: p.code,
        ruleIndex: codes.indexOf(p.code),
        level: SARIF_LEVEL[p.severity],
        message: { text: p.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: sarifUri(sameFile(p.location.uri, r.file) ? r.file : toPath(p.location.uri)) },
            region: region(p),
          },
        }],
        ...(p.related?.length ? {
          relatedLocations: p.related.map((rel, id) => ({
            id,
            message: { text: rel.message },
            physicalLocation: {
              artifactLocation: { uri: sarifUri(toPath(rel.location.uri)) },
              region: region({ ...p, location: rel.location }),
            },
          })),
        } : {}),
      }))),
    }],
  };
  return JSON.stringify(log, null, 2);
}

function sarifUri(file: string): string {
  const rel = path.relative(process.cwd(), path.resolve(file));
  return (rel.startsWith('..') ? path.resolve(file) : rel).split(path.sep).join('/');
}
