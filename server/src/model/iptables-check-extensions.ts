/**
 * Extension-level checks of an iptables rule: modules and targets iptables cannot load (`unknown-match`,
 * `unknown-target`, `needs-xtables-addons`), options no loaded module knows (`unknown-option`, or `missing-protocol`
 * when `-p` would have loaded the module that has them), protocol requirements (`missing-protocol`,
 * `tproxy-needs-protocol`), required options (`missing-option`), deprecations (`deprecated-match`) and interface
 * options in chains that have no such interface (`interface-direction`).
 */
import { CORE_OPTIONS, findMatch, findTarget, IPT_MATCHES, IPT_TARGETS, type IpFamily, type IptExtension } from '../catalog/iptables';
import { parseProtocol } from '../catalog/values';
import { protocolData, rangeOf, report, toolName, type CheckContext } from './iptables-problems';
import { protocolMatch, type ModuleUse, type OptionUse, type ResolvedRule, type TargetUse } from './iptables-resolve';
import { suggestName } from './suggest';

/** Protocols that carry ports, by number. */
const PORT_PROTOCOLS: Record<string, number> = { tcp: 6, udp: 17, udplite: 136, sctp: 132, dccp: 33 };
/** Matches `-p` loads implicitly; their options need that `-p`. */
const PROTOCOL_MATCHES = ['tcp', 'udp', 'sctp', 'dccp', 'icmp', 'icmp6'];

/**
 * At least one of these options must be given (measured: iptables refuses the bare extension). A `true` means any
 * option of the extension.
 */
export const REQUIRES_ONE_OF: Record<string, string[] | true> = {
  addrtype: ['--src-type', '--dst-type'], bpf: ['--bytecode', '--object-pinned'], connlimit: ['--connlimit-above', '--connlimit-upto'],
  conntrack: true, devgroup: ['--src-group', '--dst-group'], dscp: ['--dscp', '--dscp-class'], ecn: true,
  hashlimit: ['--hashlimit-upto', '--hashlimit-above'], hl: ['--hl-eq', '--hl-lt', '--hl-gt'], ttl: ['--ttl-eq', '--ttl-lt', '--ttl-gt'],
  iprange: ['--src-range', '--dst-range'], multiport: ['--sports', '--dports', '--ports'], physdev: true,
  owner: ['--uid-owner', '--gid-owner', '--socket-exists'], recent: ['--set', '--rcheck', '--update', '--remove'],
  string: ['--string', '--hex-string'], cluster: ['--cluster-local-node', '--cluster-local-nodemask'], cgroup: ['--path', '--cgroup'],
  CONNMARK: ['--set-xmark', '--set-mark', '--save-mark', '--restore-mark', '--and-mark', '--or-mark', '--xor-mark'],
  CONNSECMARK: ['--save', '--restore'], DSCP: ['--set-dscp', '--set-dscp-class'], ECN: true,
  HL: ['--hl-set', '--hl-dec', '--hl-inc'], TTL: ['--ttl-set', '--ttl-dec', '--ttl-inc'],
  MARK: ['--set-xmark', '--set-mark', '--and-mark', '--or-mark', '--xor-mark'], SET: ['--add-set', '--del-set', '--map-set'],
  TCPMSS: ['--set-mss', '--clamp-mss-to-pmtu'], TOS: ['--set-tos', '--and-tos', '--or-tos', '--xor-tos'], AUDIT: ['--type'],
};
/** Options the catalog marks required that iptables does not insist on (measured). */
const NOT_REALLY_REQUIRED = new Set(['TCPOPTSTRIP --strip-options', 'statistic --mode', 'policy --pol']);

/** Runs every extension-level check of a rule. */
export function checkExtensions(rule: ResolvedRule, context: CheckContext): void {
  for (const instance of rule.matches) checkMatch(instance, rule, context);
  if (rule.target) checkTarget(rule.target, rule, context);
  // iptables stops at the first error; options after a module it cannot load were meant for that module.
  const firstUnknownModule = rule.matches.find((m) => !m.extension && m.node)?.node?.startIndex ?? Infinity;
  for (const use of rule.unknown) if (use.node.startIndex < firstUnknownModule) checkUnknownOption(use, rule, context);
  checkInterfaces(rule, context);
}

