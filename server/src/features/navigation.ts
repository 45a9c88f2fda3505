/**
 * Go to definition, find references and document highlights for chains, sets, maps, flowtables, named objects and
 * variables, across the files a ruleset includes. Pure functions over the name index.
 */
import type { Location, Position, Range } from '../model/types';
import type { NameIndex } from './name-sites';

/** Where the name under the cursor is declared (several places when it is declared more than once). */
export function definitionAt(index: NameIndex, uri: string, position: Position): Location[] {
  const site = index.at(uri, position);
  if (!site) return [];
  return index.sitesOf(site).filter((s) => s.declaration).map((s) => s.location);
}

/** Every use of the name under the cursor, with its declarations when asked. */
export function referencesAt(index: NameIndex, uri: string, position: Position, includeDeclaration: boolean): Location[] {
  const site = index.at(uri, position);
  if (!site) return [];
  return index.sitesOf(site).filter((s) => includeDeclaration || !s.declaration).map((s) => s.location);
}

export interface Highlight {
  range: Range;
  /** `write` for a declaration, `read` for a use. */
  kind: 'read' | 'write';
}

/** The occurrences of the name under the cursor in the same file. */
export function highlightsAt(index: NameIndex, uri: string, position: Position): Highlight[] {
  const site = index.at(uri, position);
  if (!site) return [];
  return index.sitesOf(site).filter((s) => s.location.uri === uri)
    .map((s) => ({ range: s.location.range, kind: s.declaration ? 'write' : 'read' }));
}
