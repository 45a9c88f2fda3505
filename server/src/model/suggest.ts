/** Did-you-mean for names of both dialects: a close spelling, or nothing. */

/** Edit distance counting an adjacent transposition as one edit (`ACCPET` is one edit from `ACCEPT`). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
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
    const d = editDistance(bare, other.toLowerCase());
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
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
