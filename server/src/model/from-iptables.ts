/**
 * Lowers an iptables-save tree into the ruleset model. The file's family (ip or ip6) is decided once
 * (iptables-family.ts); `*table` blocks become tables of that family, built-in chains become base chains at the
 * kernel's standard hooks and priorities, `-A`/`-I` rules keep their order. Each rule is resolved as iptables-restore
 * parses it (iptables-resolve.ts: which module or target owns each option), its matches are lowered field by field
 * (iptables-matches.ts) and its target into statements (iptables-targets.ts).
 *
 * Statement args are keyed by the canonical option name (`--to` is stored as `--to-destination`) and hold the
 * argument values without quotes. A target with several effects (TPROXY with --tproxy-mark) gives one statement per
 * effect, the verdict on the last.
 */
import type { Node } from 'web-tree-sitter';
import { findTable, IPT_TARGETS, type IpFamily } from '../catalog/iptables';
import type { ParsedFile } from '../engine/source';
import { emptyRuleset } from './build';
import { detectFamily } from './iptables-family';
import { lowerMatches } from './iptables-matches';
import { resolveRule, type ResolvedRule, type TargetUse } from './iptables-resolve';
import { suggestName } from './iptables-suggest';
import { targetOutcome, type TargetArgs } from './iptables-targets';
import { children, loc } from './lowering-util';
import type { Chain, Location, Rule, Ruleset, Statement, Table } from './types';

/** The state of one file's lowering. */
interface Lowering {
  ruleset: Ruleset;
  file: ParsedFile;
  family: IpFamily;
}

/** Builds the model of an iptables-save / iptables-restore file. */
export function buildIptablesRuleset(file: ParsedFile): Ruleset {
  const ruleset = emptyRuleset(file);
  const family = detectFamily(file.uri, file.text, file.tree.rootNode) === 'ip6' ? 'ipv6' : 'ipv4';
  const lowering: Lowering = { ruleset, file, family };
  for (const node of children(file.tree.rootNode)) {
    if (node.type === 'table') lowerTable(lowering, node);
  }
  return ruleset;
}

function lowerTable(lowering: Lowering, node: Node): void {
  const { ruleset, file } = lowering;
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return;
  const table: Table = {
    family: lowering.family === 'ipv6' ? 'ip6' : 'ip', name: nameNode.text, origin: 'iptables', location: loc(file.uri, node),
    nameLocation: loc(file.uri, nameNode), chains: [], sets: [], flowtables: [], objects: [], flags: [],
  };
  ruleset.tables.push(table);
  for (const item of children(node)) {
    if (item.type === 'chain_declaration') declareChain(lowering, table, item);
    else if (item.type === 'rule') lowerRule(lowering, table, item);
    else if (item.type === 'chain_command') chainCommand(lowering, table, item);
  }
  if (!node.childForFieldName('commit')) {
    ruleset.problems.push({
      code: 'missing-commit', severity: 'error', message: `Table '${table.name}' is not closed by COMMIT: iptables-restore discards it.`,
      location: loc(file.uri, nameNode), data: { table: table.name },
    });
  }
}

/**
 * `:NAME POLICY [counters]`. iptables-nft-restore takes a second declaration of a built-in chain as a new policy and
 * empties a user chain declared again; a policy on a user chain is dropped.
 */
function declareChain(lowering: Lowering, table: Table, item: Node): void {
  const uri = lowering.file.uri;
  const chainName = item.childForFieldName('name');
  if (!chainName) return;
  const policyNode = item.childForFieldName('policy');
  const existing = chainIn(table, chainName.text);
  const chain = existing ?? newChain(table, chainName.text, loc(uri, item), loc(uri, chainName));
  if (!existing) addChain(table, chain);
  else if (!chain.builtin) chain.rules = [];
  const policy = policyNode?.text;
  if (chain.builtin && (policy === 'ACCEPT' || policy === 'DROP')) {
    chain.policy = policy === 'ACCEPT' ? 'accept' : 'drop';
    chain.policyLocation = loc(uri, policyNode as Node);
  }
}

/** `-N`, `-P`, `-F` inside a restore file. */
function chainCommand(lowering: Lowering, table: Table, item: Node): void {
  const uri = lowering.file.uri;
  const command = item.childForFieldName('command')?.text ?? '';
  const chainName = item.childForFieldName('chain');
  if (!chainName) return;
  const chain = chainIn(table, chainName.text);
  if (/^(-N|--new-chain)$/.test(command) && !chain) {
    addChain(table, { table, name: chainName.text, location: loc(uri, item), nameLocation: loc(uri, chainName), rules: [], builtin: false });
  } else if (/^(-P|--policy)$/.test(command) && chain?.builtin) {
    const policyNode = item.childForFieldName('policy');
    if (policyNode?.text === 'ACCEPT' || policyNode?.text === 'DROP') {
      chain.policy = policyNode.text === 'ACCEPT' ? 'accept' : 'drop';
      chain.policyLocation = loc(uri, policyNode);
    }
  } else if (/^(-F|--flush)$/.test(command) && chain) {
    chain.rules = [];
  }
}

