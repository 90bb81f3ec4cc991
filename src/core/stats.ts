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

/** Mean, median and p90 of a sample of durations (seconds). Sorts its argument in place. */
export function summarise(values: Float64Array | number[]): Summary {
  const sorted = values instanceof Float64Array ? values.sort() : Float64Array.from(values).sort();
  const n = sorted.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  return { count: n, mean: n ? sum / n : null, median: percentile(sorted, 0.5), p90: percentile(sorted, 0.9) };
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
