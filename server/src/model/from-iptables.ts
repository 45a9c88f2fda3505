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
import { ownString, ownStrings } from './own-strings';
import type { Node } from 'web-tree-sitter';
import type { IpFamily } from '../catalog/iptables';
import type { ParsedFile } from '../engine/source';
import { emptyRuleset } from './build';
import { addChain, chainCommand, chainIn, declareChain, newChain } from './iptables-chains';
import { checkExtensions, unknownTarget } from './iptables-check-extensions';
import { checkOptions } from './iptables-check-options';
import { checkLines } from './iptables-lines';
import { familyEvidence } from './iptables-family';
import { lowerMatches } from './iptables-matches';
import { resolveRule, type ResolvedRule, type TargetUse } from './iptables-resolve';
import { targetOutcome, type TargetArgs } from './iptables-targets';
import { children, loc, mayHoldError, syntaxRoot } from './lowering-util';
import { moveRecord, recordHolds, type RuleRecord } from './iptables-memo';
import { keepLowering, LineRecorder, spliceEditedLine, type IndependentTables, type LowerLine } from './iptables-splice';
import { outlineOf } from './splice-util';
import { report, type CheckContext } from './iptables-problems';
import type { Chain, Problem, Reference, Rule, Ruleset, Statement, Table } from './types';

/** The state of one file's lowering. */
interface Lowering {
  ruleset: Ruleset;
  file: ParsedFile;
  family: IpFamily;
  /** While a rule is lowered for the memo: the chain names asked about and the answers. */
  queries?: Map<string, boolean>;
  /** The command of the rule line lowerRule read last (undefined when the line has none). */
  command?: RuleCommand;
  /** For an open document: what each line gave and which tables have no rule depending on another line (iptables-splice.ts). */
  lines?: LineRecorder;
  independent?: IndependentTables;
}

/** Builds the model of an iptables-save / iptables-restore file. */
export function buildIptablesRuleset(file: ParsedFile): Ruleset {
  const memo = file.memo;
  const spliced = memo && spliceEditedLine(file, memo, lineLowerer(file));
  if (spliced) return spliced;
  const ruleset = emptyRuleset(file);
  const root = syntaxRoot(file);
  const evidence = familyEvidence(file.uri, file.text, root);
  const family = evidence.family === 'ip6' ? 'ipv6' : 'ipv4';
  const lines = memo ? new LineRecorder() : undefined;
  const independent: IndependentTables = new WeakMap();
  const lowering: Lowering = { ruleset, file, family, lines, independent };
  memo?.begin();
  const roots = children(root);
  for (const node of roots) {
    if (node.type === 'table') lowerTable(lowering, node);
  }
  memo?.end();
  const lineProblems: Problem[] = [];
  checkLines(file, lineProblems);
  ruleset.problems.push(...lineProblems);
  if (memo && lines) {
    keepLowering(memo, file, { ruleset, family, familyThrough: evidence.through, independent, lines: lines.lines, outline: outlineOf(roots), lineProblems });
  }
  return ruleset;
}

function lowerTable(lowering: Lowering, node: Node): void {
  const { ruleset, file, lines } = lowering;
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return;
  const table: Table = {
    family: lowering.family === 'ipv6' ? 'ip6' : 'ip', name: nameNode.text, origin: 'iptables', location: loc(file.uri, node),
    nameLocation: loc(file.uri, nameNode), chains: [], sets: [], flowtables: [], objects: [], flags: [],
  };
  ruleset.tables.push(table);
  // Whether every rule depends on its own line alone: chains all declared before the first rule, rules only appended.
  let independent = true;
  let rules = false;
  const created = new Map<string, number>();
  for (const item of children(node)) {
    if (item.type === 'rule') {
      rules = true;
      const problems = ruleset.problems.length;
      const references = ruleset.references.length;
      const chains = table.chains.length;
      lowering.command = undefined;
      const rule = lowerRuleOrReuse(lowering, table, item);
      if (lowering.command && lowering.command !== 'append') independent = false;
      for (const chain of table.chains.slice(chains)) created.set(chain.name, item.startPosition.row);
      lines?.add(item, { rules: rule ? [rule] : [], problems: ruleset.problems.slice(problems), references: ruleset.references.slice(references) });
      continue;
    }
    lines?.add(item, item.type === 'ERROR' ? { rules: [], problems: [], references: [] } : undefined);
    if (item.type === 'chain_declaration') {
      if (rules) independent = false;
      declareChain(table, item, file.uri, ruleset.problems);
    } else if (item.type === 'chain_command') {
      independent = false;
      chainCommand(table, item, file.uri, ruleset.problems);
    }
  }
  if (independent) lowering.independent?.set(table, created);
  if (!node.childForFieldName('commit')) {
    ruleset.problems.push({
      code: 'missing-commit', severity: 'error', message: `Table '${table.name}' is not closed by COMMIT: iptables-restore discards it.`,
      location: loc(file.uri, nameNode), data: { table: table.name },
    });
  }
}

