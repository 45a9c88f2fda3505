/**
 * The in-process path of the fuzzer: parse, check (every analysis), then every editor feature as the pure function
 * the server calls, at a few positions, each result held to the invariants of fuzz-invariants.ts. An exception
 * anywhere is a failure.
 */
import { checkFile, type CheckResult } from '../../server/src/engine/check';
import type { FileHost } from '../../server/src/engine/file-host';
import type { ParsedFile } from '../../server/src/engine/source';
import { codeFixes } from '../../server/src/features/code-actions';
import { codeLenses } from '../../server/src/features/code-lens';
import { completionAt } from '../../server/src/features/completion';
import { interfacesIn } from '../../server/src/features/completion-names';
import { documentLinks } from '../../server/src/features/document-links';
import { foldingRanges } from '../../server/src/features/folding';
import { formatEdits, layout } from '../../server/src/features/format';
import { hoverAt } from '../../server/src/features/hover';
import { inlayHints } from '../../server/src/features/inlay-hints';
import { includedFiles } from '../../server/src/features/includes';
import { NameIndex } from '../../server/src/features/name-sites';
import { definitionAt, highlightsAt, referencesAt } from '../../server/src/features/navigation';
import { prepareRename, renameAt } from '../../server/src/features/rename';
import { checkRename } from '../../server/src/features/rename-check';
import { selectionRanges } from '../../server/src/features/selection-ranges';
import { semanticTokens } from '../../server/src/features/semantic-tokens';
import { documentSymbols } from '../../server/src/features/symbols';
import { declarations } from '../../server/src/features/workspace-symbols';
import type { Position } from '../../server/src/model/types';
import { parse } from '../../server/src/syntax/parser';
import { baseChains, parsePacketSpec, toReply, tracePacket } from '../../server/src/trace/index';
import type { FuzzInput } from './fuzz-inputs';
import { badRenameEdit, checkEdits, comments, lostToken, parsesClean, tokens } from './fuzz-invariants';
import type { Failure, Tally } from './fuzz-report';

/** The packets every input is traced with. */
export const PACKETS = ['tcp 198.51.100.7:40000 > 192.0.2.1:22 iif eth0 flags S new', 'udp [2001:db8::7]:5353 > [2001:db8::1]:53 forward oif eth1 mark 0x10'];

/** At most this many quick fixes per input are applied and checked (a damaged corpus file can have thousands). */
const MAX_FIXES = 40;

/** The name a rename tries (valid in both dialects, taken nowhere). */
export const NEW_NAME = 'fz_renamed';

/** Runs the engine path on one input; returns its failures (an empty list when everything held). */
export function runEngine(input: FuzzInput, uri: string, positions: readonly Position[], host: FileHost, tally: Tally): Failure[] {
  const failures: Failure[] = [];
  const timed = <T>(call: string, body: () => T): T | undefined => {
    const start = performance.now();
    try {
      return body();
    } catch (error) {
      failures.push({ path: 'engine', what: 'exception', detail: `${call}: ${(error as Error).stack ?? String(error)}` });
      return undefined;
    } finally {
      tally.time('engine', call, performance.now() - start, input);
    }
  };
  const tree = timed('parse', () => parse(input.dialect, input.text));
  if (!tree) return failures;
  const file: ParsedFile = { uri, text: input.text, dialect: input.dialect, tree };
  try {
    const result = timed('check', () => checkFile(file, host));
    if (result) features(file, result, positions, host, tally, timed, failures);
  } finally {
    tree.delete();
  }
  return failures;
}

type Timed = <T>(call: string, body: () => T) => T | undefined;

function features(file: ParsedFile, result: CheckResult, positions: readonly Position[], host: FileHost, tally: Tally, timed: Timed, failures: Failure[]): void {
  const files = timed('includes', () => [file, ...includedFiles(file, host)]) ?? [file];
  const index = timed('name index', () => new NameIndex([{ ruleset: result.ruleset, files }]));
  if (!index) return;
  const everywhere = { start: { line: 0, character: 0 }, end: { line: file.text.length, character: 0 } };
  timed('document symbols', () => documentSymbols(result, file));
  timed('workspace symbols', () => declarations({ ruleset: result.ruleset, files }));
  timed('folding', () => foldingRanges(file));
  timed('selection ranges', () => selectionRanges(file, positions));
  timed('semantic tokens', () => semanticTokens(file, index.all()));
  timed('code lens', () => codeLenses(index, file, files));
  timed('inlay hints', () => inlayHints(result, file, everywhere));
  timed('document links', () => documentLinks(file, result.ruleset, host));
  const interfaces = interfacesIn(file);
  for (const position of positions) {
    timed('hover', () => hoverAt(result, file, position));
    timed('completion', () => completionAt(file, position, { result, interfaces }));
    timed('definition', () => definitionAt(index, file.uri, position));
    timed('highlights', () => highlightsAt(index, file.uri, position));
    timed('rename', () => rename(file, result, index, files, position, host, tally, failures));
    timed('code actions', () => codeFixes(result, file, { start: position, end: position }));
  }
  timed('format', () => format(file, positions, tally, failures));
  timed('quick fixes', () => fixes(file, result, tally, failures));
  timed('trace', () => {
    for (const packet of PACKETS) toReply(tracePacket([result.ruleset], parsePacketSpec(packet), { assume: 'match', localAddresses: ['192.0.2.1'] }), [result.ruleset]);
    baseChains(result.ruleset, file.uri);
  });
}