const chainIndex = new WeakMap<Table, Map<string, Chain>>();

/** The chain of a table by name (an index: kube-proxy dumps have tens of thousands of chains). */
function chainIn(table: Table, name: string): Chain | undefined {
  return chainIndex.get(table)?.get(name);
}

/** Appends a chain to its table and the index. */
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

/** True when a `-4`/`-6` option marks the line for the other restore tool, which skips it. */
function forOtherFamily(resolved: ResolvedRule): boolean {
  const other = resolved.family === 'ipv4' ? '--ipv6' : '--ipv4';
  return resolved.core.some((use) => use.option?.name === other);
}

function lowerRule(lowering: Lowering, table: Table, node: Node): void {
  const { ruleset, file, family } = lowering;
  const command = node.childForFieldName('command')?.text ?? '';
  const chainNode = node.childForFieldName('chain');
  if (!chainNode || !/^(-A|--append|-I|--insert)$/.test(command)) return;
  const resolved = resolveRule(children(node), family, (name) => chainIn(table, name) !== undefined);
  if (forOtherFamily(resolved)) return;
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
  const { matches, comment } = lowerMatches(resolved, { uri: file.uri, family });
  const rule: Rule = { chain, index: chain.rules.length, location: loc(file.uri, node), text: node.text, matches, statements: [] };
  if (comment !== undefined) rule.comment = comment;
  if (resolved.target) rule.statements = lowerTarget(lowering, table, chain, resolved, resolved.target);
  if (command === '-I' || command === '--insert') {
    const position = Number(node.childForFieldName('position')?.text ?? 1);
    chain.rules.splice(Math.max(0, Math.min(chain.rules.length, position - 1)), 0, rule);
    chain.rules.forEach((r, i) => { r.index = i; });
  } else {
    chain.rules.push(rule);
  }
}

/** Target names of the rule's family, for telling a mistyped target from a jump to an undeclared chain. */
const TARGET_NAMES: Record<IpFamily, string[]> = {
  ipv4: IPT_TARGETS.filter((t) => t.families.includes('ipv4')).map((t) => t.name),
  ipv6: IPT_TARGETS.filter((t) => t.families.includes('ipv6')).map((t) => t.name),
};

/** The suggestion for an unknown `-j NAME` when it looks like a mistyped target rather than a chain. */
export function targetSuggestion(target: TargetUse, family: IpFamily): string | undefined {
  return target.resolution === 'unknown' && !target.goto ? suggestName(target.name, TARGET_NAMES[family]) : undefined;
}

function lowerTarget(lowering: Lowering, table: Table, chain: Chain, resolved: ResolvedRule, target: TargetUse): Statement[] {
  const { ruleset, file, family } = lowering;
  const node = target.node as Node;
  const nameNode = node.childForFieldName('name') as Node;
  const args: TargetArgs = {};
  for (const use of target.options) args[use.option?.name ?? use.written] = use.args.join(' ');
  for (const use of resolved.unknown) if (use.node.startIndex > node.startIndex) args[use.written] = use.args.join(' ');
  // The statement spans the target and its options (`-j LOG --log-prefix x`).
  const last = target.options[target.options.length - 1]?.node ?? node;
  const location = { uri: file.uri, range: { start: loc(file.uri, node).range.start, end: loc(file.uri, last).range.end } };
  const text = [node, ...target.options.map((o) => o.node)].map((n) => n.text).join(' ');
  const base = { name: target.name, location, text, args };
  const isChain = target.resolution === 'chain' || (target.resolution === 'unknown' && targetSuggestion(target, family) === undefined);
  if (isChain) {
    ruleset.references.push({ kind: 'chain', name: target.name, location: loc(file.uri, nameNode), table });
    return [{ ...base, effect: { kind: 'none' }, verdict: { kind: target.goto ? 'goto' : 'jump', target: target.name, targetLocation: loc(file.uri, nameNode) } }];
  }
  const outcome = targetOutcome(target, args, { family, hook: chain.base?.hook });
  const effects = outcome.effects.length > 0 ? outcome.effects : [{ kind: 'none' as const }];
  return effects.map((effect, i) => {
    const statement: Statement = { ...base, effect };
    if (i === effects.length - 1 && outcome.verdict) statement.verdict = outcome.verdict;
    return statement;
  });
}
