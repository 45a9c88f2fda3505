/**
 * A compact constructor for selector entries, so the data files read as tables.
 */
import type { NftSelector, SelectorKind } from './types';

/** Optional fields of a selector entry. */
export type Extra = Omit<Partial<NftSelector>, 'words' | 'kind' | 'type' | 'bits' | 'doc' | 'example'>;

/** One field of a protocol header: name, data type, width, doc, example, extra. */
export type HeaderRow = [field: string, type: string, bits: number, doc: string, example: string, extra?: Extra];

/** Builds a selector entry; `words` is the selector as written, space separated. */
export function sel(
  words: string, kind: SelectorKind, type: string, bits: number | undefined, doc: string, example: string,
  extra: Extra = {},
): NftSelector {
  return { words: words.split(' '), kind, type, bits, doc, example, ...extra };
}

/** Builds the selectors of one protocol header, sharing its dependency and families. */
export function header(
  protocol: string, kind: SelectorKind, common: Extra,
  rows: HeaderRow[],
): NftSelector[] {
  return rows.map(([field, type, bits, doc, example, extra]) =>
    sel(`${protocol} ${field}`, kind, type, bits, doc, example, { ...common, ...extra }));
}
