/**
 * Sliding-window rate limits. A hit is allowed while fewer than `limit` hits were allowed in the
 * `windowMs` before it, so no span of `windowMs` ever holds more than `limit` allowed hits — a
 * flood that crosses a window boundary included (fixed windows aligned to the clock let up to
 * twice the limit through there).
 */

/**
 * Decides one hit at `now` given the times of the hits allowed so far (oldest first): the times
 * still inside the window plus `now` when it is allowed, or null when it is refused. Refused hits
 * are not recorded, so a flood does not push the next allowed hit further away.
 */
export function admit(allowed: readonly number[], now: number, limit: number, windowMs: number): number[] | null {
  const recent = allowed.filter((at) => now - at < windowMs);
  return recent.length < limit ? [...recent, now] : null;
}

/** Keys kept before stale ones are dropped (a visitor's entry is stale once its window passed). */
const MAX_KEYS = 10_000;

/**
 * Sliding-window counters kept in memory, per key (per visitor). Losing them when the object
 * hibernates is harmless: hibernation only happens after a quiet spell.
 */
export class WindowCounter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one hit; false once the key already had `limit` allowed hits within the last window. */
  hit(key: string, now: number): boolean {
    const next = admit(this.hits.get(key) ?? [], now, this.limit, this.windowMs);
    if (!next) return false;
    this.hits.set(key, next);
    if (this.hits.size > MAX_KEYS) this.prune(now);
    return true;
  }

  private prune(now: number): void {
    for (const [key, times] of this.hits) if (now - times.at(-1)! >= this.windowMs) this.hits.delete(key);
  }
}
