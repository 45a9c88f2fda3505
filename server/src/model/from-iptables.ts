/**
 * Lowers an iptables-save tree into the ruleset model: `*table` blocks become tables of family ip (ip6tables files
 * are recognised by their addresses later), built-in chains become base chains at the kernel's standard hooks and
 * priorities, `-A` rules keep their order, and `-j`/`-g` to a user chain become jump/goto verdicts.
 * Matches are kept as opaque text until the catalog-driven field lowering lands (the sound choice).
 */
import type { Node } from 'web-tree-sitter';
import { findTable } from '../catalog/iptables/core';
import type { ParsedFile } from '../engine/source';
import { emptyRuleset } from './build';
import { children, loc, unquote } from './lowering-util';
import type { Chain, Location, Rule, Ruleset, Statement, Table, Verdict } from './types';

const STANDARD: Record<string, Verdict['kind']> = { ACCEPT: 'accept', DROP: 'drop', RETURN: 'return', QUEUE: 'queue' };

/** Builds the model of an iptables-save / iptables-restore file. */
export function buildIptablesRuleset(file: ParsedFile): Ruleset {
  const ruleset = emptyRuleset(file);
  for (const node of children(file.tree.rootNode)) {
    if (node.type === 'table') lowerTable(ruleset, file, node);
  }
  return ruleset;
}

function lowerTable(ruleset: Ruleset, file: ParsedFile, node: Node): void {
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return;
  const table: Table = {
    family: 'ip', name: nameNode.text, origin: 'iptables', location: loc(file.uri, node), nameLocation: loc(file.uri, nameNode),
    chains: [], sets: [], flowtables: [], objects: [], flags: [],
  };
  ruleset.tables.push(table);
  for (const item of children(node)) {
    if (item.type === 'chain_declaration') {
      const chainName = item.childForFieldName('name');
      if (!chainName) continue;
      const chain = newChain(table, chainName.text, loc(file.uri, item), loc(file.uri, chainName));
      const policy = item.childForFieldName('policy')?.text;
      if (policy === 'ACCEPT' || policy === 'DROP') {
        chain.policy = policy === 'ACCEPT' ? 'accept' : 'drop';
        chain.policyLocation = loc(file.uri, item.childForFieldName('policy') as Node);
      }
      addChain(table, chain);
    } else if (item.type === 'rule') {
      lowerRule(ruleset, file, table, item);
    } else if (item.type === 'chain_command' && /^(-N|--new-chain)$/.test(item.childForFieldName('command')?.text ?? '')) {
      const chainName = item.childForFieldName('chain');
      if (chainName && !chainIn(table, chainName.text)) {
        addChain(table, { table, name: chainName.text, location: loc(file.uri, item), nameLocation: loc(file.uri, chainName), rules: [], builtin: false });
      }
    }
  }
  if (!node.childForFieldName('commit')) {
    ruleset.problems.push({
      code: 'missing-commit', severity: 'error', message: `Table '${table.name}' is not closed by COMMIT: iptables-restore discards it.`,
      location: loc(file.uri, nameNode), data: { table: table.name },
    });
  }
}

const chainIndex = new WeakMap<Table, Map<string, Chain>>();

/** The chain of a table by name (an index: kube-proxy dumps have tens of thousands of chains). */
function chainIn(table: Table, name: string): Chain | undefined {
  return chainIndex.get(table)?.get(name);
}

/** Appends a chain to its table and the index; the first declaration of a name wins lookups. */
function addChain(table: Table, chain: Chain): void {
  table.chains.push(chain);
  let index = chainIndex.get(table);
  if (!index) chainIndex.set(table, (index = new Map()));
  if (!index.has(chain.name)) index.set(chain.name, chain);
}

/** A chain of a table: built-in chains get their hook and the kernel's standard priority. */
function newChain(table: Table, name: string, location: Location, nameLocation: Location): Chain {
  const builtin = findTable(table.name)?.chains.find((c) => c.name === name);
  const type = table.name === 'nat' ? 'nat' : table.name === 'mangle' && builtin?.hook === 'output' ? 'route' : 'filter';
  return {
    table, name, location, nameLocation, rules: [], builtin: builtin !== undefined,
    base: builtin && { type, hook: builtin.hook, priority: builtin.priority, priorityText: String(builtin.priority), devices: [] },
  };
}

function lowerRule(ruleset: Ruleset, file: ParsedFile, table: Table, node: Node): void {
  const command = node.childForFieldName('command')?.text ?? '';
  const chainNode = node.childForFieldName('chain');
  if (!chainNode || !/^(-A|--append|-I|--insert)$/.test(command)) return;
  let chain = chainIn(table, chainNode.text);
  if (!chain) {
    // Built-in chains exist without a declaration; iptables-restore refuses rules for other undeclared chains.
    chain = newChain(table, chainNode.text, loc(file.uri, chainNode), loc(file.uri, chainNode));
    addChain(table, chain);
    if (!chain.builtin) ruleset.problems.push({
      code: 'undefined-chain', severity: 'error', message: `Chain '${chainNode.text}' is not declared in table '${table.name}'.`,
      location: loc(file.uri, chainNode), data: { chain: chainNode.text },
    });
  }
  const rule: Rule = { chain, index: chain.rules.length, location: loc(file.uri, node), text: node.text, matches: [], statements: [] };
  for (const item of children(node)) {
    if (item.type === 'option' || item.type === 'match') {
      if (item.type === 'option' && /^(-c|--set-counters|-4|-6)$/.test(item.childForFieldName('name')?.text ?? '')) continue;
      rule.matches.push({ kind: 'opaque', text: item.text, location: loc(file.uri, item), stateful: false, module: item.type });
    } else if (item.type === 'target') {
      rule.statements.push(lowerTarget(ruleset, file, table, item, node));
    }
  }
  if (command === '-I' || command === '--insert') {
    const position = Number(node.childForFieldName('position')?.text ?? 1);
    chain.rules.splice(Math.max(0, Math.min(chain.rules.length, position - 1)), 0, rule);
    chain.rules.forEach((r, i) => { r.index = i; });
  } else {
    chain.rules.push(rule);
  }
}

function lowerTarget(ruleset: Ruleset, file: ParsedFile, table: Table, node: Node, ruleNode: Node): Statement {
  const nameNode = node.childForFieldName('name') as Node;
  const name = unquote(nameNode?.text ?? '');
  const isGoto = /^(-g|--goto)$/.test(node.childForFieldName('flag')?.text ?? '');
  const args: Record<string, string> = {};
  let seen = false;
  for (const item of children(ruleNode)) {
    if (item === node) seen = true;
    else if (seen && item.type === 'option') {
      const optionName = item.childForFieldName('name')?.text ?? '';
      args[optionName] = item.childrenForFieldName('argument').map((a) => a?.text ?? '').join(' ');
    }
  }
  const statement: Statement = { name, location: loc(file.uri, node), text: node.text, effect: { kind: 'none' }, args };
  if (STANDARD[name]) {
    statement.verdict = { kind: STANDARD[name] } as Verdict;
  } else if (name === 'REJECT') {
    statement.verdict = { kind: 'reject', with: args['--reject-with'] };
  } else if (isGoto || !/^[A-Z0-9_]+$/.test(name) || chainIn(table, name)) {
    // A user chain (user chains may be upper case; targets are upper case by convention, chains are declared).
    statement.verdict = { kind: isGoto ? 'goto' : 'jump', target: name, targetLocation: loc(file.uri, nameNode) };
    ruleset.references.push({ kind: 'chain', name, location: loc(file.uri, nameNode), table });
  }
  return statement;
}
