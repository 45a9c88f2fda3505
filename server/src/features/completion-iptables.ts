/**
 * iptables-save completion. The format is one command per line, so the line up to the cursor is split into
 * words and read the way iptables-restore does: the command and chain, then options in order, with `-m`/`-p`
 * loading match modules and `-j` a target. The word being typed is completed from what that reading expects.
 */
import { CORE_OPTIONS, findMatch, findOption, findTarget, IPT_COMMANDS, latestOwner, IPT_MATCHES, IPT_TABLES, IPT_TARGETS, POLICY_VALUES } from '../catalog/iptables/index';
import type { IpFamily, IptExtension, IptOption } from '../catalog/iptables/types';
import type { ParsedFile } from '../engine/source';
import type { Position } from '../model/types';
import type { CompletionEnv, CompletionItem, CompletionResult } from './completion';
import { iptTableContext, type IptChainInfo, type IptTableContext } from './completion-ipt-context';
import { optionValueItems, protocolItems } from './completion-ipt-values';
import { cached, item, linePrefix, SORT, uniqueItems, wordRange, type SortGroup } from './completion-items';
import { iptSnippets } from './completion-snippets';
import { extensionDoc } from './keyword-hover';

/** The words of a line prefix; quoted words stay whole (an unterminated quote runs to the end). */
export function iptWords(prefix: string): string[] {
  return prefix.match(/"(?:[^"\\]|\\.)*"?|'[^']*'?|\S+/g) ?? [];
}

/** Completion for an iptables-save file. */
export function iptablesCompletion(file: ParsedFile, position: Position, env: CompletionEnv): CompletionResult {
  const prefix = linePrefix(file.text, position);
  const words = iptWords(prefix);
  const typed = /\s$/.test(prefix) || words.length === 0 ? '' : words.pop() ?? '';
  const context = iptTableContext(file, position, env);
  const found = lineItems(words, typed, context, env);
  return { items: uniqueItems(found.items), range: wordRange(position, found.replace ?? typed.length) };
}

/** Items plus how many characters before the cursor they replace (default: the whole typed word). */
interface Found {
  items: CompletionItem[];
  replace?: number;
}

const RULE_COMMANDS = /^(-A|--append|-I|--insert|-D|--delete|-R|--replace|-C|--check)$/;
const COMMAND = new Map(IPT_COMMANDS.flatMap((c) => [[c.short, c], [c.name, c]] as const));

function lineItems(words: string[], typed: string, context: IptTableContext, env: CompletionEnv): Found {
  if (words.length === 0) return { items: lineStarts(typed, context) };
  const first = words[0];
  if (first.startsWith(':')) return { items: words.length === 1 ? declarationPolicies(first.slice(1), context) : [] };
  if (first.startsWith('*') || first.startsWith('#') || first === 'COMMIT') return { items: [] };
  const commandAt = words.findIndex((w) => COMMAND.has(w));
  if (commandAt < 0) return { items: words.every((w) => /^(-4|-6|--ipv4|--ipv6)$/.test(w)) ? lineStarts(typed, context) : [] };
  const command = words[commandAt];
  const args = words.slice(commandAt + 1);
  if (args.length === 0) return { items: chainItems(command, context) };
  if (/^(-P|--policy)$/.test(command)) return { items: args.length === 1 ? policyItems() : [] };
  if (/^(-E|--rename-chain)$/.test(command) || !RULE_COMMANDS.test(command)) return { items: [] };
  const chain = context.chains.find((c) => c.name === args[0]);
  const rest = /^\d+$/.test(args[1] ?? '') ? args.slice(2) : args.slice(1);
  if (/^\d+$/.test(typed)) return { items: [] }; // a rule number or a stray number: nothing to offer
  return ruleItems(readRule(rest, context.family), typed, context, chain, env);
}

// ---------------------------------------------------------------- line starts, chains, policies