/**
 * How the splice of an edited line (iptables-splice.ts) lowers a rule node of that line in a copied table: as a full
 * lowering would, the rule taken back off the end of its chain for the splice to place. Undefined for a line that
 * moves other rules (-I/-R/-D).
 */
function lineLowerer(file: ParsedFile): LowerLine {
  return (table, node, family) => {
    const command = commandOf(ruleHead(children(node)).command?.text ?? '');
    if (command !== undefined && command !== 'append') return undefined;
    const clean = !node.hasError;
    const scratch = emptyRuleset(file);
    const lowering: Lowering = { ruleset: scratch, file, family, queries: clean ? new Map() : undefined };
    const rule = lowerRule(lowering, table, node);
    if (rule) {
      if (rule.chain.rules[rule.chain.rules.length - 1] !== rule) return undefined;
      rule.chain.rules.pop();
    }
    const record = rule && clean
      ? ruleRecord(lowering, node.startPosition, node.text, rule, lowering.queries ?? new Map(), scratch.problems.slice(), scratch.references.slice())
      : undefined;
    return { rules: rule ? [rule] : [], problems: scratch.problems, references: scratch.references, record };
  };
}

/** True when a `-4`/`-6` option marks the line for the other restore tool, which skips it. */
function forOtherFamily(resolved: ResolvedRule): boolean {
  const other = resolved.family === 'ipv4' ? '--ipv6' : '--ipv4';
  return resolved.core.some((use) => use.option?.name === other);
}

/** A chain of the table by name; recorded for the memo while a rule is lowered for it. */
function lookupChain(lowering: Lowering, table: Table, name: string): Chain | undefined {
  const chain = chainIn(table, name);
  lowering.queries?.set(name, chain !== undefined);
  return chain;
}

/**
 * Lowers a rule, or reuses the model of the same rule from the previous check of the document (iptables-memo.ts):
 * same text in the same column (moved to its new line if lines were added or removed above), no syntax error, and
 * the same surroundings.
 */
function lowerRuleOrReuse(lowering: Lowering, table: Table, node: Node): Rule | undefined {
  const { ruleset, file } = lowering;
  const memo = file.memo;
  if (!memo || mayHoldError(node)) return lowerRule(lowering, table, node);
  const start = node.startPosition;
  const text = node.text;
  const record = memo.take(start.row, start.column, text);
  if (record) {
    const chain = chainIn(table, record.chain);
    if (recordHolds(record, file.uri, lowering.family, table.name, chain, (name) => chainIn(table, name) !== undefined)
      && moveRecord(record, start.row, () => [record.rule, record.problems, record.references])) {
      const rule = record.rule;
      rule.chain = chain;
      rule.index = chain.rules.length;
      chain.rules.push(rule);
      ruleset.problems.push(...record.problems);
      for (const reference of record.references) reference.table = table;
      ruleset.references.push(...record.references);
      memo.keep(record);
      return rule;
    }
  }
  const problems = ruleset.problems.length;
  const references = ruleset.references.length;
  const chains = table.chains.length;
  lowering.queries = new Map();
  const rule = lowerRule(lowering, table, node);
  const queries = lowering.queries;
  lowering.queries = undefined;
  if (!rule || table.chains.length !== chains) return rule;
  memo.keep(ruleRecord(lowering, start, text, rule, queries, ruleset.problems.slice(problems), ruleset.references.slice(references)));
  return rule;
}

