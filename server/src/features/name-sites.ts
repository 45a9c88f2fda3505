/**
 * Every place a name of the ruleset is declared or used: chains, sets and maps, flowtables, named objects and
 * variables. Navigation, highlights, rename, CodeLens and semantic tokens all read this one index.
 *
 * The model is the first source (declarations with `nameLocation`, `Ruleset.variables`, `Ruleset.references`).
 * The trees of the root file and of the files it includes are walked as well (name-sites-nftables.ts,
 * name-sites-iptables.ts): they see uses the model does not record as references (`-A CHAIN`, `add rule … CHAIN`),
 * and a rename must see every use or it would break the file. Both sources are merged by exact name range.
 */
import type { ParsedFile } from '../engine/source';
import type { Location, ObjectKind, Position, Range, ReferenceKind, Ruleset, Table } from '../model/types';
import { iptablesNameSites } from './name-sites-iptables';
import { nftablesNameSites } from './name-sites-nftables';
import { comparePositions, containsPosition } from './ranges';

/** One declaration or use of a name; `location` covers the name only (no `@`/`$` sigil, no quotes). */
export interface NameSite {
  kind: ReferenceKind;
  name: string;
  /** `family table` for names that live in a table, '' for variables. */
  scope: string;
  objectKind?: ObjectKind;
  location: Location;
  declaration: boolean;
  /** A use that addresses the chain in a command (`-A NAME`, `add rule ip t NAME …`) rather than jumping to it. */
  command?: boolean;
}

/** The key of the namespace a site's name lives in: sets and maps share one, objects have one per kind. */
export function symbolKey(site: Pick<NameSite, 'kind' | 'scope' | 'name' | 'objectKind'>): string {
  const group = site.kind === 'map' ? 'set' : site.kind === 'object' ? `object:${site.objectKind ?? '?'}` : site.kind;
  return `${group}|${site.scope}|${site.name}`;
}

/** The scope key of a table. */
export function tableScope(table: Pick<Table, 'family' | 'name'>): string {
  return `${table.family} ${table.name}`;
}

/**
 * The range of the name itself inside a model location that may include a sigil (`@set`, `$var`) or quotes
 * (`"chain"`); the model records either form.
 */
export function nameOnly(range: Range, name: string): Range {
  if (range.start.line !== range.end.line) return range;
  const width = range.end.character - range.start.character;
  if (width === name.length + 1) return { start: { ...range.start, character: range.start.character + 1 }, end: range.end };
  if (width === name.length + 2) {
    return { start: { ...range.start, character: range.start.character + 1 }, end: { ...range.end, character: range.end.character - 1 } };
  }
  return range;
}

/** Sites recorded by the model of one ruleset. */
function modelSites(ruleset: Ruleset): NameSite[] {
  const sites: NameSite[] = [];
  const add = (kind: ReferenceKind, name: string, scope: string, location: Location, declaration: boolean, objectKind?: ObjectKind): void => {
    sites.push({ kind, name, scope, objectKind, declaration, location: { uri: location.uri, range: nameOnly(location.range, name) } });
  };
  for (const table of ruleset.tables) {
    const scope = tableScope(table);
    for (const chain of table.chains) add('chain', chain.name, scope, chain.nameLocation, true);
    for (const set of table.sets) add(set.kind, set.name, scope, set.nameLocation, true);
    for (const flowtable of table.flowtables) add('flowtable', flowtable.name, scope, flowtable.nameLocation, true);
    for (const object of table.objects) add('object', object.name, scope, object.nameLocation, true, object.kind);
  }
  for (const variable of ruleset.variables) add('variable', variable.name, '', variable.nameLocation, true);
  for (const ref of ruleset.references) {
    const scope = ref.kind === 'variable' ? '' : ref.table ? tableScope(ref.table) : guessScope(ruleset, ref.kind, ref.name);
    const objectKind = ref.kind === 'object' ? ref.objectKind ?? guessObjectKind(ruleset, scope, ref.name) : undefined;
    add(ref.kind, ref.name, scope, ref.location, false, objectKind);
  }
  return sites;
}

/** The only table declaring a name of that kind, when the model did not say which table a use is in. */
function guessScope(ruleset: Ruleset, kind: ReferenceKind, name: string): string {
  const owners = ruleset.tables.filter((t) => kind === 'chain' ? t.chains.some((c) => c.name === name)
    : kind === 'flowtable' ? t.flowtables.some((f) => f.name === name)
      : kind === 'object' ? t.objects.some((o) => o.name === name) : t.sets.some((s) => s.name === name));
  return owners.length === 1 ? tableScope(owners[0]) : '?';
}