function lineStarts(typed: string, context: IptTableContext): CompletionItem[] {
  if (typed.startsWith('*')) return tableItems();
  if (typed.startsWith(':')) return declarationItems(context);
  if (!context.table) return [...tableItems(), ...iptSnippets(context)];
  const commands = IPT_COMMANDS.filter((c) => c.inRestoreFiles).flatMap((c) => [
    item(c.short, 'keyword', { detail: c.name, doc: c.doc, notes: [`Arguments: ${c.args.join(' ')}`], group: c.short === '-A' ? SORT.best : SORT.likely }),
    item(c.name, 'keyword', { detail: c.short, doc: c.doc, group: SORT.other }),
  ]);
  const family = CORE_OPTIONS.filter((o) => o.name === '--ipv4' || o.name === '--ipv6')
    .map((o) => item(o.aliases?.[0] ?? o.name, 'option', { detail: o.name, doc: o.doc, group: SORT.rare }));
  const commit = item('COMMIT', 'keyword', { doc: 'Ends the table block: iptables-restore applies the table\'s commands atomically when it reads this line.', group: SORT.likely });
  return [...commands, commit, ...family, ...declarationItems(context), ...iptSnippets(context)];
}

function tableItems(): CompletionItem[] {
  return IPT_TABLES.map((t) => item(`*${t.name}`, 'table', {
    detail: `table ${t.name}`, doc: t.doc, group: t.name === 'filter' ? SORT.best : SORT.likely,
  }));
}

/** `:CHAIN POLICY [0:0]` lines for the built-in chains of the table. */
function declarationItems(context: IptTableContext): CompletionItem[] {
  return context.chains.filter((c) => c.builtin).map((c) => item(`:${c.name}`, 'chain', {
    detail: `built-in chain (${c.hook})`, doc: `Declares the built-in chain ${c.name} with its policy and counters.`,
    insertText: `:${c.name} \${1|ACCEPT,DROP|} [0:0]`, snippet: true, group: SORT.likely,
  }));
}

function declarationPolicies(chain: string, context: IptTableContext): CompletionItem[] {
  const builtin = context.chains.some((c) => c.builtin && c.name === chain);
  if (!builtin) return [item('-', 'keyword', { detail: 'user chain', doc: 'User-defined chains have no policy: a packet reaching their end returns to the caller.' })];
  return policyItems();
}

function policyItems(): CompletionItem[] {
  return POLICY_VALUES.map((p) => item(p, 'keyword', {
    detail: 'policy', doc: p === 'ACCEPT' ? 'Packets that reach the end of the chain are accepted.' : 'Packets that reach the end of the chain are dropped.',
  }));
}

/** Chains a command may name: -P takes built-in chains, -X and -E user chains, rule commands any chain. */
function chainItems(command: string, context: IptTableContext): CompletionItem[] {
  const spec = COMMAND.get(command);
  if (!spec || /^(-N|--new-chain)$/.test(command)) return [];
  const chains = context.chains.filter((c) => (/^(-P|--policy)$/.test(command) ? c.builtin : /^(-X|--delete-chain|-E|--rename-chain)$/.test(command) ? !c.builtin : true));
  return chains.map((c) => chainItem(c, c.builtin ? SORT.best : SORT.likely));
}

function chainItem(c: IptChainInfo, group: SortGroup): CompletionItem {
  const rules = c.rules === undefined ? '' : `, ${c.rules} rule${c.rules === 1 ? '' : 's'}`;
  const doc = c.builtin ? `The built-in chain the kernel calls at the ${c.hook} hook.` : 'A user chain, run when a rule jumps (-j) or goes (-g) to it.';
  return item(c.name, 'chain', { detail: c.builtin ? `built-in chain (${c.hook})${rules}` : `user chain${rules}`, doc, group });
}

// ---------------------------------------------------------------- rules

/** One loaded match or target with the options given to it (a module loaded twice has two instances). */
interface Instance {
  ext: IptExtension;
  used: Set<string>;
}

