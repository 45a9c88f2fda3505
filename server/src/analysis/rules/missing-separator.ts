/**
 * `missing-separator`: the last item of a block is followed directly by its `}` (`chain c { accept }`). nft 1.0.6 and
 * 1.1.1 both refuse it ("syntax error, unexpected '}', expecting newline or semicolon"): every rule and declaration
 * in a block ends with a newline or `;`. Only `elements = { … }` may close a set block directly.
 */
import { nftRule, problem } from './nft-helpers';

export const missingSeparator = nftRule('missing-separator', (facts) => facts.missingSeparators.map((m) => problem(
  'missing-separator', 'error', "nft needs a newline or ';' before this '}'.", m.location, { insertAt: m.after.range.start },
)));
