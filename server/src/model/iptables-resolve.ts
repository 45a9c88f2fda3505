/**
 * Assigns every option of an iptables rule to what iptables-restore would give it to: the core options, a match
 * module loaded by `-m` (or implicitly by `-p`), or the target. This mirrors iptables 1.8.9's getopt-driven parse:
 * the option table is the core options, then each loaded extension's options with the most recently loaded first,
 * exact names win, otherwise a unique prefix (getopt abbreviation) is accepted, and an option nobody knows loads the
 * match named by `-p` once and is tried again.
 */
import type { Node } from 'web-tree-sitter';
import { CORE_OPTIONS, findMatch, findTarget, STANDARD_VERDICTS } from '../catalog/iptables';
import type { IpFamily, IptExtension, IptOption } from '../catalog/iptables';
import { parseProtocol, protocolName } from '../catalog/values';

/** One option as written, with the owner iptables gives it. */
export interface OptionUse {
  node: Node;
  /** The name as written (`--dpo` when abbreviated). */
  written: string;
  nameNode: Node;
  /** The catalog entry; undefined when no loaded extension (nor the core) knows the name. */
  option?: IptOption;
  /** The extension instance it belongs to; undefined for core and unknown options. */
  owner?: ModuleUse;
  negated: boolean;
  negationNode?: Node;
  /** `--opt ! value`: iptables 1.8.9 refuses this older placement. */
  oldStyleNegation: boolean;
  /** `! --opt ! value`: a `!` before the option as well as the old one after it (`negationNode` is the one after). */
  doubleNegation?: boolean;
  /** Argument values with quotes removed and escapes resolved. */
  args: string[];
  argNodes: Node[];
  /** Several options start with the abbreviation: getopt refuses it. */
  ambiguous?: string[];
}

/** One loaded extension: a match module instance or the target. */
export interface ModuleUse {
  kind: 'match' | 'target';
  /** The name as written (`-m NAME`, `-j NAME`), or the protocol's match name when loaded implicitly. */
  name: string;
  /** Catalog entry for the rule's family; undefined when iptables could not load it. */
  extension?: IptExtension;
  /** The `-m NAME` / `-j NAME` node; undefined for a match loaded implicitly by `-p`. */
  node?: Node;
  /** The NAME of `-m NAME` / `-j NAME`. */
  nameNode?: Node;
  options: OptionUse[];
  /** A second `-m NAME` of a module already loaded (iptables clones it). */
  clone: boolean;
}

/** How a rule's `-j`/`-g` resolves. */
export interface TargetUse extends ModuleUse {
  kind: 'target';
  /** `-g` rather than `-j`. */
  goto: boolean;
  /** STANDARD verdicts, an extension, a chain of the table, or a name that is none of these. */
  resolution: 'standard' | 'extension' | 'chain' | 'unknown';
}

/** The result of walking one rule. */
export interface ResolvedRule {
  family: IpFamily;
  /** Options of the core (`-s`, `-p`, `-i`…) in order. */
  core: OptionUse[];
  /** Match instances in load order. */
  matches: ModuleUse[];
  target?: TargetUse;
  /** Options no loaded extension knows, in order. */
  unknown: OptionUse[];
  /** Every option in source order (core, owned and unknown). */
  options: OptionUse[];
  /** `-p`, lower-cased as iptables does. */
  protocol?: { name: string; number?: number; negated: boolean; use: OptionUse };
  /** `!` in front of `-m` or `-j` (refused by iptables). */
  misplacedNegations: Node[];
  /** A second `-j`/`-g` (refused by iptables; the first one counts here). */
  extraTargets: Node[];
}

/** An entry of the getopt table: an option spelling and who gets it. */
interface Spelling {
  name: string;
  option: IptOption;
  owner?: ModuleUse;
}

/** Every spelling of an option set, with a map for exact lookups (computed once per extension). */
interface Spellings {
  list: { name: string; option: IptOption }[];
  exact: Map<string, IptOption>;
}

function spellingsOf(options: readonly IptOption[]): Spellings {
  const list = options.flatMap((option) => [option.name, ...(option.aliases ?? [])].map((name) => ({ name, option })));
  return { list, exact: new Map(list.map((s) => [s.name, s.option])) };
}

