import { windowStart } from '../../common/rate-window';

/**
 * Fixed-window counters kept in memory (per visitor). Losing them when the object
 * hibernates is harmless: hibernation only happens after a quiet spell.
 */
export class WindowCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one hit; false once the key is over its limit in the current window. */
  hit(key: string, now: number): boolean {
    const start = windowStart(now, this.windowMs);
    const current = this.windows.get(key);
    const count = current && current.start === start ? current.count + 1 : 1;
    this.windows.set(key, { start, count });
    if (this.windows.size > 10_000) this.prune(start);
    return count <= this.limit;
  }

  private prune(start: number): void {
    for (const [key, w] of this.windows) if (w.start !== start) this.windows.delete(key);
  }
}
