/**
 * Option-level checks of an iptables rule, as iptables-restore 1.8.9 (nf_tables) applies them while parsing a line:
 * `!` placement (`misplaced-negation`), argument counts (`invalid-value`, `unexpected-argument`), values against the
 * option's type (`invalid-value`; a reversed range some matches load and never match is a warning), options given
 * twice (`duplicate-option`) or with an option they exclude (`conflicting-options`), and the seed lessons read from
 * option values (`log-prefix-too-long`, `recent-hitcount-too-high`).
 */
import type { IptOption } from '../catalog/iptables';
import { parsePort, servicePort, validateIptValue } from '../catalog/values';
import { rangeOf, report, type CheckContext } from './iptables-problems';
import type { ModuleUse, OptionUse, ResolvedRule } from './iptables-resolve';

/** The kernel truncates LOG prefixes to this many characters (test/kernel/FACTS.md). */
export const LOG_PREFIX_MAX = 29;
/** Time stamps xt_recent kept per address by default on older kernels (ip_pkt_list_tot). */
const RECENT_DEFAULT_STAMPS = 20;
/** Extensions whose reversed ranges (`4:3`) load and never match; the others refuse them (measured). */
const REVERSED_RANGE_LOADS = new Set(['udp', 'dccp', 'conntrack', 'length', 'ah', 'esp', 'ipcomp', 'frag', 'rt', 'iprange']);

/** Runs every option-level check of a rule. */
export function checkOptions(rule: ResolvedRule, context: CheckContext): void {
  for (const node of rule.misplacedNegations) {
    const negation = node.namedChildren.find((c) => c?.type === 'negation');
    const what = node.type === 'match' ? '-m' : '-j';
    if (negation) {
      report(context, 'misplaced-negation', 'error', `iptables refuses '!' before ${what}: negate the options of the module instead.`, negation, { negation: rangeOf(negation) });
    }
  }
  for (const node of rule.extraTargets) {
    report(context, 'duplicate-option', 'error', 'A rule has one target: iptables refuses a second -j/-g.', node, { option: rangeOf(node) });
  }
  for (const use of rule.options) {
    if (!use.option) continue;
    if (!checkNegation(use, context)) continue;
    checkArguments(use, use.owner, context);
  }
  checkRepeats(rule.core, undefined, context);
  for (const instance of [...rule.matches, ...(rule.target ? [rule.target] : [])]) {
    checkRepeats(instance.options, instance, context);
    checkConflicts(instance, context);
  }
}

/** `--opt ! value` (refused since iptables 1.8) and `!` on options that cannot be negated. False stops further checks. */
function checkNegation(use: OptionUse, context: CheckContext): boolean {
  const option = use.option as IptOption;
  if (use.oldStyleNegation && use.negationNode) {
    // With a `!` before the option too, the one after it goes: moving it would make `! !`, which iptables refuses.
    const moveTo = use.doubleNegation ? {} : { moveTo: rangeOf(use.nameNode).start };
    report(context, 'misplaced-negation', 'error',
      `iptables 1.8 no longer accepts '!' after the option name: write '! ${use.written} ${use.args.join(' ')}'.`,
      use.negationNode, { negation: rangeOf(use.negationNode), ...moveTo });
    return false;
  }
  if (use.negated && !option.invertible && use.negationNode) {
    report(context, 'misplaced-negation', 'error', `${option.name} cannot be negated: iptables refuses '!' before it.`, use.negationNode, { negation: rangeOf(use.negationNode) });
    return false;
  }
  return true;
}

/** How many arguments an option takes. */
function expectedArguments(option: IptOption): number {
  return option.value === 'none' ? 0 : option.argCount ?? 1;
}

