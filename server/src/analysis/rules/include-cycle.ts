/**
 * `include-cycle`: an include that leads back to a file being included, or nesting deeper than nft's limit of 16.
 * nft refuses it ("Include nested too deeply"); the editor stops following it.
 */
import { nftRule, problem } from './nft-helpers';

export const includeCycle = nftRule('include-cycle', (facts) => facts.includeIssues.filter((i) => i.kind === 'cycle' || i.kind === 'too-deep').map((i) => problem(
  'include-cycle', 'error',
  i.kind === 'cycle' ? `'${i.pattern}' includes a file that is already being included (a cycle).` : `'${i.pattern}' nests includes deeper than nft allows (16).`,
  i.location, { pattern: i.pattern },
)));
