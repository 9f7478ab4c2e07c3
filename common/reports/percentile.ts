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
  if (values.length === 0) return { count: 0, median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  return { count: sorted.length, median: rank(0.5), p90: rank(0.9) };
}
