/** Shared pieces of the nft diagnostics: reading the lowering's facts and reporting undefined names. */
import type { NftFacts } from '../../model/nft-facts';
import type { Location, ObjectKind, Problem, Reference, ReferenceKind, Ruleset, Severity, Table } from '../../model/types';
import type { DiagnosticRule } from '../index';
import { closestName } from '../../model/suggest';

/** A diagnostic rule that reads the nft facts of a ruleset (and reports nothing for iptables). */
export function nftRule(code: string, run: (facts: NftFacts, ruleset: Ruleset) => Problem[]): DiagnosticRule {
  return { codes: [code], run: (ruleset) => (ruleset.nft ? run(ruleset.nft, ruleset) : []) };
}

/** A problem with the common fields. */
export function problem(code: string, severity: Severity, message: string, location: Location, data?: Record<string, unknown>): Problem {
  return { code, severity, message, location, ...(data ? { data } : {}) };
}

/** `inet filter`: how messages name a table. */
export function tableName(table: Table): string {
  return `${table.family} ${table.name}`;
}

const WHAT: Record<ReferenceKind, string> = {
  chain: 'Chain', set: 'Set', map: 'Map', flowtable: 'Flowtable', object: 'Object', variable: 'Variable',
};

/** The names a reference could have meant in its table. */
function candidates(ref: Reference, table: Table): string[] {
  switch (ref.kind) {
    case 'set':
    case 'map': return table.sets.map((s) => s.name);
    case 'flowtable': return table.flowtables.map((f) => f.name);
    case 'object': return table.objects.filter((o) => !ref.objectKind || o.kind === ref.objectKind).map((o) => o.name);
    default: return [];
  }
}

/** Whether the table has what the reference names. */
function defined(ref: Reference, table: Table): boolean {
  if (ref.kind === 'object') return table.objects.some((o) => o.name === ref.name && (!ref.objectKind || o.kind === ref.objectKind));
  return candidates(ref, table).includes(ref.name);
}

/** Problems for references of one kind whose table never gets what they name. */
export function undefinedNames(ruleset: Ruleset, kind: ReferenceKind, code: string): Problem[] {
  const problems: Problem[] = [];
  const live = new Set(ruleset.tables);
  for (const ref of ruleset.references) {
    if (ref.kind !== kind || !ref.table || !live.has(ref.table) || defined(ref, ref.table)) continue;
    const suggestion = closestName(ref.name, candidates(ref, ref.table));
    const what = ref.kind === 'object' ? objectWhat(ref.objectKind) : WHAT[ref.kind];
    problems.push(problem(code, 'error',
      `${what} '${ref.name}' does not exist in table ${tableName(ref.table)}.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
      ref.location, { name: ref.name, suggestion, kind: ref.kind, objectKind: ref.objectKind, table: tableName(ref.table) }));
  }
  return problems;
}

function objectWhat(kind: ObjectKind | undefined): string {
  if (!kind) return 'Object';
  return `${kind[0].toUpperCase()}${kind.slice(1)}`;
}
