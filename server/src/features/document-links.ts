/** Document links on nft `include` paths: the path opens the file it resolves to (globs: the first match). */
import type { EngineHost, ParsedFile } from '../engine/source';
import type { Range, Ruleset } from '../model/types';
import { includeStatements, includeTargets } from './includes';
import { toPath } from '../engine/file-host';

export interface DocumentLinkItem {
  range: Range;
  target: string;
  tooltip: string;
}

/** Links for the include statements that resolve to at least one file. */
export function documentLinks(file: ParsedFile, ruleset: Ruleset | undefined, host: EngineHost): DocumentLinkItem[] {
  const links: DocumentLinkItem[] = [];
  for (const statement of includeStatements(file)) {
    const targets = includeTargets(file, statement, ruleset, host);
    if (targets.length === 0) continue;
    const shown = targets.slice(0, 5).map(toPath).join(', ');
    const tooltip = targets.length === 1 ? toPath(targets[0])
      : `${targets.length} files: ${shown}${targets.length > 5 ? ', …' : ''} (opens the first)`;
    links.push({ range: statement.range, target: targets[0], tooltip });
  }
  return links;
}
