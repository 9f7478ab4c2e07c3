/** Order statistics for latency samples (milliseconds). Pure; no I/O. */

/** A latency distribution summarised the way the bench reports it. */
export interface Summary {
  count: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * The q-th percentile (0 ≤ q ≤ 100) by the nearest-rank method: the smallest sample with at
 * least q % of the samples at or below it. Nearest-rank never invents a value between samples,
 * so a p99 is always a latency that was actually observed.
 */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  if (!(q >= 0 && q <= 100)) throw new RangeError(`percentile ${q} is outside 0..100`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((q / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Count, p50, p99, max and mean of the samples, each rounded to 0.01 ms. */
export function summarize(samples: readonly number[]): Summary {
  const round = (x: number) => Math.round(x * 100) / 100;
  const mean = samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : Number.NaN;
  return {
    count: samples.length,
    p50: round(percentile(samples, 50)),
    p99: round(percentile(samples, 99)),
    max: round(samples.length ? Math.max(...samples) : Number.NaN),
    mean: round(mean),
  };
}

/** ours / floor rounded to 0.01, or null when the floor figure is missing or zero. */
export function ratio(ours: number | undefined, floor: number | undefined): number | null {
  if (ours === undefined || floor === undefined || !Number.isFinite(ours) || !Number.isFinite(floor) || floor === 0) return null;
  return Math.round((ours / floor) * 100) / 100;
}