/** What the words of a rule so far have set up. */
export interface RuleReading {
  /** Match modules loaded by -m and -p, in order. */
  matches: Instance[];
  target?: Instance;
  /** The -j/-g word given, even when it is a user chain. */
  targetName?: string;
  /** Core options given, by canonical name. */
  used: Set<string>;
  /** A `!` waits for its option. */
  negated: boolean;
  /** The last word asks for this: a module (-m), a target (-j), a chain (-g) or an option argument. */
  pending?: { kind: 'module' | 'target' | 'goto' } | { kind: 'argument'; option: IptOption; index: number };
}

/** Value types whose argument is free text: a word starting with `--` there is still the argument. */
const TEXT_VALUES = new Set(['string', 'other', 'hex-string', 'path']);

/** Reads the words of a rule after its chain, as iptables assigns options to modules and the target. */
export function readRule(words: string[], family: IpFamily): RuleReading {
  const reading: RuleReading = { matches: [], used: new Set(), negated: false };
  for (const word of words) {
    const pending = reading.pending;
    if (pending?.kind === 'argument' && word === '!') continue; // old style: `--dport ! 22`
    // An option whose argument may be left out (`--rateest-bps [bps]`): a following option ends it.
    const skipsArgument = pending?.kind === 'argument' && word.startsWith('--') && !TEXT_VALUES.has(pending.option.value) && resolveOption(reading, word.split('=')[0]);
    if (pending && !skipsArgument) {
      reading.pending = undefined;
      if (pending.kind === 'module') loadMatch(reading, word, family);
      else if (pending.kind !== 'argument') {
        reading.targetName = word;
        const target = pending.kind === 'target' ? findTarget(word, family) : undefined;
        reading.target = target && { ext: target, used: new Set() };
      } else {
        if (pending.option.name === '--protocol') loadMatch(reading, implicitMatch(word), family, true);
        // `-c 10,840` gives both counters in one word.
        const done = pending.option.name === '--set-counters' && word.includes(',');
        if (!done && pending.index + 1 < (pending.option.argCount ?? 1)) reading.pending = { ...pending, index: pending.index + 1 };
      }
    } else if (word === '!') {
      reading.negated = true;
    } else if (word.startsWith('-') && !/^-\d/.test(word)) {
      reading.pending = undefined;
      reading.negated = false;
      readOption(reading, word);
    }
    // Any other word is an argument of an option the catalog does not know: skipped.
  }
  return reading;
}

/** Reads one option word: -m/-j/-g wait for their name, a known option for its arguments. */
function readOption(reading: RuleReading, word: string): void {
  const inline = word.startsWith('--') && word.includes('=');
  const name = inline ? word.slice(0, word.indexOf('=')) : word;
  if (/^(-m|--match)$/.test(name)) reading.pending = { kind: 'module' };
  else if (/^(-j|--jump)$/.test(name)) reading.pending = { kind: 'target' };
  else if (/^(-g|--goto)$/.test(name)) reading.pending = { kind: 'goto' };
  else {
    const found = resolveOption(reading, name);
    if (!found) return;
    // `-m policy … --next …`: each policy element takes its options again.
    if (found.option.name === '--next' && found.scope) found.scope.used.clear();
    else (found.scope?.used ?? reading.used).add(found.option.name);
    const count = found.option.argCount ?? (found.option.value === 'none' ? 0 : 1);
    const start = inline ? 1 : 0;
    if (count > start) reading.pending = { kind: 'argument', option: found.option, index: start };
  }
}

/** The match `-p NAME` loads implicitly (ip6tables names ICMPv6 several ways). */
function implicitMatch(protocol: string): string {
  return /^(ipv6-icmp|icmpv6|icmp6)$/i.test(protocol) ? 'icmp6' : protocol.toLowerCase();
}

function loadMatch(reading: RuleReading, name: string, family: IpFamily, implicit = false): void {
  const ext = findMatch(name, family);
  if (ext && !(implicit && reading.matches.some((m) => m.ext === ext))) reading.matches.push({ ext, used: new Set() });
}

