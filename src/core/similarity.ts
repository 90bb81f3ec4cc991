/**
 * Title similarity for `report recurring`: normalised text cut into character n-grams, so it works
 * for Japanese (no spaces between words) as well as English. No I/O.
 */

/** NFKC, lower case, numbers folded to `#` (mail01 and mail02 are the same trouble), punctuation gone. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\d+/g, '#')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/**
 * The n-grams of a normalised title: character bigrams inside each word (a run of letters), the
 * word itself when it is one character long. Japanese runs are words too, so 接続できない yields
 * 接続, 続で, でき, きな, ない.
 */
export function titleGrams(normalised: string): Set<string> {
  const grams = new Set<string>();
  for (const word of normalised.split(' ')) {
    const chars = [...word];
    if (!chars.length) continue;
    if (chars.length === 1) grams.add(chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  }
  return grams;
}

/** Dice coefficient of two gram sets: 2·|A∩B| / (|A|+|B|), 0…1. */
export function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let shared = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const g of small) if (big.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Titles at least this similar are the same trouble. */
export const SIMILARITY_THRESHOLD = 0.5;

/**
 * Clusters titles: two titles belong together when their Dice similarity reaches the threshold,
 * and clusters are the connected groups (single linkage). Identical normalised titles are merged
 * first, and candidate pairs come from an index of shared grams, so big groups stay cheap.
 * Returns clusters as lists of input indices, each in input order.
 */
export function clusterTitles(titles: readonly string[], threshold = SIMILARITY_THRESHOLD): number[][] {
  const byText = new Map<string, number[]>();
  titles.forEach((t, i) => {
    const key = normaliseTitle(t);
    const list = byText.get(key);
    if (list) list.push(i);
    else byText.set(key, [i]);
  });
  const texts = [...byText.keys()];
  const grams = texts.map(titleGrams);
  const parent = texts.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  const index = new Map<string, number[]>();
  grams.forEach((gs, i) => {
    const shared = new Map<number, number>();
    for (const g of gs) {
      for (const j of index.get(g) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      if ((2 * n) / (gs.size + grams[j].size) >= threshold) parent[find(i)] = find(j);
    }
    for (const g of gs) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  });
  const clusters = new Map<number, number[]>();
  texts.forEach((text, i) => {
    const root = find(i);
    const list = clusters.get(root) ?? [];
    list.push(...byText.get(text)!);
    clusters.set(root, list);
  });
  return [...clusters.values()].map((c) => c.sort((a, b) => a - b));
}