function checkArguments(use: OptionUse, owner: ModuleUse | undefined, context: CheckContext): void {
  const option = use.option as IptOption;
  const expected = expectedArguments(option);
  if (use.args.length < expected && !option.optionalValue && !(option.name === '--set-counters' && use.args.length === 1)) {
    report(context, 'invalid-value', 'error', `${option.name} needs ${expected === 1 ? 'a value' : `${expected} values`}.`, use.node);
    return;
  }
  if (use.args.length > expected) {
    const extra = use.argNodes[expected];
    report(context, 'unexpected-argument', 'error',
      `'${use.args[expected]}' does not belong to ${option.name}, which takes ${expected === 0 ? 'no value' : expected === 1 ? 'one value' : `${expected} values`}: iptables refuses the line ("Bad argument").`,
      extra, { after: rangeOf(use.argNodes[expected - 1] ?? use.nameNode).end }, use.argNodes[use.argNodes.length - 1]);
  }
  // -c takes `packets bytes` or `packets,bytes`; its numbers are not checked.
  if (expected === 0 || option.name === '--set-counters' || use.args.length === 0) return;
  const text = expected === 1 ? use.args[0] : use.args.slice(0, expected).join(' ');
  checkValue(use, option, owner, text, context);
}

function checkValue(use: OptionUse, option: IptOption, owner: ModuleUse | undefined, text: string, context: CheckContext): void {
  const at = use.argNodes[0];
  const extension = owner?.extension?.aliasOf ?? owner?.extension?.name ?? '';
  if (option.name === '--log-prefix' && extension === 'LOG') return checkLogPrefix(use, text, context);
  if (option.name === '--hitcount' && extension === 'recent') checkHitcount(use, text, context);
  // Over-long strings are cut short by iptables, not refused; only the LOG prefix is worth a lesson.
  if (option.value === 'string' || option.value === 'other' || option.value === 'path') return;
  const reversed = reversedRange(option, text);
  if (reversed) {
    if (REVERSED_RANGE_LOADS.has(extension)) {
      report(context, 'invalid-value', 'warning', `The range ${text} is reversed: iptables loads it, and the match never holds.`, at, { reversed: true });
    } else {
      report(context, 'invalid-value', 'error', `The range ${text} is reversed (${reversed}): iptables refuses it.`, at, { reversed: true });
    }
    return;
  }
  const unknownService = unknownServiceName(option, text);
  if (unknownService) {
    report(context, 'invalid-value', 'warning',
      `'${unknownService}' is not a service name nfrules knows; iptables looks it up in /etc/services when loading and refuses the line if it is missing there.`, at);
    return;
  }
  if (option.name === '--protocol' && use.negated && /^(all|0)$/i.test(text)) {
    report(context, 'invalid-value', 'error', `'! ${use.written} ${text}' can never match: iptables refuses it ("rule would never match protocol").`, at);
    return;
  }
  const error = validateIptValue(option, text, context.family) ?? strictNatAddress(option, text, context) ?? icmpName(option, text);
  if (error) report(context, 'invalid-value', 'error', `Invalid value for ${option.name}: ${error}.`, at);
}

/** `lo:hi` with lo > hi for range-valued options; returns "lo > hi" or undefined. */
function reversedRange(option: IptOption, text: string): string | undefined {
  const separator = option.value === 'address-range' ? '-' : option.value === 'port-range' || option.value === 'int-range' ? ':' : undefined;
  if (!separator || option.name === '--to-ports' || option.name === '--on-port') return undefined;
  const parts = text.split(separator);
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '') return undefined;
  if (option.value === 'address-range') {
    const [a, b] = parts.map((p) => (/^[0-9.]+$/.test(p) ? p.split('.').reduce((acc, x) => acc * 256 + Number(x), 0) : undefined));
    return a !== undefined && b !== undefined && a > b ? `${parts[0]} > ${parts[1]}` : undefined;
  }
  const value = (p: string): number | undefined => {
    const parsed = option.value === 'port-range' ? parsePort(p) : /^[0-9]+$/.test(p) ? { ok: true as const, value: Number(p) } : undefined;
    return parsed?.ok ? parsed.value : undefined;
  };
  const [lo, hi] = parts.map(value);
  return lo !== undefined && hi !== undefined && lo > hi ? `${lo} > ${hi}` : undefined;
}

