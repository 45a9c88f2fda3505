/**
 * Where the kernel accepts each part of a rule, from the catalogs: an iptables target or match may be limited to
 * some tables and hooks, an nft statement or selector to some families, chain types and hooks. The wrong-table and
 * wrong-hook diagnostics compare these limits with the chain the rule is in and the base chains that reach it.
 */
import { findMatch, findTarget, type IpFamily } from '../catalog/iptables/index';
import { findSelector, findStatement, type Placement } from '../catalog/nftables/index';
import type { ChainType, Family, Hook, Location, Rule, Statement, Table } from '../model/types';
import { RuleMemo } from './rule-memo';

export interface Requirement {
  /** How the reader knows the limited thing: `-j TPROXY`, `-m owner`, `masquerade`, `fib daddr oif`. */
  what: string;
  location: Location;
  /** iptables tables it exists in. */
  tables?: string[];
  hooks?: Hook[];
  /** nft chain types it needs (nat statements). */
  chainTypes?: ChainType[];
  families?: Family[];
}

/**
 * Requirements by rule, with the table they were read for: an unchanged rule of an edited document is the same object
 * at the next check (model/iptables-memo.ts), and wrong-table and wrong-hook ask for every rule at every check.
 */
const requirementMemo = new RuleMemo<{ origin: string | undefined; family: Family; line: number; requirements: Requirement[] }>('requirements');

/**
 * The placement limits of the targets, statements and matches of a rule. Kept per rule while its table and its line
 * are the same (a reused rule may have moved to another line: the locations kept here are copies).
 */
export function requirementsOf(rule: Rule): Requirement[] {
  const { origin, family } = rule.chain.table;
  const line = rule.location.range.start.line;
  const kept = requirementMemo.get(rule);
  if (kept && kept.origin === origin && kept.family === family && kept.line === line) return kept.requirements;
  const requirements = origin === 'iptables' ? iptablesRequirements(rule) : nftRequirements(rule);
  requirementMemo.set(rule, { origin, family, line, requirements });
  return requirements;
}

/** What wrong-table and wrong-hook read of a rule's requirements, as a key for `DiagnosticRule.reads`. */
export function requirementsKey(rule: Rule, at: (location: Location) => string): string {
  let key = '';
  for (const r of requirementsOf(rule)) key += `${r.what}|${r.tables}|${r.hooks}|${r.chainTypes}|${r.families}|${at(r.location)};`;
  return key;
}

function ipFamily(table: Table): IpFamily {
  return table.family === 'ip6' ? 'ipv6' : 'ipv4';
}

function iptablesRequirements(rule: Rule): Requirement[] {
  const family = ipFamily(rule.chain.table);
  const out: Requirement[] = [];
  for (const statement of rule.statements) {
    if (statement.verdict?.kind === 'jump' || statement.verdict?.kind === 'goto') continue;
    const target = findTarget(statement.name, family);
    if (target && (target.tables || target.hooks)) {
      out.push({ what: `-j ${statement.name}`, location: headLocation(statement), tables: target.tables, hooks: target.hooks });
    }
  }
  const seen = new Set<string>();
  for (const match of rule.matches) {
    const module = match.module;
    if (!module || seen.has(module)) continue;
    seen.add(module);
    const extension = findMatch(module, family);
    if (extension && (extension.tables || extension.hooks)) {
      out.push({ what: `-m ${module}`, location: match.location, tables: extension.tables, hooks: extension.hooks });
    }
  }
  return out;
}

/** The `-j NAME` part of an iptables target statement (its options follow on the same line). */
function headLocation(statement: Statement): Location {
  const head = /^\S+\s+\S+/.exec(statement.text)?.[0];
  const { start, end } = statement.location.range;
  if (!head || start.line !== end.line) return statement.location;
  return { uri: statement.location.uri, range: { start, end: { line: start.line, character: start.character + head.length } } };
}

function nftRequirements(rule: Rule): Requirement[] {
  const out: Requirement[] = [];
  const add = (what: string, location: Location, placement: Placement | undefined): void => {
    if (placement && (placement.families || placement.chainTypes || placement.hooks)) {
      out.push({ what, location, hooks: placement.hooks, chainTypes: placement.chainTypes, families: placement.families });
    }
  };
  for (const statement of rule.statements) add(statement.name, statement.location, findStatement(statement.name));
  for (const match of rule.matches) {
    if (!match.module || ('implicit' in match && match.implicit)) continue;
    add(match.module, match.location, findSelector(...match.module.split(' ')));
  }
  return out;
}
