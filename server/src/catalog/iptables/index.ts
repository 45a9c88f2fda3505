/**
 * The iptables catalog: every match and target iptables ships (plus common xtables-addons ones), the core options,
 * commands and tables. One source for hover, completion, validation and lowering into model fields.
 */
import { CORE_OPTIONS } from './core';
import { IPT_MATCH_EXTENSIONS } from './matches';
import { IPT_TARGET_EXTENSIONS } from './targets';
import type { IpFamily, IptExtension, IptOption } from './types';

export { CORE_OPTIONS, IPT_COMMANDS, IPT_TABLES, HOOK_PRIORITIES, POLICY_VALUES, STANDARD_VERDICTS, findTable, isBuiltinChain } from './core';
export type { IptCommand, IptTableInfo, IptBuiltinChain } from './core';
export type * from './types';

export const IPT_MATCHES: readonly IptExtension[] = IPT_MATCH_EXTENSIONS;
export const IPT_TARGETS: readonly IptExtension[] = IPT_TARGET_EXTENSIONS;

/** Extensions by family and name, built once: lowering looks a target up for every rule of large dumps. */
const INDEX = new WeakMap<readonly IptExtension[], Record<IpFamily, Map<string, IptExtension>>>();

/** Finds an extension by exact name for a family (iptables names are case-sensitive: `mark` vs `MARK`). */
function findIn(list: readonly IptExtension[], name: string, family: IpFamily): IptExtension | undefined {
  let index = INDEX.get(list);
  if (!index) {
    index = { ipv4: new Map(), ipv6: new Map() };
    for (const e of list) for (const f of e.families) if (!index[f].has(e.name)) index[f].set(e.name, e);
    INDEX.set(list, index);
  }
  return index[family].get(name);
}

/** Finds the match module loaded by `-m NAME` (or implied by `-p NAME`) for a family. */
export function findMatch(name: string, family: IpFamily): IptExtension | undefined {
  return findIn(IPT_MATCHES, name, family);
}

/** Finds the target loaded by `-j NAME` for a family. */
export function findTarget(name: string, family: IpFamily): IptExtension | undefined {
  return findIn(IPT_TARGETS, name, family);
}

/** True when the option is spelled `name` (its canonical name or one of its aliases). */
function spelledAs(option: IptOption, name: string): boolean {
  return option.name === name || (option.aliases?.includes(name) ?? false);
}

/** Finds an option of an extension by name or alias; pass undefined to search the core options. */
export function findOption(extension: IptExtension | undefined, name: string): IptOption | undefined {
  const options = extension ? extension.options : CORE_OPTIONS;
  return options.find((o) => spelledAs(o, name));
}

/**
 * Of the modules loaded on a rule (in load order), the latest that has an option spelled `name`, and the option: an
 * option given goes to the last-loaded module that takes it. Each module is asked once, however often it is loaded,
 * so a rule loading one module a hundred thousand times costs one question per option.
 */
export function latestOwner<T extends { ext: IptExtension }>(loaded: readonly T[], name: string): { owner: T; option: IptOption } | undefined {
  const asked = new Set<IptExtension>();
  for (let i = loaded.length - 1; i >= 0; i--) {
    const owner = loaded[i];
    if (asked.has(owner.ext)) continue;
    asked.add(owner.ext);
    const option = findOption(owner.ext, name);
    if (option) return { owner, option };
  }
  return undefined;
}
