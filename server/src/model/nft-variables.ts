/**
 * nft variables: `define`, `redefine` and `undefine` in file order, and `$name` expansion.
 *
 * nft expands variables while it parses: a `define` resolves the variables inside its value at once (so
 * `define a = $b` needs `$b` defined before it and keeps that value after `undefine b`). `define` refuses a name that
 * is visible from the current scope; `redefine` and `undefine` act on the current scope only. Table and chain blocks
 * open a scope; included files share the scope of the `include`.
 */
import type { Node } from 'web-tree-sitter';
import { nodeRange } from '../syntax/syntax-errors';
import { unquote } from './lowering-util';
import { shifted, type Env, type NftLowering, type VariableDefinition, type WrittenName } from './nft-context';
import type { Variable } from './types';

/** Reads a define, redefine or undefine. */
export function lowerVariableDirective(cx: NftLowering, node: Node): void {
  const nameNode = node.childForFieldName('name');
  if (!nameNode) return;
  const action = node.type as Variable['action'];
  const name = nameNode.text;
  const valueNode = node.childForFieldName('value');
  const variable: Variable = {
    name, value: valueNode?.text ?? '', location: cx.loc(node), nameLocation: cx.loc(nameNode), action,
    ...(valueNode ? { valueLocation: cx.loc(valueNode) } : {}),
  };
  cx.ruleset.variables.push(variable);
  if (action === 'undefine') {
    const current = cx.scope.variables.get(name);
    cx.reference({ kind: 'variable', name, location: variable.nameLocation, ...(current ? { definition: current.variable.nameLocation } : {}) });
    cx.scope.variables.delete(name);
    return;
  }
  if (!valueNode) return;
  if (valueNode.type === 'wildcard') {
    cx.facts.valueIssues.push({ code: 'invalid-value', location: cx.loc(valueNode), message: '`*` cannot be the value of a variable.' });
  }
  const bindings = referenceVariables(cx, valueNode);
  const definition: VariableDefinition = { variable, value: valueNode, uri: cx.uri, shift: cx.lineShift, bindings };
  if (action === 'define') {
    const visible = cx.scope.lookup(name);
    if (visible) {
      cx.facts.redefinitions.push({ name, location: variable.nameLocation, previous: visible.variable.nameLocation });
      return;
    }
  }
  cx.scope.variables.set(name, definition);
}

/**
 * Records every `$name` inside a node as a reference (with the definition it expands) and returns how each resolved,
 * by the variable node's start index.
 */
export function referenceVariables(cx: NftLowering, node: Node): Map<number, VariableDefinition | undefined> {
  const bindings = new Map<number, VariableDefinition | undefined>();
  const uses = node.type === 'variable' ? [node] : node.descendantsOfType('variable').filter((n): n is Node => n !== null);
  for (const use of uses) {
    const name = use.text.slice(1);
    const definition = cx.scope.lookup(name);
    bindings.set(use.startIndex, definition);
    // A node may be visited twice (a command, then its rule): record each use once.
    const key = `${cx.uri}:${use.startIndex}`;
    if (cx.variableUses.has(key)) continue;
    cx.variableUses.add(key);
    const ref = {
      kind: 'variable' as const, name, location: cx.nameLoc(use),
      ...(definition ? { definition: definition.variable.nameLocation } : {}),
    };
    cx.reference(ref);
    if (!definition) cx.facts.undefinedVariables.push(ref);
  }
  return bindings;
}

/** The environment inside a variable's value: its variables resolve as they did when it was defined. */
export function definitionEnv(definition: VariableDefinition, site: Env['site']): Env {
  return { uri: definition.uri, shift: definition.shift, resolve: (n) => definition.bindings.get(n.startIndex), site };
}

/** Follows `$name` (possibly through several variables) to the syntax it stands for; undefined when unresolved. */
export function expand(node: Node, env: Env): { node: Node; env: Env } | undefined {
  let current = node;
  let currentEnv = env;
  for (let depth = 0; current.type === 'variable'; depth++) {
    const definition = currentEnv.resolve(current);
    if (!definition || depth > 32) return undefined;
    const site = currentEnv.site ?? { uri: currentEnv.uri, range: shifted(nodeRange(current), currentEnv.shift ?? 0) };
    currentEnv = definitionEnv(definition, site);
    current = definition.value;
  }
  return { node: current, env: currentEnv };
}

/** A name written as an identifier, a string or a variable holding one (`jump $target`, `chain $name`). */
export function writtenName(cx: NftLowering, node: Node | null, env: Env): WrittenName | undefined {
  if (!node) return undefined;
  const target = node.type === 'variable' ? expand(node, env) : { node, env };
  if (!target) return undefined;
  const { node: n, env: e } = target;
  // `define dest = { later }` used as `jump $dest` names the chain of its only element.
  if (n.type === 'set_expression') {
    const elements = n.namedChildren.filter((c) => c?.type === 'element');
    return elements.length === 1 ? writtenName(cx, elements[0]!.childForFieldName('key'), e) : undefined;
  }
  if (n.type !== 'identifier' && n.type !== 'string' && n.type !== 'number') return undefined;
  return { name: unquote(n.text), location: cx.nameLoc(n, e.uri, e.shift ?? 0) };
}