function otherFamily(family: IpFamily): IpFamily {
  return family === 'ipv4' ? 'ipv6' : 'ipv4';
}

function checkMatch(instance: ModuleUse, rule: ResolvedRule, context: CheckContext): void {
  const node = instance.node;
  const extension = instance.extension;
  if (!extension) {
    if (!node) return;
    const moduleNode = instance.nameNode ?? node;
    const other = findMatch(instance.name, otherFamily(context.family));
    const suggestion = other ? undefined : suggestName(instance.name, matchNames(context.family));
    const message = other
      ? `'${instance.name}' is a match of ${toolName(otherFamily(context.family))} only; this file is for ${toolName(context.family)}.`
      : `iptables has no match '${instance.name}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`;
    report(context, 'unknown-match', 'error', message, moduleNode, { name: instance.name, suggestion, nameRange: rangeOf(moduleNode) });
    return;
  }
  if (node && extension.xtablesAddons) addonsNeeded(extension, instance.nameNode ?? node, context);
  if (node && extension.deprecated) deprecated(extension, node, context, instance);
  checkProtocol(instance, extension, rule, context);
  checkOptionProtocols(instance, rule, context);
  checkRequired(instance, extension, rule, context);
}

/** Match options that read a protocol's header (ecn --ecn-tcp-cwr): the kernel wants that `-p`, not negated. */
function checkOptionProtocols(instance: ModuleUse, rule: ResolvedRule, context: CheckContext): void {
  const n = protocolNumber(rule);
  if (rule.protocol && n === undefined) return;
  for (const use of instance.options) {
    const needed = use.option?.requiresProtocol;
    if (!needed) continue;
    const accepted = needed.flatMap((p) => { const r = parseProtocol(p); return r.ok ? [r.value] : []; });
    if (n !== undefined && accepted.includes(n) && !rule.protocol?.negated) continue;
    report(context, 'missing-protocol', 'error', `${use.written} needs -p ${needed.join(' or ')}${rule.protocol?.negated ? ' (not negated)' : ''}: the kernel refuses the rule otherwise.`,
      use.nameNode, protocolData(context, needed[0]));
    return;
  }
}

function matchNames(family: IpFamily): string[] {
  return IPT_MATCHES.filter((m) => m.families.includes(family)).map((m) => m.name);
}

function addonsNeeded(extension: IptExtension, at: NonNullable<ModuleUse['node']>, context: CheckContext): void {
  report(context, 'needs-xtables-addons', 'warning',
    `'${extension.name}' comes from xtables-addons, not from iptables itself: without that package installed iptables-restore refuses the file.`,
    at, { name: extension.name });
}

function deprecated(extension: IptExtension, node: NonNullable<ModuleUse['node']>, context: CheckContext, instance: ModuleUse): void {
  // For `-m state --state X` the fix renames the option too.
  const options = { optionRanges: (instance?.options ?? []).map((o) => rangeOf(o.nameNode)) };
  const info = extension.deprecated;
  if (!info) return;
  const removed = /removed/i.test(info.message);
  const at = instance.nameNode ?? node;
  report(context, 'deprecated-match', removed ? 'warning' : 'information',
    `${extension.kind === 'match' ? '-m' : '-j'} ${extension.name} is deprecated: ${info.message}${info.replacement && !/\buse\b/i.test(info.message) ? ` Use ${extension.kind === 'match' ? '-m' : '-j'} ${info.replacement}.` : ''}`, at,
    { name: extension.name, replacement: info.replacement, nameRange: rangeOf(at), ...options });
}

/** What `-p` says, as a protocol number (undefined: no -p, or a name nfrules does not know). */
function protocolNumber(rule: ResolvedRule): number | undefined {
  return rule.protocol?.number;
}

