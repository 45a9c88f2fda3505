/** Hover: what the thing under the cursor means. Returns our own result type; lsp/ turns it into an LSP Hover. */
import type { CheckResult } from '../engine/check';
import type { ParsedFile } from '../engine/source';
import type { Position, Range } from '../model/types';
import { catalogHover } from './keyword-hover';
import { containsPosition } from './ranges';
import { semanticHover } from './semantic-hover';

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range?: Range;
}

/**
 * Documentation for the position: diagnostics at the cursor first (their explanation), then what the model knows
 * about the name or value there (semantic-hover.ts), then the catalog entry of the keyword, option or module.
 */
export function hoverAt(result: CheckResult, file: ParsedFile, position: Position): HoverResult | undefined {
  const uri = file.uri;
  const sections: string[] = [];
  let range: Range | undefined;
  for (const problem of result.problems) {
    if (problem.location.uri !== uri || !containsPosition(problem.location.range, position)) continue;
    sections.push(`**${problem.severity}** \`${problem.code}\`: ${problem.message}`);
    range ??= problem.location.range;
  }
  const semantic = semanticHover(result, file, position);
  if (semantic) {
    sections.push(semantic.contents);
    range = semantic.range;
  }
  const entry = catalogHover(file.tree, file.dialect, position);
  if (entry) {
    sections.push(entry.contents);
    range = semantic?.range ?? entry.range;
  }
  if (sections.length === 0) return undefined;
  return { contents: sections.join('\n\n---\n\n'), range };
}