/** The option a word names: the target's first, then the latest loaded match's, then the core options. */
function resolveOption(reading: RuleReading, name: string): { option: IptOption; scope?: Instance } | undefined {
  const target = reading.target && findOption(reading.target.ext, name);
  if (target) return { option: target, scope: reading.target };
  const match = latestOwner(reading.matches, name);
  if (match) return { option: match.option, scope: match.owner };
  const core = findOption(undefined, name);
  return core && { option: core };
}

/**
 * Where an option may go, in the order iptables looks: the target, then the loaded matches from the latest, each
 * module once (an option given goes to its latest instance, so the earlier ones cannot take it).
 */
function scopes(reading: RuleReading): Instance[] {
  const out: Instance[] = reading.target ? [reading.target] : [];
  const seen = new Set<IptExtension>();
  for (let i = reading.matches.length - 1; i >= 0; i--) {
    const instance = reading.matches[i];
    if (seen.has(instance.ext)) continue;
    seen.add(instance.ext);
    out.push(instance);
  }
  return out;
}

function ruleItems(reading: RuleReading, typed: string, context: IptTableContext, chain: IptChainInfo | undefined, env: CompletionEnv): Found {
  const pending = reading.pending;
  if (pending?.kind === 'module') return { items: moduleItems(context.family) };
  if (pending?.kind === 'target') return { items: targetItems(context, chain) };
  if (pending?.kind === 'goto') return { items: userChainItems(context, chain) };
  if (pending?.kind === 'argument') {
    if (typed.startsWith('-') && !/^-\d/.test(typed) && !TEXT_VALUES.has(pending.option.value)) {
      return { items: optionItems(reading, context.family) }; // an optional argument left out
    }
    const items = pending.option.name === '--protocol' ? protocolItems() : optionValueItems(pending.option, pending.index, context.family, typed, env);
    return { items, replace: typed.length - (typed.lastIndexOf(',') + 1) };
  }
  if (typed.startsWith('--') && typed.includes('=')) {
    const found = resolveOption(reading, typed.slice(0, typed.indexOf('=')));
    const value = typed.slice(typed.indexOf('=') + 1);
    const items = found ? optionValueItems(found.option, 0, context.family, value, env) : [];
    return { items, replace: value.length - (value.lastIndexOf(',') + 1) };
  }
  return { items: optionItems(reading, context.family) };
}

/** Options that may come next: the target's, the loaded matches' (latest first), then the core rule options. */
function optionItems(reading: RuleReading, family: IpFamily): CompletionItem[] {
  const items: CompletionItem[] = [];
  const fits = (o: IptOption, used: Set<string>): boolean => (!reading.negated || o.invertible) && !used.has(o.name)
    && (!o.families || o.families.includes(family));
  scopes(reading).forEach((scope, i) => {
    const group = i === 0 ? SORT.best : SORT.likely;
    for (const option of scope.ext.options.filter((o) => fits(o, scope.used))) items.push(...optionEntries(option, scope.ext, group));
  });
  for (const option of CORE_OPTIONS.filter((o) => fits(o, reading.used) && RULE_OPTIONS.has(o.name))) {
    if (reading.targetName && /^--(jump|goto)$/.test(option.name)) continue;
    items.push(...optionEntries(option, undefined, SORT.usual));
  }
  return items;
}

/** Core options that belong in a rule (the rest are command-line switches). */
const RULE_OPTIONS = new Set(['--protocol', '--source', '--destination', '--in-interface', '--out-interface', '--fragment', '--match', '--jump', '--goto', '--set-counters', '--ipv4', '--ipv6']);

const entryCache = new WeakMap<IptOption, Map<string, CompletionItem[]>>();

/** An option as items: its canonical spelling and each alias (short core forms first); built once per option. */
function optionEntries(option: IptOption, scope: IptExtension | undefined, group: SortGroup): CompletionItem[] {
  let byGroup = entryCache.get(option);
  if (!byGroup) entryCache.set(option, byGroup = new Map());
  let items = byGroup.get(`${group}${scope?.name ?? ''}`);
  if (!items) byGroup.set(`${group}${scope?.name ?? ''}`, items = buildOptionEntries(option, scope, group));
  return items;
}