/** Protocol requirements of a match instance (the kernel or iptables refuses the rule otherwise). */
function checkProtocol(instance: ModuleUse, extension: IptExtension, rule: ResolvedRule, context: CheckContext): void {
  const node = instance.node;
  if (!node) return;
  const name = extension.aliasOf ?? extension.name;
  const needed = name === 'ah' ? (context.family === 'ipv4' ? ['ah'] : undefined) : extension.requiresProtocol;
  if (!needed) return;
  const n = protocolNumber(rule);
  const accepted = needed.map((p) => parseProtocol(p)).flatMap((r) => (r.ok ? [r.value] : []));
  const isProtocolMatch = PROTOCOL_MATCHES.includes(name);
  // iptables checks only the number for its protocol matches; the kernel also refuses `! -p` for the others.
  const ok = n !== undefined && accepted.includes(n) && (isProtocolMatch || !rule.protocol?.negated);
  if (ok || (rule.protocol && n === undefined)) return;
  const list = needed.join(', ');
  report(context, 'missing-protocol', 'error',
    `-m ${instance.name} needs ${needed.length > 1 ? `-p naming one of ${list}` : `-p ${list}`}${rule.protocol?.negated ? ' (not negated)' : ''}${rule.protocol ? `, not -p ${rule.protocol.name}` : ''}.`,
    instance.nameNode ?? node, protocolData(context, needed[0]));
}

const REQUIREMENTS = new WeakMap<IptExtension, boolean>();

/** Whether an extension requires some option at all (computed once per extension). */
function hasRequirements(extension: IptExtension): boolean {
  let has = REQUIREMENTS.get(extension);
  if (has === undefined) REQUIREMENTS.set(extension, (has = REQUIRES_ONE_OF[extension.name] !== undefined || extension.options.some((o) => o.required)));
  return has;
}

function checkRequired(instance: ModuleUse, extension: IptExtension, rule: ResolvedRule, context: CheckContext): void {
  const node = instance.node;
  if (!node) return;
  // An unknown option of the rule was probably meant for this extension: one error is enough.
  if (rule.unknown.length > 0 || !hasRequirements(extension)) return;
  const given = new Set(instance.options.map((o) => o.option?.name));
  const at = instance.nameNode ?? node;
  for (const option of extension.options) {
    if (!option.required || given.has(option.name) || NOT_REALLY_REQUIRED.has(`${extension.name} ${option.name}`)) continue;
    if (option.families && !option.families.includes(context.family)) continue;
    report(context, 'missing-option', 'error', `${extension.name} needs ${option.name}: iptables refuses it without.`, at, { option: option.name });
    return;
  }
  const oneOf = REQUIRES_ONE_OF[extension.name];
  if (!oneOf) return;
  const names = oneOf === true ? extension.options.map((o) => o.name) : oneOf;
  if (names.some((n) => given.has(n))) return;
  const list = oneOf === true ? 'at least one option' : `one of ${names.join(', ')}`;
  report(context, 'missing-option', 'error', `${extension.name} needs ${list}: iptables refuses it without.`, at, { options: names });
}

function checkTarget(target: TargetUse, rule: ResolvedRule, context: CheckContext): void {
  const node = target.node;
  if (!node) return;
  const nameNode = target.nameNode ?? node;
  if (target.resolution === 'unknown') {
    const verdict = unknownTarget(target, context.family);
    if (verdict.kind === 'chain') return;
    const message = verdict.kind === 'other-family'
      ? `'${target.name}' is a target of ${toolName(otherFamily(context.family))} only; this file is for ${toolName(context.family)}.`
      : `iptables has no target '${target.name}' and the table has no chain of that name. Did you mean '${verdict.suggestion}'?`;
    report(context, 'unknown-target', 'error', message, nameNode, { name: target.name, suggestion: verdict.kind === 'typo' ? verdict.suggestion : undefined, nameRange: rangeOf(nameNode) });
    return;
  }
  const extension = target.extension ?? (target.resolution === 'standard' ? findTarget(target.name, context.family) : undefined);
  if (!extension) return;
  if (extension.xtablesAddons) addonsNeeded(extension, nameNode, context);
  if (extension.deprecated) deprecated(extension, node, context, target);
  if (extension.name === 'TPROXY') checkTproxy(rule, nameNode, context);
  else if (extension.name === 'REJECT' && target.options.some((o) => o.option?.name === '--reject-with' && o.args[0] === 'tcp-reset')) checkTcpReset(rule, nameNode, context);
  else checkTargetProtocol(target, extension, rule, nameNode, context);
  checkRequired(target, extension, rule, context);
}

