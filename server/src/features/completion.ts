/**
 * Completion: what may be typed at the cursor, with the documentation of each item. Works from the text before the
 * cursor (the line being typed is usually incomplete, so the tree there is an ERROR) and from the model and tree of
 * the rest of the file for names. Returns our own result type; lsp/handlers/completion.ts converts it.
 */
import type { CheckResult } from '../engine/check';
import type { ParsedFile } from '../engine/source';
import type { Position, Range } from '../model/types';
import { iptablesCompletion } from './completion-iptables';
import { nftablesCompletion } from './completion-nftables';

/** What an item is, for the editor's icon; lsp/ maps it to the protocol's kinds. */
export type CompletionKind =
  | 'keyword' | 'module' | 'target' | 'option' | 'field' | 'value' | 'chain' | 'set' | 'map' | 'variable'
  | 'table' | 'type' | 'operator' | 'interface' | 'snippet' | 'statement' | 'unit';

/** One completion item. */
export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  /** Short text shown beside the label (value type, module, kernel number …). */
  detail?: string;
  /** Markdown: our explanation and an example. */
  documentation?: string;
  /** Items sort by this text, then by label. */
  sortText?: string;
  /** Text inserted instead of the label; a snippet (`${1:x}` placeholders) when `snippet` is set. */
  insertText?: string;
  snippet?: boolean;
  /** The item still works but should no longer be used. */
  deprecated?: boolean;
}

/** The items for a position and the range of the partly typed word they replace. */
export interface CompletionResult {
  items: CompletionItem[];
  range: Range;
}

/** What the rest of the workspace offers: the latest check and names seen in other open documents. */
export interface CompletionEnv {
  /** The latest check of this document; it may be of an earlier version while the user is typing. */
  result?: CheckResult;
  /** Interface names used in the open documents (iptables `-i`/`-o`, nft `iifname`, `device` …). */
  interfaces?: readonly string[];
}

/** The completion items at a position of a parsed file. */
export function completionAt(file: ParsedFile, position: Position, env: CompletionEnv = {}): CompletionResult {
  return file.dialect === 'iptables' ? iptablesCompletion(file, position, env) : nftablesCompletion(file, position, env);
}
