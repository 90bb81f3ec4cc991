/**
 * The arithmetic behind the reports (docs/metrics.md defines each figure). No I/O.
 */

export interface Summary {
  count: number;
  /** Seconds; null when there is no sample. */
  mean: number | null;
  median: number | null;
  p90: number | null;
}

/**
 * Percentile by linear interpolation between closest ranks (the common definition: Excel
 * PERCENTILE.INC, numpy's default, R type 7). `sorted` must be ascending. The median is p = 0.5,
 * so an even count gives the mean of the two middle values.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (!n) return null;
  const rank = (n - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

/**
 * Moves the k-th smallest value of a[lo..hi] to a[k], smaller ones before it and larger ones after
 * (Hoare's selection): linear time, where sorting a million durations would take most of a second.
 */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
  while (hi > lo) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/** The interpolated percentile (as `percentile`) of unsorted values; reorders them. */
function selectPercentile(a: Float64Array, p: number, from: number): number {
  const n = a.length;
  const rank = (n - 1) * p;
  const lo = Math.floor(rank);
  select(a, lo, from, n - 1);
  if (rank === lo) return a[lo];
  // The next value up is the smallest of those after it.
  let next = Number.POSITIVE_INFINITY;
  for (let i = lo + 1; i < n; i++) if (a[i] < next) next = a[i];
  return a[lo] + (next - a[lo]) * (rank - lo);
}

/** Mean, median and p90 of a sample of durations (seconds). Reorders its argument. */
export function summarise(values: Float64Array | number[]): Summary {
  const a = values instanceof Float64Array ? values : Float64Array.from(values);
  const n = a.length;
  if (!n) return { count: 0, mean: null, median: null, p90: null };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += a[i];
  const median = selectPercentile(a, 0.5, 0);
  // Everything from the median's rank on is at least the median: p90 lies there.
  const p90 = selectPercentile(a, 0.9, Math.floor((n - 1) * 0.5));
  return { count: n, mean: sum / n, median, p90 };
}

/** A time on hold: from a `held` event to the event that took the incident off hold (or `end`). */
export interface Interval {
  start: number;
  end: number;
}

/**
 * Hold intervals from an incident's timeline, oldest first. A hold starts with a `held` event and
 * ends with the next event whose `from` is `on_hold` (resume, escalate, resolve, cancel).
 * Times are epoch milliseconds.
 */
export function holdIntervals(events: readonly { at: number; kind: string; from: string | null }[]): Interval[] {
  const out: Interval[] = [];
  let open: number | null = null;
  for (const e of events) {
    if (e.kind === 'held') {
      if (open === null) open = e.at;
    } else if (e.from === 'on_hold' && open !== null) {
      out.push({ start: open, end: e.at });
      open = null;
    }
  }
  if (open !== null) out.push({ start: open, end: Number.POSITIVE_INFINITY });
  return out;
}

/** Milliseconds of the intervals that fall between `from` and `to`. */
export function overlapMs(intervals: readonly Interval[], from: number, to: number): number {
  let total = 0;
  for (const iv of intervals) {
    const s = Math.max(iv.start, from);
    const e = Math.min(iv.end, to);
    if (e > s) total += e - s;
  }
  return total;
}

/** A share as a fraction 0…1, or null when nothing was counted. */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
