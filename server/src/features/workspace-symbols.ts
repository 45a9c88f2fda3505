/**
 * Workspace symbols: every table, chain, set, map, flowtable, named object and variable declared in a document's
 * model (the document and what it includes), filtered by the query the editor sends.
 */
import type { Location } from '../model/types';
import { sourceSites, type NameSource } from './name-sites';
import type { OutlineKind } from './symbols';

export interface WorkspaceSymbolItem {
  name: string;
  kind: OutlineKind;
  /** The table a name lives in (`inet filter`), absent for tables and variables. */
  container?: string;
  location: Location;
}

/** The declarations of one source. */
export function declarations(source: NameSource): WorkspaceSymbolItem[] {
  const items: WorkspaceSymbolItem[] = source.ruleset.tables.map((table) => ({
    name: table.name, kind: 'table', container: table.family, location: table.nameLocation,
  }));
  for (const site of sourceSites(source)) {
    if (!site.declaration) continue;
    items.push({
      name: site.kind === 'variable' ? `$${site.name}` : site.name, kind: site.kind,
      container: site.scope || undefined, location: site.location,
    });
  }
  return items;
}

/** Whether the query's characters appear in the name in order, ignoring case (an empty query matches all). */
export function matchesQuery(name: string, query: string): boolean {
  const lower = name.toLowerCase();
  let at = 0;
  for (const ch of query.toLowerCase()) {
    at = lower.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
