/**
 * A description of a ruleset model without locations or layout, so the model of a text and the model of its
 * formatted form can be compared: every property except source positions and back-links, with blanks removed from
 * text (`{22,80}` and `{ 22, 80 }` describe the same match), problems by code.
 */
import type { Ruleset } from '../../server/src/model/types';

/**
 * Keys that hold positions or point back up the model (table ↔ chain ↔ rule), and the one layout fact: an item
 * written right before `}` without a line end (nft refuses it; formatting puts the line end there).
 */
const SKIPPED = new Set(['location', 'nameLocation', 'policyLocation', 'targetLocation', 'valueLocation', 'range', 'table', 'chain', 'uri',
  'problems', 'missingSeparators']);

/**
 * Problems about the layout of lines that iptables-restore refuses and formatting repairs (CRLF line ends, a line of
 * blanks, COMMIT with blanks around it): the formatted text rightly no longer has them.
 */
const LAYOUT_PROBLEMS = new Set(['crlf-line-ending', 'whitespace-line', 'commit-not-alone']);

/** The fingerprint of a model, as JSON text. */
export function modelFingerprint(ruleset: Ruleset): string {
  const problems = ruleset.problems.map((p) => p.code).filter((code) => !LAYOUT_PROBLEMS.has(code)).sort();
  return JSON.stringify({ model: describe(ruleset), problems });
}

function describe(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\s+/g, '');
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return value.map(describe);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (!SKIPPED.has(key)) out[key] = describe(inner);
    return out;
  }
  return value;
}
