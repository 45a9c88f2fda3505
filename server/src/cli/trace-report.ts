/** Output of `nfrules trace`: JSON for scripts (1-based lines, the shape documented in the usage) and text for people. */
import * as path from 'node:path';
import { toPath } from '../engine/file-host';
import type { Location } from '../model/types';
import type { TraceResult, TraceStep } from '../trace/index';

/** File names to print, by URI (as given on the command line); other files are shown relative to the cwd. */
export type FileNames = Map<string, string>;

function fileOf(uri: string, names: FileNames): string {
  return names.get(uri) ?? path.relative(process.cwd(), toPath(uri));
}

function where(location: Location, names: FileNames): { file: string; line: number } {
  return { file: fileOf(location.uri, names), line: location.range.start.line + 1 };
}

/** The JSON answer: verdict, delivered, assumptions and the ordered steps. */
export function traceJson(result: TraceResult, names: FileNames): string {
  return JSON.stringify({
    verdict: result.verdict,
    delivered: result.delivered,
    assumptions: result.assumptions.map((a) => ({ ...where(a.location, names), text: a.text, assumed: a.assumed, reason: a.reason })),
    steps: result.steps.map((s) => jsonStep(s, names)),
  }, null, 2);
}

function jsonStep(s: TraceStep, names: FileNames): Record<string, unknown> {
  const step: Record<string, unknown> = {
    hook: s.hook, family: s.family, table: s.table, chain: s.chain, priority: s.priority,
    rule: s.rule ? { ...where(s.rule.location, names), text: s.rule.text } : null,
    matched: s.matched,
  };
  if (s.verdict !== undefined) step.verdict = s.verdict;
  if (s.reason !== undefined) step.reason = s.reason;
  return step;
}

const FATE: Record<TraceResult['delivered'], string> = {
  local: 'delivered to a local socket', forwarded: 'forwarded', sent: 'sent out', dropped: 'dropped',
};

/** The text answer: hook by hook, chain by chain, each rule met with its outcome. */
export function traceText(result: TraceResult, names: FileNames): string {
  const lines = [`packet: ${result.packetIn}`];
  // A packet passes each hook at most once, so steps group by hook.
  for (const visit of result.hooks) {
    lines.push('', `${visit.hook}: ${visit.packet}`, ...visit.notes.map((n) => `  note: ${n}`));
    let baseKey = '';
    let chainKey = '';
    for (const step of result.steps.filter((s) => s.hook === visit.hook)) {
      const base = `${step.family} ${step.table} ${step.baseChain}`;
      const key = `${step.family} ${step.table} ${step.chain}`;
      if (base !== baseKey) lines.push(`  ${base} (priority ${step.priority})`);
      else if (key !== chainKey) lines.push(`  ${'  '.repeat(step.depth + 1)}→ ${step.chain}`);
      baseKey = base;
      chainKey = key;
      lines.push(`  ${'  '.repeat(step.depth + 1)}${stepText(step, names)}`);
    }
  }
  lines.push('', `verdict: ${result.verdict}, ${FATE[result.delivered]}`);
  if (result.packetOut !== result.packetIn) lines.push(`packet out: ${result.packetOut}`);
  if (result.assumptions.length > 0) {
    lines.push('assumptions:');
    for (const a of result.assumptions) {
      const at = where(a.location, names);
      lines.push(`  ${at.file}:${at.line}: ${a.text} — ${a.reason}`);
    }
  }
  for (const error of result.errors) lines.push(`error: ${error}`);
  return lines.join('\n');
}

function stepText(step: TraceStep, names: FileNames): string {
  if (!step.rule) return `policy ${step.verdict}`;
  const at = where(step.rule.location, names);
  const text = step.rule.text.replace(/\s+/g, ' ');
  const outcome = step.matched ? `→ ${step.verdict}` : `✗ ${step.reason ?? 'no match'}`;
  const effects = step.effects?.length ? `  [${step.effects.join('; ')}]` : '';
  return `${at.file}:${at.line}  ${text}  ${outcome}${effects}`;
}
