/**
 * Chains of an iptables table as iptables-nft-restore builds them: `:NAME POLICY` declarations, `-N`, `-P`, `-F`,
 * and the problems they can have: `duplicate-chain` (a user chain declared again is emptied; `-N` of an existing
 * chain is refused), `policy-on-user-chain` (dropped in a declaration, refused by `-P`) and `unknown-builtin-chain`
 * (a built-in chain name the table does not have: a user chain in a declaration, refused by `-P`).
 */
import type { Node } from 'web-tree-sitter';
import { findTable, IPT_TABLES } from '../catalog/iptables';
import { loc } from './lowering-util';
import type { Chain, Location, Problem, Table } from './types';

const chainIndex = new WeakMap<Table, Map<string, Chain>>();

/** The chain of a table by name (an index: kube-proxy dumps have tens of thousands of chains). */
export function chainIn(table: Table, name: string): Chain | undefined {
  return chainIndex.get(table)?.get(name);
}

/** Appends a chain to its table and the index. */
export function addChain(table: Table, chain: Chain): void {
  table.chains.push(chain);
  let index = chainIndex.get(table);
  if (!index) chainIndex.set(table, (index = new Map()));
  if (!index.has(chain.name)) index.set(chain.name, chain);
}

/** A chain of a table: built-in chains get their hook and the kernel's standard priority. */
export function newChain(table: Table, name: string, location: Location, nameLocation: Location): Chain {
  const builtin = findTable(table.name)?.chains.find((c) => c.name === name);
  const type = table.name === 'nat' ? 'nat' : table.name === 'mangle' && builtin?.hook === 'output' ? 'route' : 'filter';
  return {
    table, name, location, nameLocation, rules: [], builtin: builtin !== undefined,
    base: builtin && { type, hook: builtin.hook, priority: builtin.priority, priorityText: String(builtin.priority), devices: [] },
  };
}

/** Tables that have a built-in chain of this name (for "PREROUTING is not a chain of filter"). */
function tablesWithBuiltin(name: string): string[] {
  return IPT_TABLES.filter((t) => t.chains.some((c) => c.name === name)).map((t) => t.name);
}

/** Built-in chain names of a table, for messages. */
function builtinNames(table: Table): string {
  return (findTable(table.name)?.chains ?? []).map((c) => c.name).join(', ');
}

/** `:NAME POLICY [counters]`: a second declaration of a built-in chain sets the policy again, of a user chain empties it. */
export function declareChain(table: Table, item: Node, uri: string, problems: Problem[]): void {
  const nameNode = item.childForFieldName('name');
  if (!nameNode) return;
  const policyNode = item.childForFieldName('policy');
  const policy = policyNode?.text;
  const existing = chainIn(table, nameNode.text);
  const chain = existing ?? newChain(table, nameNode.text, loc(uri, item), loc(uri, nameNode));
  if (!existing) addChain(table, chain);
  else {
    const lost = chain.builtin ? 0 : chain.rules.length;
    if (!chain.builtin) chain.rules = [];
    problems.push({
      code: 'duplicate-chain', severity: 'warning', location: loc(uri, nameNode), related: [{ location: existing.nameLocation, message: 'first declared here' }],
      message: `Chain '${chain.name}' is declared twice in table ${table.name}. iptables-nft-restore ${chain.builtin ? 'takes the later policy' : `empties the chain here${lost > 0 ? ` (its ${lost} rule${lost === 1 ? '' : 's'} above are lost)` : ''}`}; iptables-legacy-restore refuses the file.`,
      data: { chain: chain.name },
    });
  }
  if (chain.builtin) {
    if (policy === 'ACCEPT' || policy === 'DROP') {
      chain.policy = policy === 'ACCEPT' ? 'accept' : 'drop';
      chain.policyLocation = loc(uri, policyNode as Node);
    }
    return;
  }
  const elsewhere = tablesWithBuiltin(chain.name);
  if (elsewhere.length > 0) {
    problems.push({
      code: 'unknown-builtin-chain', severity: 'warning', location: loc(uri, nameNode),
      message: `Table ${table.name} has no built-in chain ${chain.name} (it has ${builtinNames(table)}; ${chain.name} is built into ${elsewhere.join(', ')}). iptables-nft-restore creates a user chain of that name${policy === 'ACCEPT' || policy === 'DROP' ? ' and ignores the policy' : ''}, which no packet enters unless a rule jumps to it.`,
      data: { chain: chain.name, tables: elsewhere },
    });
  } else if (policyNode && (policy === 'ACCEPT' || policy === 'DROP')) {
    problems.push({
      code: 'policy-on-user-chain', severity: 'warning', location: loc(uri, policyNode),
      message: `User chain '${chain.name}' cannot have a policy: iptables-nft-restore ignores ${policy} here (iptables-legacy-restore refuses it). Write '-' and end the chain with an explicit rule instead.`,
      data: { chain: chain.name, policy },
    });
  }
}

/** `-N`, `-P`, `-F` inside a restore file. */
export function chainCommand(table: Table, item: Node, uri: string, problems: Problem[]): void {
  const command = item.childForFieldName('command')?.text ?? '';
  const nameNode = item.childForFieldName('chain');
  if (!nameNode) return;
  const chain = chainIn(table, nameNode.text);
  if (/^(-N|--new-chain)$/.test(command)) {
    if (!chain) addChain(table, { table, name: nameNode.text, location: loc(uri, item), nameLocation: loc(uri, nameNode), rules: [], builtin: false });
    else problems.push({
      code: 'duplicate-chain', severity: 'error', location: loc(uri, nameNode), related: [{ location: chain.nameLocation, message: 'already declared here' }],
      message: `Chain '${chain.name}' already exists in table ${table.name}: iptables-restore refuses -N ("Chain already exists").`,
      data: { chain: chain.name, command: true },
    });
  } else if (/^(-P|--policy)$/.test(command)) {
    policyCommand(table, chain, item, nameNode, uri, problems);
  } else if (/^(-F|--flush)$/.test(command) && chain) {
    chain.rules = [];
  }
}

function policyCommand(table: Table, chain: Chain | undefined, item: Node, nameNode: Node, uri: string, problems: Problem[]): void {
  const policyNode = item.childForFieldName('policy');
  if (chain?.builtin) {
    if (policyNode?.text === 'ACCEPT' || policyNode?.text === 'DROP') {
      chain.policy = policyNode.text === 'ACCEPT' ? 'accept' : 'drop';
      chain.policyLocation = loc(uri, policyNode);
    }
    return;
  }
  const builtinHere = findTable(table.name)?.chains.some((c) => c.name === nameNode.text) ?? false;
  if (builtinHere) return;
  if (chain) {
    problems.push({
      code: 'policy-on-user-chain', severity: 'error', location: loc(uri, nameNode),
      message: `'${chain.name}' is a user chain: iptables-restore refuses -P for it ("Bad built-in chain name"). Only ${builtinNames(table)} have a policy in table ${table.name}.`,
      data: { chain: chain.name, command: true },
    });
  } else {
    problems.push({
      code: 'unknown-builtin-chain', severity: 'error', location: loc(uri, nameNode),
      message: `Table ${table.name} has no built-in chain ${nameNode.text}: iptables-restore refuses -P ("Bad built-in chain name"). Its built-in chains are ${builtinNames(table)}.`,
      data: { chain: nameNode.text },
    });
  }
}