function guessObjectKind(ruleset: Ruleset, scope: string, name: string): ObjectKind | undefined {
  const kinds = new Set(ruleset.tables.filter((t) => tableScope(t) === scope)
    .flatMap((t) => t.objects.filter((o) => o.name === name).map((o) => o.kind)));
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/** What the index is built from: one document's model and the parsed files behind it (root first, then includes). */
export interface NameSource {
  ruleset: Ruleset;
  files: readonly ParsedFile[];
}

const cache = new WeakMap<Ruleset, { files: readonly ParsedFile[]; sites: NameSite[] }>();

/** The merged sites of one source (cached per model and files). */
export function sourceSites(source: NameSource): NameSite[] {
  const cached = cache.get(source.ruleset);
  // The same trees and texts (the server makes a new ParsedFile for every request).
  if (cached && cached.files.length === source.files.length
    && cached.files.every((f, i) => f.tree === source.files[i].tree && f.text === source.files[i].text && f.uri === source.files[i].uri)) return cached.sites;
  const fromTrees = source.files.flatMap((file) => file.dialect === 'iptables'
    ? iptablesNameSites(file, source.ruleset) : nftablesNameSites(file));
  const sites = mergeSites([...modelSites(source.ruleset), ...fromTrees]);
  cache.set(source.ruleset, { files: [...source.files], sites });
  return sites;
}

/** Removes duplicates (same namespace, file and start); a declaration wins over a use at the same place. */
function mergeSites(sites: NameSite[]): NameSite[] {
  // Grouped by namespace and file, then by start: no key string per site holds the uri.
  const groups = new Map<string, Map<string, Map<number, number>>>();
  const out: NameSite[] = [];
  for (const site of sites) {
    const key = symbolKey(site);
    let byUri = groups.get(key);
    if (!byUri) groups.set(key, (byUri = new Map()));
    let byStart = byUri.get(site.location.uri);
    if (!byStart) byUri.set(site.location.uri, (byStart = new Map()));
    const start = site.location.range.start;
    // Exact for lines below 2^21 and columns below 2^32 (files are at most 64 MB).
    const place = start.line * 2 ** 32 + start.character;
    const at = byStart.get(place);
    const seen = at === undefined ? undefined : out[at];
    if (at === undefined || (site.declaration && !seen?.declaration)) {
      const kept = { ...site, command: site.command || seen?.command };
      if (at === undefined) {
        byStart.set(place, out.length);
        out.push(kept);
      } else out[at] = kept;
    } else if (site.command && seen) seen.command = true;
  }
  return out;
}

/** All sites of several documents, grouped by namespace key. */
export class NameIndex {
  private readonly byKey = new Map<string, NameSite[]>();

  constructor(sources: readonly NameSource[]) {
    const seen = new Set<string>();
    // One source's sites are distinct already (mergeSites); only sources sharing files can repeat a site.
    const distinct = sources.length === 1;
    for (const source of sources) {
      for (const site of sourceSites(source)) {
        const key = symbolKey(site);
        if (!distinct) {
          const start = site.location.range.start;
          const place = `${key}@${site.location.uri}:${start.line}:${start.character}`;
          if (seen.has(place)) continue;
          seen.add(place);
        }
        const list = this.byKey.get(key);
        if (list) list.push(site);
        else this.byKey.set(key, [site]);
      }
    }
  }

  /** The innermost site under a position of a file. */
  at(uri: string, position: Position): NameSite | undefined {
    let best: NameSite | undefined;
    for (const list of this.byKey.values()) {
      for (const site of list) {
        if (site.location.uri !== uri || !containsPosition(site.location.range, position)) continue;
        if (!best || comparePositions(site.location.range.start, best.location.range.start) > 0) best = site;
      }
    }
    return best;
  }

  /** Every site of the site's namespace and name, declarations first, then in document order. */
  sitesOf(site: Pick<NameSite, 'kind' | 'scope' | 'name' | 'objectKind'>): NameSite[] {
    return [...(this.byKey.get(symbolKey(site)) ?? [])].sort((a, b) => Number(b.declaration) - Number(a.declaration)
      || a.location.uri.localeCompare(b.location.uri) || comparePositions(a.location.range.start, b.location.range.start));
  }

  /** Whether a name is declared in that namespace. */
  declared(site: Pick<NameSite, 'kind' | 'scope' | 'name' | 'objectKind'>): boolean {
    return (this.byKey.get(symbolKey(site)) ?? []).some((s) => s.declaration);
  }

  /** Every site, in no particular order. */
  all(): NameSite[] {
    return [...this.byKey.values()].flat();
  }
}
