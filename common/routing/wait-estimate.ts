/**
 * The wait estimate a busy widget shows (F10), as one simple model: operators serving the visitor
 * have `servingSlots` chats going at once (online operators × the company's maximum chats each),
 * and a chat lasts the company's recent average. A slot then frees about every
 * `average / servingSlots`, so the chat at `position` waits about `position × average / servingSlots`.
 */

/** The chat length assumed before the company has finished any chat. */
export const DEFAULT_CHAT_DURATION_MS = 5 * 60_000;
/** How many of the company's latest finished chats the average covers. */
export const RECENT_CHATS = 20;

/** The mean of recent chat durations (ms), or DEFAULT_CHAT_DURATION_MS when there are none. */
export function averageChatDuration(durationsMs: readonly number[]): number {
  const valid = durationsMs.filter((d) => Number.isFinite(d) && d >= 0);
  if (valid.length === 0) return DEFAULT_CHAT_DURATION_MS;
  return valid.reduce((sum, d) => sum + d, 0) / valid.length;
}

/**
 * About how long (whole seconds, at least 1) the chat at `position` (1-based) waits; null when
 * nobody serving it is online, so no wait can be promised.
 */
export function estimateWaitSeconds(position: number, averageChatMs: number, servingSlots: number): number | null {
  if (servingSlots <= 0) return null;
  return Math.max(1, Math.ceil((Math.max(1, position) * averageChatMs) / servingSlots / 1000));
}
