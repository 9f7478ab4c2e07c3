/** What the flood's hostile client sent and how the room answered it. Pure; no I/O. */

export type Counts = Record<string, number>;

export interface HostileTally {
  /** Time spent flooding. */
  seconds: number;
  /** Frames sent, by kind (lib/hostile-frames.ts). */
  sent: Counts;
  /** `error` frames received, by code. */
  errors: Counts;
  /** Other frames received, by type. */
  frames: Counts;
  /** Sockets the server closed, by close code (the client's own closes at the end are not counted). */
  closes: Counts;
  /** Upgrade attempts: accepted, refused by HTTP status, failed without a response. */
  upgrades: { opened: number; refused: Counts; failed: number };
}

export function emptyTally(): HostileTally {
  return { seconds: 0, sent: {}, errors: {}, frames: {}, closes: {}, upgrades: { opened: 0, refused: {}, failed: 0 } };
}

export function count(counts: Counts, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

export function total(counts: Counts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function mergeCounts(a: Counts, b: Counts): Counts {
  const out = { ...a };
  for (const [key, n] of Object.entries(b)) count(out, key, n);
  return out;
}

/** Two blocks' tallies as one. */
export function mergeTallies(a: HostileTally, b: HostileTally): HostileTally {
  return {
    seconds: Math.round((a.seconds + b.seconds) * 10) / 10,
    sent: mergeCounts(a.sent, b.sent),
    errors: mergeCounts(a.errors, b.errors),
    frames: mergeCounts(a.frames, b.frames),
    closes: mergeCounts(a.closes, b.closes),
    upgrades: {
      opened: a.upgrades.opened + b.upgrades.opened,
      refused: mergeCounts(a.upgrades.refused, b.upgrades.refused),
      failed: a.upgrades.failed + b.upgrades.failed,
    },
  };
}

/** `a 3, b 1`, largest first. */
export function formatCounts(counts: Counts): string {
  const entries = Object.entries(counts).sort((x, y) => y[1] - x[1]);
  return entries.length ? entries.map(([key, n]) => `${key} ${n}`).join(', ') : 'none';
}
