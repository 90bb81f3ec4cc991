/** Edit distance (insertions, deletions, substitutions) between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().trim();

/**
 * The candidate a person most likely meant: an exact match ignoring case and width first, then one
 * that starts with or contains what was typed, then the smallest edit distance. Undefined when
 * nothing is close enough to be a useful suggestion.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const v = fold(input);
  if (!v || !candidates.length) return undefined;
  const folded = candidates.map(fold);
  const exact = folded.indexOf(v);
  if (exact >= 0) return candidates[exact];
  const prefix = folded.findIndex((c) => c.startsWith(v) || v.startsWith(c));
  if (prefix >= 0) return candidates[prefix];
  let best: string | undefined;
  let bestDistance = Infinity;
  folded.forEach((c, i) => {
    const d = editDistance(v, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidates[i];
    }
  });
  const limit = Math.max(2, Math.ceil([...v].length / 2));
  if (bestDistance <= limit) return best;
  const contains = folded.findIndex((c) => c.includes(v) || v.includes(c));
  return contains >= 0 ? candidates[contains] : undefined;
}

/** The exact candidate, ignoring case and full-width forms (`vpn` → `VPN`). */
export function sameIgnoringCase(input: string, candidates: readonly string[]): string | undefined {
  const v = fold(input);
  return candidates.find((c) => fold(c) === v);
}
