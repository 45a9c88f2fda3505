/**
 * Insertion fixes whose diagnostic says where: a `;` before a `}` (`missing-separator`), a transport protocol match
 * at the start of the rule (`tproxy-needs-protocol`, `nat-needs-protocol`), an `add table` before the command that
 * needs it (`undefined-table`), `flags interval` in a set (`needs-interval-flag`).
 */
import type { Position } from '../../model/types';
import type { CodeFix, FixContext } from '../code-actions';
import { afterOpenBrace, lineStart } from './nft-edits';

function position(value: unknown): Position | undefined {
  const p = value as Position | undefined;
  return p && typeof p.line === 'number' && typeof p.character === 'number' ? p : undefined;
}

function insert(context: FixContext, title: string, at: Position, newText: string, preferred = true): CodeFix {
  return { title, problem: context.problem, preferred, edits: [{ uri: context.file.uri, range: { start: at, end: at }, newText }] };
}

/** `missing-separator`: add `;` after the last item. */
export function separatorFixes(context: FixContext): CodeFix[] {
  const at = position(context.problem.data?.insertAt);
  return at && context.problem.location.uri === context.file.uri ? [insert(context, "Add ';' before '}'", at, ';')] : [];
}

/** `tproxy-needs-protocol`, `nat-needs-protocol`: start the rule with `meta l4proto tcp` (or udp). */
export function protocolFixes(context: FixContext): CodeFix[] {
  const at = position(context.problem.data?.insertAt);
  if (!at || context.problem.location.uri !== context.file.uri) return [];
  return [
    insert(context, 'Insert `meta l4proto tcp` at the start of the rule', at, 'meta l4proto tcp '),
    insert(context, 'Insert `meta l4proto udp` at the start of the rule', at, 'meta l4proto udp ', false),
  ];
}

/** `undefined-table`: `add table FAMILY NAME` on the line before the command. */
export function createTableFixes(context: FixContext): CodeFix[] {
  const { family, name } = context.problem.data ?? {};
  const at = position(context.problem.data?.commandStart);
  if (!at || typeof family !== 'string' || typeof name !== 'string' || context.problem.location.uri !== context.file.uri) return [];
  return [insert(context, `Create table ${family} ${name} first`, lineStart(at), `add table ${family} ${name}\n`)];
}

/** `needs-interval-flag`: `flags interval;` at the top of the set's block. */
export function intervalFlagFixes(context: FixContext): CodeFix[] {
  const set = context.problem.related?.[0]?.location;
  if (!set || set.uri !== context.file.uri) return [];
  const at = afterOpenBrace(context.file.text, set.range.end);
  return at ? [insert(context, 'Add `flags interval` to the set', at, ' flags interval;')] : [];
}
