/**
 * `include-not-found`: an `include` names a file (not a glob) that is neither beside the including file nor in the
 * configured include paths. nft refuses the whole file when it loads it on a machine without that file; the
 * editor only warns, since the file may exist where the rules are loaded. A glob that matches nothing is fine.
 */
import { nftRule, problem } from './nft-helpers';

export const includeNotFound = nftRule('include-not-found', (facts) => facts.includeIssues.filter((i) => i.kind === 'not-found')
  .map((i) => problem('include-not-found', 'warning', `No file '${i.pattern}' beside this file or in the include paths.`, i.location, { pattern: i.pattern })));