/**
 * What the memo keeps of a rule lowered at a place: the rule, what it added, and the surroundings it depended on.
 * Its strings are made copies of their own, so a record kept across edits does not keep its version's text alive.
 */
function ruleRecord(lowering: Lowering, start: { row: number; column: number }, text: string, rule: Rule, queries: Map<string, boolean>, problems: Problem[], references: Reference[]): RuleRecord {
  const { chain } = rule;
  // The walk leaves maps alone: the names asked about are copied here.
  return ownStrings({
    row: start.row, column: start.column, text, uri: lowering.file.uri, family: lowering.family, table: chain.table.name, chain: chain.name,
    hook: chain.base?.hook, builtin: chain.builtin, queries: new Map([...queries].map(([name, was]) => [ownString(name), was])), rule, problems, references,
  });
}

/** Lowers one rule line; returns the rule when it was appended to its chain (the only kind the memo keeps). */
function lowerRule(lowering: Lowering, table: Table, node: Node): Rule | undefined {
  const { ruleset, file, family } = lowering;
  const items = children(node);
  const { command: commandNode, chain: chainNode, position: positionNode } = ruleHead(items);
  const command = commandOf(commandNode?.text ?? '');
  lowering.command = command;
  if (!chainNode || !command) return undefined;
  const resolved = resolveRule(items, family, (name) => lookupChain(lowering, table, name) !== undefined);
  if (forOtherFamily(resolved)) return undefined;
  let chain = lookupChain(lowering, table, chainNode.text);
  if (!chain) {
    // Built-in chains exist without a declaration; iptables-restore refuses rules for other undeclared chains.
    chain = newChain(table, chainNode.text, loc(file.uri, chainNode), loc(file.uri, chainNode));
    addChain(table, chain);
    if (!chain.builtin) ruleset.problems.push({
      code: 'undefined-chain', severity: 'error', message: `Chain '${chainNode.text}' is not declared in table '${table.name}'.`,
      location: loc(file.uri, chainNode), data: { chain: chainNode.text },
    });
  }
  const protocolUse = resolved.protocol?.use;
  const context: CheckContext = {
    uri: file.uri, family, table: table.name, chain: chain.name, problems: ruleset.problems,
    protocolFix: { insertAt: loc(file.uri, positionNode ?? chainNode).range.end, replace: protocolUse ? loc(file.uri, protocolUse.node).range : undefined },
  };
  const position = positionNode ? Number(positionNode.text) : undefined;
  if (!checkPosition(command, chain, positionNode, position, context) || command === 'delete') {
    if (command === 'delete') deleteRule(chain, node, position);
    return undefined;
  }
  checkOptions(resolved, context);
  checkExtensions(resolved, context);
  const { matches, comment } = lowerMatches(resolved, { uri: file.uri, family });
  const rule: Rule = { chain, index: chain.rules.length, location: loc(file.uri, node), text: node.text, matches, statements: [] };
  if (comment !== undefined) rule.comment = comment;
  if (resolved.target) rule.statements = lowerTarget(lowering, table, chain, resolved, resolved.target);
  if (command === 'insert') chain.rules.splice((position ?? 1) - 1, 0, rule);
  else if (command === 'replace') chain.rules.splice((position ?? 1) - 1, 1, rule);
  else chain.rules.push(rule);
  if (command !== 'append') chain.rules.forEach((r, i) => { r.index = i; });
  return command === 'append' ? rule : undefined;
}

/** The command, chain and rule number of a rule line, from its children in one pass. */
function ruleHead(items: readonly Node[]): { command?: Node; chain?: Node; position?: Node } {
  const head: { command?: Node; chain?: Node; position?: Node } = {};
  for (const item of items) {
    if (item.type === 'command_name') head.command = item;
    else if (item.type === 'chain_name' && !head.chain) head.chain = item;
    else if (item.type === 'number' && head.chain && !head.position) head.position = item;
    else if (head.chain && item.type !== 'number') break;
  }
  return head;
}

