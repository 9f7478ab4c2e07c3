/** Median and 90th percentile of durations (ms), or nulls when there are none. */
export interface Spread {
  count: number;
  median: number | null;
  p90: number | null;
}

/**
 * Nearest-rank percentiles: each figure is one of the observed values (the smallest with at
 * least that share of values at or below it), so the numbers match the events exactly.
 */
export function spread(values: readonly number[]): Spread {
  return spreadOfSorted([...values].sort((a, b) => a - b));
}

/** `spread` of values already sorted ascending (a typed array's own sort, for big reports). */
export function spreadOfSorted(sorted: ArrayLike<number>): Spread {
  if (sorted.length === 0) return { count: 0, median: null, p90: null };
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  return { count: sorted.length, median: rank(0.5), p90: rank(0.9) };
}
