/**
 * Lowers an nftables tree into the ruleset model.
 *
 * Covered so far: block-style tables, chains (type/hook/priority/policy), rules with their statements and verdicts,
 * sets/maps by name, chain references from jump/goto. Matches are kept as opaque text until the field lowering lands;
 * opaque is the sound choice (analyses never draw conclusions from them).
 */
import type { Node } from 'web-tree-sitter';
import { namedPriority } from '../catalog/nftables/index';
import type { NftFamily, NftHook } from '../catalog/nftables/types';
import type { EngineHost, ParsedFile } from '../engine/source';
import { emptyRuleset } from './build';
import { children, loc, unquote } from './lowering-util';
import type { BaseChainInfo, Chain, ChainType, Family, Hook, Rule, Ruleset, Statement, Table, Verdict } from './types';

const FAMILIES = new Set(['ip', 'ip6', 'inet', 'arp', 'bridge', 'netdev']);

/** Builds the model of an nft file, following its includes through the host. */
export function buildNftablesRuleset(file: ParsedFile, _host: EngineHost): Ruleset {
  const ruleset = emptyRuleset(file);
  for (const node of children(file.tree.rootNode)) {
    if (node.type === 'table') lowerTable(ruleset, file, node);
  }
  return ruleset;
}

function lowerTable(ruleset: Ruleset, file: ParsedFile, node: Node): void {
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return;
  const familyText = node.childForFieldName('family')?.text ?? 'ip';
  const family = (FAMILIES.has(familyText) ? familyText : 'ip') as Family;
  const name = unquote(nameNode.text);
  let table = ruleset.tables.find((t) => t.family === family && t.name === name);
  if (!table) {
    table = {
      family, name, origin: 'nftables', location: loc(file.uri, node), nameLocation: loc(file.uri, nameNode),
      chains: [], sets: [], flowtables: [], objects: [], flags: [],
    };
    ruleset.tables.push(table);
  }
  const body = node.childForFieldName('body');
  for (const item of body ? children(body) : []) {
    if (item.type === 'chain') lowerChain(ruleset, file, table, item);
  }
}

function lowerChain(ruleset: Ruleset, file: ParsedFile, table: Table, node: Node): void {
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return;
  const name = unquote(nameNode.text);
  let chain = table.chains.find((c) => c.name === name);
  if (!chain) {
    chain = { table, name, location: loc(file.uri, node), nameLocation: loc(file.uri, nameNode), rules: [], builtin: false };
    table.chains.push(chain);
  }
  const body = node.childForFieldName('body');
  for (const item of body ? children(body) : []) {
    if (item.type === 'chain_type_declaration') chain.base = baseInfo(table.family, item);
    else if (item.type === 'policy_declaration') {
      const policy = item.childForFieldName('policy')?.text;
      if (policy === 'accept' || policy === 'drop') {
        chain.policy = policy;
        chain.policyLocation = loc(file.uri, item);
      }
    } else if (item.type === 'rule') chain.rules.push(lowerRule(ruleset, file, chain, item));
  }
}

function baseInfo(family: Family, node: Node): BaseChainInfo | undefined {
  const type = node.childForFieldName('type')?.text as ChainType | undefined;
  const hook = node.childForFieldName('hook')?.text as Hook | undefined;
  if (!type || !hook) return undefined;
  const priorityNode = node.childForFieldName('priority');
  const priorityText = priorityNode?.text ?? '0';
  const devices = [node.childForFieldName('device'), node.childForFieldName('devices')]
    .filter((d): d is Node => d !== null).map((d) => unquote(d.text));
  return { type, hook, priority: evalPriority(family, hook, priorityNode), priorityText, devices };
}

/** Evaluates `filter - 10`, `-150`, `dstnat`; unknown names count as 0 (the diagnostics report them). */
function evalPriority(family: Family, hook: Hook, node: Node | null): number {
  if (!node) return 0;
  const base = node.childForFieldName('base');
  if (!base) {
    const n = Number(node.text.replace(/\s+/g, ''));
    return Number.isFinite(n) ? n : 0;
  }
  const named = namedPriority(family as NftFamily, hook as NftHook, base.text) ?? 0;
  const offset = Number(node.childForFieldName('offset')?.text ?? 0);
  return node.childForFieldName('operator')?.text === '-' ? named - offset : named + offset;
}

function lowerRule(ruleset: Ruleset, file: ParsedFile, chain: Chain, node: Node): Rule {
  const rule: Rule = { chain, index: chain.rules.length, location: loc(file.uri, node), text: node.text, matches: [], statements: [] };
  for (const item of children(node)) {
    if (item === node.childForFieldName('comment')) {
      rule.comment = unquote(item.text);
    } else if (item.type === 'match_expression') {
      rule.matches.push({ kind: 'opaque', text: item.text, location: loc(file.uri, item), stateful: false, module: item.childForFieldName('left')?.type ?? 'match' });
    } else {
      rule.statements.push(lowerStatement(ruleset, file, chain.table, item));
    }
  }
  return rule;
}

function lowerStatement(ruleset: Ruleset, file: ParsedFile, table: Table, node: Node): Statement {
  const statement: Statement = { name: node.type.replace(/_statement$/, ''), location: loc(file.uri, node), text: node.text, effect: { kind: 'none' }, args: {} };
  if (node.type === 'verdict_statement') {
    const verdict = node.childForFieldName('verdict')?.text ?? '';
    statement.name = verdict;
    const target = node.childForFieldName('chain');
    if ((verdict === 'jump' || verdict === 'goto') && target && target.type !== 'chain_body') {
      const name = unquote(target.text);
      statement.verdict = { kind: verdict, target: name, targetLocation: loc(file.uri, target) };
      if (!target.text.startsWith('$')) ruleset.references.push({ kind: 'chain', name, location: loc(file.uri, target), table });
    } else if (['accept', 'drop', 'return', 'continue', 'queue'].includes(verdict)) {
      statement.verdict = { kind: verdict } as Verdict;
    }
  } else if (node.type === 'reject_statement') {
    statement.verdict = { kind: 'reject' };
  } else if (node.type === 'nat_statement') {
    statement.name = node.childForFieldName('kind')?.text ?? 'nat';
  }
  return statement;
}