/** Formatting keeps every token in order, refuses only with a reason, and its edits give its text. */
function format(file: ParsedFile, positions: readonly Position[], tally: Tally, failures: Failure[]): void {
  const fail = (detail: string): void => void failures.push({ path: 'engine', what: 'format', detail });
  const laid = layout(file);
  const whole = formatEdits(file);
  if (!laid.ok) {
    tally.checked.kept++;
    if (!file.tree.rootNode.hasError) tally.checked.keptClean++;
    if (whole.edits.length > 0) fail(`kept as written (${laid.reason}) but edits were offered`);
    return;
  }
  tally.checked.formatted++;
  const original = tokens(file.text, file.tree);
  const lost = lostToken(original, laid.text, file.dialect);
  if (lost) return fail(`document formatting: ${lost}`);
  const applied = checkEdits(file.text, whole.edits);
  if (applied.problem) return fail(`document formatting edits: ${applied.problem}`);
  if (applied.result !== laid.text) return fail('the formatting edits do not give the formatted text');
  if (!file.tree.rootNode.hasError && laid.text !== file.text && !parsesClean(file.dialect, laid.text)) return fail('a clean file formats to text with a syntax error');
  if (positions.length >= 1) {
    const [a, b] = [positions[0], positions[positions.length - 1]].sort((x, y) => x.line - y.line || x.character - y.character);
    const ranged = checkEdits(file.text, formatEdits(file, { start: { line: a.line, character: 0 }, end: b }).edits);
    if (ranged.problem) return fail(`range formatting edits: ${ranged.problem}`);
    const lostInRange = lostToken(original, ranged.result, file.dialect);
    if (lostInRange) return fail(`range formatting: ${lostInRange}`);
  }
}

/** Every quick fix edits valid, disjoint ranges of its file, and a clean file stays clean. */
function fixes(file: ParsedFile, result: CheckResult, tally: Tally, failures: Failure[]): void {
  const everywhere = { start: { line: 0, character: 0 }, end: { line: file.text.length, character: 0 } };
  const clean = !file.tree.rootNode.hasError;
  for (const fix of codeFixes(result, file, everywhere).slice(0, MAX_FIXES)) {
    tally.checked.fixes++;
    const own = fix.edits.filter((e) => e.uri === file.uri);
    const applied = checkEdits(file.text, own);
    const label = `fix "${fix.title}" (${fix.problem.code})`;
    if (own.length !== fix.edits.length) failures.push({ path: 'engine', what: 'fix', detail: `${label} edits another file` });
    else if (applied.problem) failures.push({ path: 'engine', what: 'fix', detail: `${label}: ${applied.problem}` });
    else if (clean && !parsesClean(file.dialect, applied.result)) failures.push({ path: 'engine', what: 'fix', detail: `${label} turns a clean file into one with a syntax error` });
  }
}

/** A rename edits exactly the name at reference sites, keeps every comment, and passes (or is refused by) its check. */
function rename(file: ParsedFile, result: CheckResult, index: NameIndex, files: ParsedFile[], position: Position, host: FileHost,
  tally: Tally, failures: Failure[]): void {
  const prepared = prepareRename(index, file.uri, position, file.dialect);
  if (!prepared.ok) return;
  const renamed = renameAt(index, file.uri, position, NEW_NAME, file.dialect, files);
  tally.checked.renames++;
  if (!renamed.ok) {
    tally.checked.renameRefusals++;
    return;
  }
  const references = referencesAt(index, file.uri, position, true);
  const own = renamed.edits.filter((e) => e.uri === file.uri);
  for (const edit of own) {
    const bad = badRenameEdit(file, edit, prepared.placeholder, references);
    if (bad) return void failures.push({ path: 'engine', what: 'rename', detail: bad });
  }
  const applied = checkEdits(file.text, own);
  if (applied.problem) return void failures.push({ path: 'engine', what: 'rename', detail: applied.problem });
  const after = parse(file.dialect, applied.result);
  try {
    if (comments(applied.result, after).join('\n') !== comments(file.text, file.tree).join('\n')) {
      failures.push({ path: 'engine', what: 'rename', detail: `renaming ${JSON.stringify(prepared.placeholder)} changed a comment` });
    }
  } finally {
    after.delete();
  }
  if (checkRename([{ file, result }], files, renamed.edits, host)) tally.checked.renameRefusals++;
}