/** Whether an unknown `-j NAME` is a mistyped target, a target of the other family, or a jump to an undeclared chain. */
export function unknownTarget(target: TargetUse, family: IpFamily): { kind: 'typo'; suggestion: string } | { kind: 'other-family' } | { kind: 'chain' } {
  if (target.goto) return { kind: 'chain' };
  if (findTarget(target.name, otherFamily(family))) return { kind: 'other-family' };
  const suggestion = suggestName(target.name, IPT_TARGETS.filter((t) => t.families.includes(family)).map((t) => t.name));
  return suggestion ? { kind: 'typo', suggestion } : { kind: 'chain' };
}

/** TPROXY diverts TCP or UDP only: the kernel refuses the rule unless `-p tcp` or `-p udp` (not negated) is given. */
function checkTproxy(rule: ResolvedRule, at: NonNullable<TargetUse['node']>, context: CheckContext): void {
  const n = protocolNumber(rule);
  if ((n === 6 || n === 17) && !rule.protocol?.negated) return;
  report(context, 'tproxy-needs-protocol', 'error',
    `TPROXY works only with -p tcp or -p udp${rule.protocol ? `, not ${rule.protocol.negated ? '! ' : ''}-p ${rule.protocol.name}` : ''}: the kernel refuses the rule (Invalid argument).`,
    at, protocolData(context, 'tcp'));
}

/** A TCP reset can only answer TCP: the kernel refuses `--reject-with tcp-reset` without `-p tcp` (not negated). */
function checkTcpReset(rule: ResolvedRule, at: NonNullable<TargetUse['node']>, context: CheckContext): void {
  if (protocolNumber(rule) === 6 && !rule.protocol?.negated) return;
  if (rule.protocol && protocolNumber(rule) === undefined) return;
  report(context, 'missing-protocol', 'error', 'REJECT --reject-with tcp-reset needs -p tcp: the kernel refuses the rule otherwise.', at,
    protocolData(context, 'tcp'));
}

/** Targets that need a protocol (TCPMSS…) and options that do (ports in NAT ranges, CT --helper). */
function checkTargetProtocol(target: TargetUse, extension: IptExtension, rule: ResolvedRule, at: NonNullable<TargetUse['node']>, context: CheckContext): void {
  const n = protocolNumber(rule);
  const needed = extension.requiresProtocol;
  if (needed && !(needed.some((p) => parseProtocol(p).ok && (parseProtocol(p) as { value: number }).value === n) && !rule.protocol?.negated)) {
    if (rule.protocol && n === undefined) return;
    report(context, 'missing-protocol', 'error', `-j ${target.name} needs -p ${needed.join(' or ')}: the kernel refuses the rule without.`, at,
      protocolData(context, needed[0]));
    return;
  }
  // A port in a NAT range or a conntrack helper needs some -p; iptables refuses it when -p is missing or `all`.
  if (n !== undefined && n !== 0) return;
  if (rule.protocol && n === undefined) return;
  for (const use of target.options) {
    const option = use.option;
    if (!option?.requiresProtocol) continue;
    if (option.value === 'nat-range' && !natRangeHasPort(use.args[0] ?? '', context.family)) continue;
    report(context, 'missing-protocol', 'error', `${option.name} ${use.args[0] ?? ''} needs -p ${option.requiresProtocol.slice(0, 4).join(', ')}…: iptables refuses it without.`,
      use.node, protocolData(context, option.requiresProtocol[0]));
    return;
  }
}

function natRangeHasPort(text: string, family: IpFamily): boolean {
  if (family === 'ipv6') return /\]:/.test(text) || /^:/.test(text);
  return text.includes(':');
}