const CORE_SPELLINGS = spellingsOf(CORE_OPTIONS);
const EXTENSION_SPELLINGS: Record<IpFamily, WeakMap<IptExtension, Spellings>> = { ipv4: new WeakMap(), ipv6: new WeakMap() };

/** The spellings of an extension's options that exist in a family (ah's --ahlen is IPv6 only). */
function extensionSpellings(extension: IptExtension, family: IpFamily): Spellings {
  let found = EXTENSION_SPELLINGS[family].get(extension);
  if (!found) {
    found = spellingsOf(extension.options.filter((o) => !o.families || o.families.includes(family)));
    EXTENSION_SPELLINGS[family].set(extension, found);
  }
  return found;
}

/**
 * Finds an option the way getopt_long does over iptables' merged table (core options, then the loaded extensions,
 * newest first): an exact spelling first, else one option the prefix names; several make it ambiguous.
 */
function lookup(loaded: readonly ModuleUse[], written: string, family: IpFamily): { found?: Spelling; ambiguous?: string[] } {
  const core = CORE_SPELLINGS.exact.get(written);
  if (core && (!core.families || core.families.includes(family))) return { found: { name: written, option: core } };
  for (let i = loaded.length - 1; i >= 0; i--) {
    const extension = loaded[i].extension;
    const option = extension ? extensionSpellings(extension, family).exact.get(written) : undefined;
    if (option) return { found: { name: written, option, owner: loaded[i] } };
  }
  if (!written.startsWith('--') || written.length < 3) return {};
  const candidates: Spelling[] = CORE_SPELLINGS.list.filter((s) => s.name.startsWith(written) && (!s.option.families || s.option.families.includes(family)));
  for (let i = loaded.length - 1; i >= 0; i--) {
    const extension = loaded[i].extension;
    if (!extension) continue;
    for (const s of extensionSpellings(extension, family).list) if (s.name.startsWith(written)) candidates.push({ ...s, owner: loaded[i] });
  }
  if (candidates.length === 0) return {};
  const first = candidates[0];
  // Spellings of one option of one instance share getopt's value; anything else makes the prefix ambiguous.
  if (candidates.every((c) => c.option === first.option && c.owner === first.owner)) return { found: first };
  return { ambiguous: [...new Set(candidates.map((c) => c.name))] };
}

/** The value text of an argument node: a word as written, a string without its quotes and escapes. */
export function argumentValue(node: Node): string {
  if (node.type !== 'string') return node.text;
  const text = node.text;
  if (text.startsWith("'")) return text.slice(1, text.endsWith("'") && text.length > 1 ? -1 : undefined);
  const inner = text.slice(1, text.endsWith('"') && text.length > 1 ? -1 : undefined);
  return inner.replace(/\\(["\\])/g, '$1');
}

/** Reads an option node into an OptionUse without an owner (one pass over its children: node access is costly). */
function readOption(node: Node): OptionUse {
  let nameNode: Node | undefined;
  let negationNode: Node | undefined;
  let negations = 0;
  const argNodes: Node[] = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'option_name') nameNode = child;
    else if (child.type === 'negation') {
      negationNode = child;
      negations++;
    } else if (child.type === 'word' || child.type === 'string') argNodes.push(child);
  }
  const name = nameNode ?? node;
  const oldStyleNegation = negationNode !== undefined && negationNode.startIndex > name.startIndex;
  return {
    node, nameNode: name, written: nameNode?.text ?? '', negated: negationNode !== undefined, negationNode,
    oldStyleNegation, ...(oldStyleNegation && negations > 1 ? { doubleNegation: true } : {}),
    args: argNodes.map(argumentValue), argNodes,
  };
}

/** The children of a `match` or `target` node, found in one pass (field lookups are costly in the WASM runtime). */
function partsOf(node: Node): { flag?: Node; name?: Node; negation?: Node } {
  const parts: { flag?: Node; name?: Node; negation?: Node } = {};
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'flag') parts.flag = child;
    else if (child.type === 'negation') parts.negation = child;
    else if (child.type === 'module_name' || child.type === 'target_name') parts.name = child;
  }
  return parts;
}

