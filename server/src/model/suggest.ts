/** Did-you-mean for names of both dialects: a close spelling, or nothing. */

/**
 * Edit distance counting an adjacent transposition as one edit (`ACCPET` is one edit from `ACCEPT`). Past `limit`
 * the answer is only "more than limit" (limit + 1): only the cells within `limit` of the diagonal are computed, so a
 * name of a megabyte costs a few passes over it instead of a matrix of its length squared.
 */
export function editDistance(a: string, b: string, limit = Math.max(a.length, b.length)): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  // Three rows (i - 2, i - 1, i) of the matrix; cells outside the band stay at `over`.
  let before = new Array<number>(b.length + 1).fill(over);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => (j <= limit ? j : over));
  let row = new Array<number>(b.length + 1).fill(over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    row.fill(over);
    if (i <= limit) row[0] = i;
    let least = row[0];
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      row[j] = Math.min(d, over);
      if (row[j] < least) least = row[j];
    }
    if (least >= over) return over;
    [before, previous, row] = [previous, row, before];
  }
  return Math.min(previous[b.length], over);
}

/** How many edits a name of this length may be away from a suggestion: short names must match but for case. */
function allowance(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** The candidate closest to `name` (case-insensitive), when it is close enough to be a likely typo. */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  const bare = name.replace(/^-+/, '').toLowerCase();
  let best: string | undefined;
  let bestDistance = allowance(bare.length) + 1;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const other = candidate.replace(/^-+/, '');
    // The distance is at least the difference in length: far lengths need no table.
    if (Math.abs(other.length - bare.length) >= bestDistance) continue;
    const d = editDistance(bare, other.toLowerCase(), bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** The candidate closest to `name` (case-insensitive) within two edits, for did-you-mean on user-chosen names. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  const lower = name.toLowerCase();
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - lower.length) >= bestDistance) continue;
    const d = editDistance(lower, candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
