/** A refusal to answer again, as the authority first gave it, until `until` (ms since the epoch). */
export interface CachedRefusal {
  until: number;
  status: number;
  /** The body as the authority sent it (JSON). */
  body: string;
}

/**
 * Refusals remembered until their end, per key, in a map of at most `maxEntries`: when full, the
 * oldest entries go first (all refusals last about as long, so they are also the first to end).
 * Losing an entry only means asking the authority again.
 */
export class RefusalCache {
  private readonly entries = new Map<string, CachedRefusal>();

  constructor(private readonly maxEntries: number) {}

  /** The refusal still in force for `key` at `now`, or null. */
  get(key: string, now: number): CachedRefusal | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.until > now) return entry;
    this.entries.delete(key);
    return null;
  }

  set(key: string, refusal: CachedRefusal, now: number): void {
    this.entries.delete(key);
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size < this.maxEntries && entry.until > now) break;
      this.entries.delete(oldest);
    }
    this.entries.set(key, refusal);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** `Retry-After` in delta-seconds as milliseconds, or null when absent or not a positive whole number. */
export function retryAfterMs(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  const seconds = Number(header.trim());
  return seconds > 0 ? seconds * 1000 : null;
}
