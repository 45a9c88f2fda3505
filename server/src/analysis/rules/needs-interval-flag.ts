/**
 * `needs-interval-flag`: a named set or map has range or prefix elements (`10.0.0.0/8`, `1000-2000`) but no
 * `flags interval`. nft refuses the elements ("You must add 'flags interval' to your set declaration if you want
 * to add prefix elements"); anonymous sets `{ … }` get the flag by themselves.
 */
import { nftRule, problem } from './nft-helpers';

export const needsIntervalFlag = nftRule('needs-interval-flag', (facts) => facts.intervalElements.map((e) => ({
  ...problem('needs-interval-flag', 'error', `The ${e.kind} '${e.set}' has range or prefix elements: it needs \`flags interval\`.`,
    e.location, { set: e.set, kind: e.kind }),
  related: [{ location: e.setLocation, message: `${e.kind} '${e.set}' is declared here` }],
})));
