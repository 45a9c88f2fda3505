/**
 * Lowers the matches of a resolved iptables rule into the model: options the model can decide exactly become
 * FieldMatches (one per option), the rest of each module instance becomes one OpaqueMatch carrying the catalog's
 * `stateful` flag. When a module's kernel semantics differ from a plain field test (a negated owner match also holds
 * for packets without a socket, conntrack options on packets without a connection…), the option stays opaque or gets
 * the implicit condition that makes it exact.
 */
import { nodeRange } from '../syntax/syntax-errors';
import { fieldMatch, optionLocation, type MatchContext } from './iptables-field';
import { lowerModule, type Lowered } from './iptables-modules';
import type { ModuleUse, OptionUse, ResolvedRule } from './iptables-resolve';
import { addressItems, interfaceItems, point } from './iptables-values';
import type { Match, OpaqueMatch } from './types';

/** A lowered match with the source offset it sorts by. */
interface Placed {
  at: number;
  match: Match;
}

/** IPv6 extension headers: ip6tables `-p` never sees them (the upper-layer protocol is looked up past them). */
const IPV6_EXTENSION_HEADERS = new Set([0, 43, 44, 51, 59, 60]);

/** Matches that add nothing to `-p` when given without options. */
const PROTOCOL_MODULES = new Set(['tcp', 'udp', 'sctp', 'dccp', 'icmp', 'icmp6']);

/** The matches of a rule in source order, and the text of its comments (`-m comment`). */
export function lowerMatches(rule: ResolvedRule, context: MatchContext): { matches: Match[]; comment?: string } {
  const placed: Placed[] = [];
  const comments: string[] = [];
  for (const use of rule.core) placed.push(...lowerCore(use, rule, context));
  for (const instance of rule.matches) {
    if (instance.extension?.name === 'comment') {
      comments.push(...instance.options.filter((o) => o.option?.name === '--comment').map((o) => o.args[0] ?? ''));
      continue;
    }
    placed.push(...lowerInstance(instance, rule, context));
  }
  placed.sort((a, b) => a.at - b.at);
  return { matches: placed.map((p) => p.match), comment: comments.length > 0 ? comments.join(' ') : undefined };
}

function lowerCore(use: OptionUse, rule: ResolvedRule, context: MatchContext): Placed[] {
  const at = use.node.startIndex;
  const single = (match: Match | undefined): Placed[] => (match ? [{ at, match }] : []);
  const arg = use.args[0];
  switch (use.option?.name) {
    case '--protocol': return single(arg === undefined ? undefined : protocolMatch(use, rule, context));
    case '--source':
    case '--destination': {
      const values = arg === undefined ? undefined : addressItems(arg, context.family);
      const field = use.option.name === '--source' ? 'saddr' : 'daddr';
      const family = context.family === 'ipv4' ? 'ip' : 'ip6';
      return single(values ? fieldMatch(use, context, field, values, { family }) : opaqueOption(use, context));
    }
    case '--in-interface':
    case '--out-interface': {
      const values = arg === undefined ? undefined : interfaceItems(arg);
      const field = use.option.name === '--in-interface' ? 'iifname' : 'oifname';
      return single(values ? fieldMatch(use, context, field, values) : opaqueOption(use, context));
    }
    case '--fragment':
      return single(context.family === 'ipv4' ? fieldMatch(use, context, 'fragment', [point(1)]) : opaqueOption(use, context));
    default:
      // Counters, -4/-6 and command-line options do not constrain packets.
      return [];
  }
}

/** `-p`: `all` (0) matches every packet; IPv6 extension-header numbers never match what they seem to. */
function protocolMatch(use: OptionUse, rule: ResolvedRule, context: MatchContext): Match | undefined {
  const n = rule.protocol?.use === use ? rule.protocol.number : undefined;
  if (n === undefined) return opaqueOption(use, context);
  if (n === 0) return use.negated ? opaqueOption(use, context) : undefined;
  if (context.family === 'ipv6' && IPV6_EXTENSION_HEADERS.has(n)) return opaqueOption(use, context);
  return fieldMatch(use, context, 'l4proto', [point(n)]);
}

/** One option the model cannot decide, alone. */
function opaqueOption(use: OptionUse, context: MatchContext): OpaqueMatch {
  return { kind: 'opaque', text: use.node.text, location: optionLocation(context.uri, use), stateful: false, module: use.owner?.name ?? '' };
}

function lowerInstance(instance: ModuleUse, rule: ResolvedRule, context: MatchContext): Placed[] {
  const extension = instance.extension;
  const lowered: Lowered = extension ? lowerModule(instance, rule, context) : { matches: [], rest: instance.options };
  const placed: Placed[] = lowered.matches.map((m) => ({ at: m.at, match: m.match }));
  // A module without options is a condition of its own, except the protocol matches `-p` already states.
  const bare = instance.options.length === 0 && !PROTOCOL_MODULES.has(extension?.aliasOf ?? extension?.name ?? '');
  const opaque = lowered.rest.length > 0 || bare || (lowered.keepModule ?? false);
  if (opaque) placed.push({ at: instance.node?.startIndex ?? lowered.rest[0]?.node.startIndex ?? 0, match: opaqueInstance(instance, lowered.rest, context) });
  return placed;
}

/** The options of an instance the model cannot decide, as one match (an unknown module is stateful: anything goes). */
function opaqueInstance(instance: ModuleUse, rest: OptionUse[], context: MatchContext): OpaqueMatch {
  const nodes = [...(instance.node ? [instance.node] : []), ...rest.map((o) => o.node)];
  const text = nodes.map((n) => n.text).join(' ');
  const first = nodes.length > 0 ? nodeRange(nodes[0]) : undefined;
  const last = nodes.length > 0 ? nodeRange(nodes[nodes.length - 1]) : undefined;
  const zero = { line: 0, character: 0 };
  return {
    kind: 'opaque', text, stateful: instance.extension ? instance.extension.stateful ?? false : true, module: instance.name,
    location: { uri: context.uri, range: { start: first?.start ?? zero, end: last?.end ?? zero } },
  };
}

