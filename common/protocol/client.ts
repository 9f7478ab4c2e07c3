/**
 * How a client (the widget, the console's chat page) drives its socket: keep-alive, reconnect
 * backoff, merging stored messages by `seq`, and the typing indicator's timings. Plain values
 * and functions without valibot, so the widget's bundle can import them alone.
 */

/** The keep-alive frame and its answer; the room answers without waking (`setWebSocketAutoResponse`). */
export const PING_FRAME = '{"type":"ping"}';
export const PONG_FRAME = '{"type":"pong"}';
/** How often an open socket sends PING_FRAME. */
export const PING_INTERVAL_MS = 20_000;
/** A socket that heard nothing for this long is treated as dead (a half-open TCP link, a laptop that slept). */
export const SILENT_LIMIT_MS = 45_000;

/** First reconnect delay and the ceiling. */
export const RECONNECT_BASE_MS = 500;
export const RECONNECT_MAX_MS = 15_000;

/**
 * Delay before reconnect attempt `attempt` (0-based): doubling from RECONNECT_BASE_MS up to
 * RECONNECT_MAX_MS, with jitter over the upper half so the many clients one server restart drops
 * don't all come back in the same instant.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(RECONNECT_MAX_MS, RECONNECT_BASE_MS * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Stored messages merged by `seq`, ascending, each seq once: a replay after a reconnect never
 * duplicates or loses one. Returns `current` itself when nothing is added.
 */
export function mergeBySeq<T extends { seq: number }>(current: readonly T[], incoming: readonly T[]): T[] {
  const known = new Set(current.map((m) => m.seq));
  const fresh: T[] = [];
  for (const m of incoming) {
    if (known.has(m.seq)) continue;
    known.add(m.seq);
    fresh.push(m);
  }
  if (fresh.length === 0) return current as T[];
  return [...current, ...fresh].sort((a, b) => a.seq - b.seq);
}

/** The highest stored seq of a chat's messages (ascending), for `hello.resume`; 0 before the first. */
export function lastSeq(messages: readonly { seq: number }[]): number {
  return messages.at(-1)?.seq ?? 0;
}

/** A client stops saying `typing: true` this long after the last keystroke. */
export const TYPING_IDLE_MS = 3000;
/** While typing goes on, `typing: true` is repeated this often, so the other side's indicator never runs out. */
export const TYPING_REPEAT_MS = 2500;
/** A shown typing indicator goes away this long after the last `typing: true`, should `typing: false` never come. */
export const TYPING_SHOWN_MS = 6000;
/**
 * With the typing preview on (F21) the widget sends the visitor's draft at most this often while
 * they type (the latest text last), so the typing budget (VISITOR_FRAME_BUDGETS.typing) holds it.
 */
export const DRAFT_THROTTLE_MS = 500;