/** The match iptables loads for `-p NAME` (names and numbers; the ICMPv6 spellings all mean icmp6). */
export function protocolMatch(protocol: string, family: IpFamily): IptExtension | undefined {
  let name = protocol;
  if (/^[0-9]/.test(protocol)) {
    const n = parseProtocol(protocol);
    name = n.ok ? protocolName(n.value) ?? protocol : protocol;
  }
  if (name === 'icmpv6' || name === 'ipv6-icmp') name = 'icmp6';
  const found = findMatch(name, family);
  return found?.aliasOf ? findMatch(found.aliasOf, family) : found;
}

/** Loads a match by `-m` name for a family, following catalog aliases (icmpv6 → icmp6). */
function loadMatch(name: string, family: IpFamily): IptExtension | undefined {
  const found = name === 'ipv6-icmp' ? findMatch('icmp6', family) : findMatch(name, family);
  return found;
}

/**
 * Walks a rule's items (its named children, in order) and assigns the options; `isChain` says whether a name is a
 * chain of the rule's table.
 */
export function resolveRule(items: readonly Node[], family: IpFamily, isChain: (name: string) => boolean): ResolvedRule {
  const resolved: ResolvedRule = { family, core: [], matches: [], unknown: [], options: [], misplacedNegations: [], extraTargets: [] };
  const loaded: ModuleUse[] = [];
  let protocolLoaded = false;
  const load = (use: ModuleUse): void => {
    if (use.kind === 'match' && use.extension) use.clone = loaded.some((m) => m.extension === use.extension);
    loaded.push(use);
  };
  for (const item of items) {
    if (item.type === 'match') {
      const parts = partsOf(item);
      if (parts.negation) resolved.misplacedNegations.push(item);
      const name = parts.name?.text ?? '';
      const use: ModuleUse = { kind: 'match', name, extension: loadMatch(name, family), node: item, nameNode: parts.name, options: [], clone: false };
      resolved.matches.push(use);
      load(use);
    } else if (item.type === 'target') {
      if (partsOf(item).negation) resolved.misplacedNegations.push(item);
      if (resolved.target) {
        resolved.extraTargets.push(item);
        continue;
      }
      const target = resolveTarget(item, family, isChain);
      resolved.target = target;
      load(target);
    } else if (item.type === 'option') {
      const use = readOption(item);
      resolved.options.push(use);
      let hit = lookup(loaded, use.written, family);
      if (!hit.found && !protocolLoaded && resolved.protocol) {
        // iptables loads the protocol's match once, on the first option nobody knows, and retries.
        protocolLoaded = true;
        const extension = protocolMatch(resolved.protocol.name, family);
        if (extension) {
          const implicit: ModuleUse = { kind: 'match', name: extension.name, extension, options: [], clone: false };
          resolved.matches.push(implicit);
          load(implicit);
          hit = lookup(loaded, use.written, family);
        }
      }
      if (!hit.found) {
        use.ambiguous = hit.ambiguous;
        resolved.unknown.push(use);
        continue;
      }
      use.option = hit.found.option;
      use.owner = hit.found.owner;
      if (use.owner) use.owner.options.push(use);
      else {
        resolved.core.push(use);
        if (use.option.name === '--protocol' && use.args.length > 0 && !resolved.protocol) {
          const name = use.args[0].toLowerCase();
          const n = parseProtocol(name);
          resolved.protocol = { name, number: n.ok ? n.value : undefined, negated: use.negated, use };
        }
      }
    }
  }
  return resolved;
}

/** Resolves `-j NAME` / `-g NAME` in iptables' order: standard verdict, target extension, chain. */
function resolveTarget(node: Node, family: IpFamily, isChain: (name: string) => boolean): TargetUse {
  const parts = partsOf(node);
  const name = parts.name ? argumentValue(parts.name) : '';
  const goto = /^(-g|--goto)$/.test(parts.flag?.text ?? '');
  const base = { kind: 'target' as const, name, node, nameNode: parts.name, options: [], clone: false, goto };
  if (goto) return { ...base, resolution: isChain(name) ? 'chain' : 'unknown' };
  if (STANDARD_VERDICTS.includes(name)) return { ...base, resolution: 'standard' };
  const extension = findTarget(name, family);
  if (extension) return { ...base, extension, resolution: 'extension' };
  return { ...base, resolution: isChain(name) ? 'chain' : 'unknown' };
}
