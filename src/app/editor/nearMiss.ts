/**
 * Near-miss field names: what the learner probably meant when the API server says
 * `unknown field "spec.containers[0].readinessprobe"`. Pure, so it is unit-tested without Monaco.
 */

/** Most suggestions offered for one unknown field. */
export const MAX_SUGGESTIONS = 3;

/**
 * The valid names closest to `typed`, best first, or [] when none is close enough.
 *
 * - A case-insensitive match wins alone (`readinessprobe` → `readinessProbe`): the API server's
 *   decoder is case-sensitive, so this is the commonest slip.
 * - Otherwise the names at the smallest edit distance (insertions, deletions, substitutions and
 *   swaps of neighbours, compared case-insensitively), if it is small for the word's length:
 *   at most 1 for 3–4 letters, 2 from 5 letters (`tcpSocker` → `tcpSocket`, `memoty` → `memory`).
 *   Words of 1–2 letters only get case fixes: almost anything is 1 edit away from them.
 * - Ties keep the order of `valid`; at most MAX_SUGGESTIONS are returned.
 */
export function nearMiss(typed: string, valid: readonly string[]): string[] {
  if (!typed || valid.includes(typed)) return [];
  const lower = typed.toLowerCase();
  const sameLetters = valid.filter((v) => v.toLowerCase() === lower);
  if (sameLetters.length) return sameLetters.slice(0, MAX_SUGGESTIONS);

  const limit = maxDistance(typed.length);
  if (limit === 0) return [];
  let best = limit + 1;
  let found: string[] = [];
  for (const v of valid) {
    // The length difference alone is a lower bound on the distance.
    if (Math.abs(v.length - typed.length) > limit) continue;
    const dist = editDistance(lower, v.toLowerCase(), limit);
    if (dist > limit) continue;
    if (dist < best) {
      best = dist;
      found = [v];
    } else if (dist === best) found.push(v);
  }
  return found.slice(0, MAX_SUGGESTIONS);
}

/** How many edits a typo of this length may have and still count as a near miss. */
export function maxDistance(length: number): number {
  if (length <= 2) return 0;
  if (length <= 4) return 1;
  return 2;
}

/**
 * Optimal string alignment distance: Levenshtein plus swaps of two neighbours (`imgae` → `image`
 * is 1). Returns `limit + 1` as soon as the distance is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  // Three rows: two back (for swaps), one back, current.
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[m], limit + 1);
}

/** The field the decoder rejected, from `... unknown field "spec.containers[0].readinessprobe"`. */
export function unknownFieldPath(message: string): string | undefined {
  return /unknown field "((?:[^"\\]|\\.)*)"/.exec(message)?.[1];
}

/**
 * The kind whose decoder wrote the message (`Pod in version "v1" cannot be handled as a Pod: …`).
 * Objects applied by a Scenario action report their own kind, with a path relative to themselves.
 */
export function kindOfMessage(message: string): string | undefined {
  return /cannot be handled as an? ([A-Za-z][\w]*)/.exec(message)?.[1];
}