function buildOptionEntries(option: IptOption, scope: IptExtension | undefined, group: SortGroup): CompletionItem[] {
  const where = scope ? `${scope.kind} ${scope.name}` : 'built-in';
  const notes = [option.invertible ? '`!` may precede it.' : undefined, option.deprecated ? `Deprecated: ${option.deprecated}` : undefined];
  const detail = `${where} · ${option.value === 'none' ? 'flag' : option.value}`;
  const short = option.aliases?.find((a) => /^-[a-zA-Z0-9]$/.test(a));
  const main = item(short ?? option.name, 'option', { detail, doc: option.doc, example: option.example, notes, group, deprecated: option.deprecated !== undefined });
  const others = [option.name, ...(option.aliases ?? [])].filter((n) => n !== main.label)
    .map((n) => item(n, 'option', { detail: `${detail} (same as ${main.label})`, doc: option.doc, example: option.example, notes, group: SORT.other }));
  return [main, ...others];
}

const COMMON_MODULES = new Set(['conntrack', 'tcp', 'udp', 'multiport', 'comment', 'limit', 'recent', 'mark', 'set', 'iprange', 'icmp', 'icmp6', 'owner', 'addrtype', 'connmark', 'hashlimit', 'physdev']);

/** `-m` modules of the family; deprecated and xtables-addons ones sort last. */
const moduleItems = cached((family: IpFamily) => family, (family: IpFamily): CompletionItem[] => IPT_MATCHES.filter((e) => e.families.includes(family))
  .map((e) => extensionItem(e, 'module', e.deprecated ? SORT.last : e.xtablesAddons ? SORT.rare : COMMON_MODULES.has(e.name) ? SORT.likely : SORT.usual)));

function extensionItem(e: IptExtension, kind: 'module' | 'target', group: SortGroup): CompletionItem {
  const detail = e.xtablesAddons ? `${e.summary} (xtables-addons)` : e.summary;
  return { ...item(e.name, kind, { detail, group, deprecated: e.deprecated !== undefined }), documentation: extensionDoc(e) };
}

/** Targets the kernel accepts in this table and chain, then the user chains to jump to. */
function targetItems(context: IptTableContext, chain: IptChainInfo | undefined): CompletionItem[] {
  const hooks = chain?.hook ? [chain.hook] : chain?.reachedFrom ?? [];
  return [...extensionTargets(context.family, context.table, hooks.join(',')), ...userChainItems(context, chain)];
}

/** Targets of the family valid in the table and at every one of the hooks (comma-joined; empty: any hook). */
const extensionTargets = cached((family: IpFamily, table?: string, hooks?: string) => `${family} ${table} ${hooks}`, (family: IpFamily, table?: string, hooks?: string): CompletionItem[] => {
  const at = hooks ? hooks.split(',') : [];
  const valid = IPT_TARGETS.filter((e) => e.families.includes(family)
    && (!e.tables || !table || e.tables.includes(table as never))
    && (!e.hooks || at.every((h) => e.hooks?.includes(h as never))));
  const standard = new Set(['ACCEPT', 'DROP', 'RETURN']);
  // Targets made for this table (DNAT in nat, MARK-like ones in mangle) come right after the verdicts.
  const group = (e: IptExtension): SortGroup => (standard.has(e.name) ? SORT.best : e.deprecated ? SORT.last : e.xtablesAddons ? SORT.rare
    : e.tables && table && e.tables.includes(table as never) ? SORT.likely : SORT.usual);
  return valid.map((e) => extensionItem(e, 'target', group(e)));
});

function userChainItems(context: IptTableContext, chain: IptChainInfo | undefined): CompletionItem[] {
  return context.chains.filter((c) => !c.builtin && c.name !== chain?.name).map((c) => chainItem(c, SORT.likely));
}