/** An option no loaded module knows: a missing `-p`, a module not loaded, a typo, or an ambiguous abbreviation. */
function checkUnknownOption(use: OptionUse, rule: ResolvedRule, context: CheckContext): void {
  if (use.ambiguous) {
    report(context, 'unknown-option', 'error', `${use.written} is ambiguous: it abbreviates ${use.ambiguous.join(', ')}.`, use.nameNode, { candidates: use.ambiguous, nameRange: rangeOf(use.nameNode) });
    return;
  }
  const protocolOwners = PROTOCOL_MATCHES.map((n) => findMatch(n, context.family)).filter((m): m is IptExtension => m !== undefined && hasOption(m, use.written, context.family));
  const implicit = rule.protocol ? protocolMatch(rule.protocol.name, context.family) : undefined;
  if (protocolOwners.length > 0 && !(implicit && protocolOwners.includes(implicit))) {
    const names = protocolOwners.map((m) => m.name);
    const given = rule.protocol ? ` -p ${rule.protocol.name} has no ${use.written}.` : '';
    report(context, 'missing-protocol', 'error', `${use.written} needs -p ${names.join(', -p ')} before it.${given}`, use.nameNode,
      protocolData(context, names[0]));
    return;
  }
  const owners = IPT_MATCHES.filter((m) => m.families.includes(context.family) && !m.aliasOf && hasOption(m, use.written, context.family));
  if (owners.length > 0) {
    report(context, 'unknown-option', 'error',
      `${use.written} is an option of -m ${owners.map((m) => m.name).join(' or -m ')}, which is not loaded before it.`,
      use.nameNode, { module: owners[0].name, insertAt: rangeOf(use.node).start });
    return;
  }
  const candidates = loadedOptionNames(rule, context.family);
  const suggestion = suggestName(use.written, candidates);
  const coreOnlyOtherFamily = CORE_OPTIONS.some((o) => o.families && !o.families.includes(context.family) && [o.name, ...(o.aliases ?? [])].includes(use.written));
  const message = coreOnlyOtherFamily
    ? `${use.written} does not exist in ${toolName(context.family)}.`
    : `Unknown option ${use.written}: no loaded module has it.${suggestion ? ` Did you mean ${suggestion}?` : ''}`;
  report(context, 'unknown-option', 'error', message, use.nameNode, { name: use.written, suggestion, nameRange: rangeOf(use.nameNode) });
}

function hasOption(extension: IptExtension, name: string, family: IpFamily): boolean {
  return extension.options.some((o) => (!o.families || o.families.includes(family)) && (o.name === name || (o.aliases ?? []).includes(name)));
}

/** Option names of the core and of every loaded extension, for did-you-mean. */
function loadedOptionNames(rule: ResolvedRule, family: IpFamily): string[] {
  const names = CORE_OPTIONS.filter((o) => o.name.startsWith('--') && o.field).map((o) => o.name);
  for (const instance of [...rule.matches, ...(rule.target ? [rule.target] : [])]) {
    for (const o of instance.extension?.options ?? []) if (!o.families || o.families.includes(family)) names.push(o.name);
  }
  return names;
}

/** `-o` where no packet has an output interface yet, `-i` where none has an input one (iptables checks built-in chain names). */
function checkInterfaces(rule: ResolvedRule, context: CheckContext): void {
  for (const use of rule.core) {
    const name = use.option?.name;
    const bad = name === '--out-interface' ? ['PREROUTING', 'INPUT'] : name === '--in-interface' ? ['OUTPUT', 'POSTROUTING'] : [];
    if (!bad.includes(context.chain)) continue;
    const which = name === '--out-interface' ? 'output' : 'input';
    report(context, 'interface-direction', 'error',
      `${use.written} cannot be used in ${context.chain}: iptables allows an ${which} interface only in ${name === '--out-interface' ? 'FORWARD, OUTPUT and POSTROUTING' : 'PREROUTING, INPUT and FORWARD'}, and refuses the rule.`,
      use.node, { optionName: rangeOf(use.nameNode), replacement: name === '--out-interface' ? '-i' : '-o' });
  }
}