type RuleCommand = 'append' | 'insert' | 'replace' | 'delete';

function commandOf(text: string): RuleCommand | undefined {
  if (/^(-A|--append)$/.test(text)) return 'append';
  if (/^(-I|--insert)$/.test(text)) return 'insert';
  if (/^(-R|--replace)$/.test(text)) return 'replace';
  if (/^(-D|--delete)$/.test(text)) return 'delete';
  return undefined;
}

/** Rule numbers of -I/-R/-D must exist (-I may also name one past the end); false when the line is refused. */
function checkPosition(command: RuleCommand, chain: Chain, node: Node | undefined, position: number | undefined, context: CheckContext): boolean {
  if (!node || position === undefined || command === 'append') return true;
  const limit = command === 'insert' ? chain.rules.length + 1 : chain.rules.length;
  if (position >= 1 && position <= limit) return true;
  const what = command === 'insert' ? 'insert at' : command === 'replace' ? 'replace' : 'delete';
  report(context, 'rule-index-out-of-range', 'error',
    position === 0 ? 'Rule numbers start at 1: iptables-restore refuses 0.'
      : `Chain ${chain.name} has ${chain.rules.length} rule${chain.rules.length === 1 ? '' : 's'} at this point: iptables-restore cannot ${what} rule ${position}.`,
    node, { limit });
  return false;
}

/** `-D CHAIN n` removes rule n; `-D CHAIN rule` removes the first rule written the same way (iptables compares meanings, so other spellings stay). */
function deleteRule(chain: Chain, node: Node, position: number | undefined): void {
  if (position !== undefined) chain.rules.splice(position - 1, 1);
  else {
    const spec = ruleSpec(node.text);
    const at = chain.rules.findIndex((r) => ruleSpec(r.text) === spec);
    if (at >= 0) chain.rules.splice(at, 1);
  }
  chain.rules.forEach((r, i) => { r.index = i; });
}

/** A rule's text without counters, command and chain, blanks collapsed. */
function ruleSpec(text: string): string {
  return text.replace(/^\s*(\[[0-9]+:[0-9]+\]\s*)?\S+\s+\S+\s*/, '').replace(/\s+/g, ' ').trim();
}

function lowerTarget(lowering: Lowering, table: Table, chain: Chain, resolved: ResolvedRule, target: TargetUse): Statement[] {
  const { ruleset, file, family } = lowering;
  const node = target.node as Node;
  const nameNode = target.nameNode ?? node;
  const args: TargetArgs = {};
  for (const use of target.options) args[use.option?.name ?? use.written] = use.args.join(' ');
  for (const use of resolved.unknown) if (use.node.startIndex > node.startIndex) args[use.written] = use.args.join(' ');
  // The statement spans the target and its options (`-j LOG --log-prefix x`); positions are read once (costly in WASM).
  const last = target.options[target.options.length - 1]?.node;
  const own = loc(file.uri, node);
  const location = last ? { uri: file.uri, range: { start: own.range.start, end: loc(file.uri, last).range.end } } : own;
  const text = last ? [node, ...target.options.map((o) => o.node)].map((n) => n.text).join(' ') : node.text;
  const base = { name: target.name, location, text, args };
  const isChain = target.resolution === 'chain' || (target.resolution === 'unknown' && unknownTarget(target, family).kind === 'chain');
  if (isChain) {
    const targetLocation = loc(file.uri, nameNode);
    ruleset.references.push({ kind: 'chain', name: target.name, location: targetLocation, table });
    return [{ ...base, effect: { kind: 'none' }, verdict: { kind: target.goto ? 'goto' : 'jump', target: target.name, targetLocation } }];
  }
  const outcome = targetOutcome(target, args, { family, hook: chain.base?.hook });
  const effects = outcome.effects.length > 0 ? outcome.effects : [{ kind: 'none' as const }];
  return effects.map((effect, i) => {
    const statement: Statement = { ...base, effect };
    if (i === effects.length - 1 && outcome.verdict) statement.verdict = outcome.verdict;
    return statement;
  });
}
