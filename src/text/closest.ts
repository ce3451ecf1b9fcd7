/** Edit distance (Levenshtein), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `input`, or undefined when nothing is close enough to be a plausible typo.
 * A candidate that contains the input (or the reverse) counts as close: "buurt" suggests a buurtvervlechting.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const hay = candidate.toLowerCase();
    const distance = editDistance(needle, hay);
    const contained = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay));
    const score = contained ? Math.min(distance, 1.5) : distance;
    if (best === undefined || score < best.score) best = { candidate, score };
  }
  if (best === undefined) return undefined;
  const limit = Math.max(2, Math.floor(needle.length / 3));
  return best.score <= limit ? best.candidate : undefined;
}
