/** Test helpers: inline fixtures with a cursor marker `┃` (a character neither grammar can produce). */
import { checkFile, type CheckResult } from '../../server/src/engine/check';
import { NO_FILES, type ParsedFile } from '../../server/src/engine/source';
import type { Dialect, Position } from '../../server/src/model/types';
import { initParsers, parse } from '../../server/src/syntax/parser';

export const CURSOR = '┃';

/** Parses a fixture, removing the cursor marker; returns the file, its check and the cursor position. */
export async function fixture(dialect: Dialect, source: string): Promise<{ file: ParsedFile; result: CheckResult; cursor: Position }> {
  await initParsers();
  const offset = source.indexOf(CURSOR);
  const text = source.replace(CURSOR, '');
  const before = text.slice(0, Math.max(0, offset)).split('\n');
  const cursor = { line: before.length - 1, character: before[before.length - 1].length };
  const file: ParsedFile = { uri: `file:///fixture.${dialect === 'nftables' ? 'nft' : 'rules'}`, text, dialect, tree: parse(dialect, text) };
  return { file, result: checkFile(file, NO_FILES), cursor };
}