/** A port written as a name nfrules' service table lacks (the system's /etc/services decides at load time). */
function unknownServiceName(option: IptOption, text: string): string | undefined {
  if (option.value !== 'port' && option.value !== 'port-range' && option.value !== 'port-list') return undefined;
  const separators = option.value === 'port-list' ? /[,:]/ : option.name === '--to-ports' ? /-/ : /:/;
  return text.split(separators).find((p) => /^[a-z][a-z0-9._-]*$/i.test(p) && servicePort(p) === undefined && /^[a-z]/.test(p));
}

/** NAT targets and TPROXY read IPv4 addresses strictly (`10.1` is refused there, unlike in -s). */
function strictNatAddress(option: IptOption, text: string, context: CheckContext): string | undefined {
  if (context.family !== 'ipv4' || option.value !== 'nat-range') return undefined;
  const address = text.split(':')[0];
  const bad = address.split('-').find((a) => a !== '' && a.split('.').length !== 4);
  return bad === undefined ? undefined : `"${bad}" is not a complete IPv4 address (NAT needs four parts)`;
}

/** ICMP type names must be those iptables knows (nft knows a few more, such as mld-listener-query). */
function icmpName(option: IptOption, text: string): string | undefined {
  if ((option.value !== 'icmp-type' && option.value !== 'icmpv6-type') || /^[0-9]/.test(text) || !option.values) return undefined;
  return option.values.some((v) => v.toLowerCase() === text.toLowerCase()) ? undefined : `"${text}" is not an ICMP type name ${option.value === 'icmp-type' ? 'iptables' : 'ip6tables'} knows`;
}

function checkLogPrefix(use: OptionUse, text: string, context: CheckContext): void {
  if (text.length <= LOG_PREFIX_MAX) return;
  report(context, 'log-prefix-too-long', 'warning',
    `The log prefix is ${text.length} characters long: the kernel keeps only the first ${LOG_PREFIX_MAX} ("${text.slice(0, LOG_PREFIX_MAX)}").`,
    use.argNodes[0], { prefix: text, max: LOG_PREFIX_MAX, quote: use.argNodes[0].text.startsWith("'") ? "'" : '"' });
}

function checkHitcount(use: OptionUse, text: string, context: CheckContext): void {
  const n = Number(text);
  if (!/^[0-9]+$/.test(text) || n <= RECENT_DEFAULT_STAMPS) return;
  report(context, 'recent-hitcount-too-high', 'warning',
    `--hitcount ${n} is above ${RECENT_DEFAULT_STAMPS}: older kernels keep ${RECENT_DEFAULT_STAMPS} time stamps per address `
      + '(xt_recent ip_pkt_list_tot) and refuse the rule; recent kernels size the list from the largest hitcount.',
    use.argNodes[0], { hitcount: n });
}

/** Options given twice in one instance (or the core) are refused ("can only be used once"). */
function checkRepeats(options: OptionUse[], instance: ModuleUse | undefined, context: CheckContext): void {
  if (options.length < 2) return;
  const seen = new Set<IptOption>();
  for (const use of options) {
    if (!use.option) continue;
    // policy starts a new element with --next; its options may then repeat.
    if (instance?.extension?.name === 'policy' && use.option.name === '--next') {
      seen.clear();
      continue;
    }
    if (seen.has(use.option)) {
      const where = instance ? `${instance.name}` : 'a rule';
      report(context, 'duplicate-option', 'error', `${use.option.name} is given twice: ${where} takes it once.`, use.node, { option: rangeOf(use.node) });
    }
    seen.add(use.option);
  }
}

/** Options the catalog says exclude each other within one extension. */
function checkConflicts(instance: ModuleUse, context: CheckContext): void {
  if (instance.options.length < 2 || !instance.options.some((o) => o.option?.conflicts)) return;
  const present = new Map<string, OptionUse>();
  for (const use of instance.options) if (use.option) present.set(use.option.name, use);
  const reported = new Set<string>();
  for (const use of instance.options) {
    for (const other of use.option?.conflicts ?? []) {
      const first = present.get(other);
      const key = [use.option?.name, other].sort().join(' ');
      if (!first || reported.has(key) || first.node.startIndex > use.node.startIndex) continue;
      reported.add(key);
      report(context, 'conflicting-options', 'error', `${instance.name}: ${use.option?.name} cannot be used together with ${other}.`, use.node);
    }
  }
}
