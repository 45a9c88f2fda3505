/** Building problems for the iptables checks: one place for ranges, codes and severities. */
import type { Node } from 'web-tree-sitter';
import type { IpFamily } from '../catalog/iptables';
import { nodeRange } from '../syntax/syntax-errors';
import type { Location, Position, Problem, Range, Severity } from './types';

/** What every rule-level check needs: where the rule is and what the file is for. */
export interface CheckContext {
  uri: string;
  family: IpFamily;
  /** Table of the rule (`filter`, `nat`…). */
  table: string;
  /** Chain the rule is appended to. */
  chain: string;
  problems: Problem[];
  /** Where a missing `-p` goes (right after the chain name) and the `-p` option to replace, for quick fixes. */
  protocolFix?: { insertAt: Position; replace?: Range };
}

/** The range from the start of one node to the end of another (or of the same). */
export function spanOf(first: Node, last: Node = first): Range {
  return { start: nodeRange(first).start, end: nodeRange(last).end };
}

/** The location of a node or a span of nodes. */
export function locationOf(uri: string, first: Node, last?: Node): Location {
  return { uri, range: spanOf(first, last) };
}

/** Records a problem at a node (or span of nodes). */
export function report(
  context: Pick<CheckContext, 'uri' | 'problems'>, code: string, severity: Severity, message: string,
  at: Node, data?: Record<string, unknown>, until?: Node,
): void {
  const problem: Problem = { code, severity, message, location: locationOf(context.uri, at, until) };
  if (data) problem.data = data;
  context.problems.push(problem);
}

/** The range of a node, for quick-fix data. */
export function rangeOf(node: Node): Range {
  return nodeRange(node);
}

/** Quick-fix data of a missing or wrong `-p`: the protocol to name and where. */
export function protocolData(context: CheckContext, protocol: string): Record<string, unknown> {
  return { protocol, insertAt: context.protocolFix?.insertAt, replace: context.protocolFix?.replace };
}

/** `iptables` or `ip6tables`, for messages. */
export function toolName(family: IpFamily): string {
  return family === 'ipv4' ? 'iptables' : 'ip6tables';
}
