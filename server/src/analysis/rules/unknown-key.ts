/** `unknown-key`: a meta key nft 1.0.6 does not know (`meta ibrhwaddr`, `meta seccark`): a syntax error for nft. */
import { SELECTORS } from '../../catalog/nftables/index';
import { nftRule, problem } from './nft-helpers';
import { closestName } from '../../model/suggest';

const META_KEYS = SELECTORS.filter((s) => s.kind === 'meta').map((s) => s.words[1]);

export const unknownKey = nftRule('unknown-key', (facts) => facts.unknownKeys.map((k) => {
  if (k.head !== 'meta') {
    return problem('unknown-key', 'error', `nft 1.0.6 and 1.1 know the fib results type, oif and oifname; '${k.text}' needs a newer nft.`, k.location, { name: k.text });
  }
  const suggestion = closestName(k.text, META_KEYS);
  return problem('unknown-key', 'error', `nft knows no ${k.head} key '${k.text}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
    k.location, { name: k.text, suggestion });
}));
