/**
 * Delivered and seen marks (F21), as plain values and functions without valibot, so the widget's
 * receipts chunk imports them alone. Marks are positions in a chat's `seq` sequence: `delivered`
 * is the highest seq a side's client has received, `seen` the highest seq of the other side's
 * messages it showed in a focused view (document visible, window focused, message scrolled into
 * view). Everything up to a mark counts as delivered or seen.
 */

/** How far one side of a chat got; 0 before anything. */
export interface Marks {
  delivered: number;
  seen: number;
}

/** Both sides' marks of one chat: the widget shows the operator's on the visitor's messages, the console the visitor's. */
export interface ChatReceipts {
  visitor: Marks;
  operator: Marks;
}

export type ReceiptSide = keyof ChatReceipts;

export const NO_RECEIPTS: ChatReceipts = { visitor: { delivered: 0, seen: 0 }, operator: { delivered: 0, seen: 0 } };

/**
 * A client sends its marks at most this often (the latest values win), and the room writes a
 * chat's marks to storage at most this often (the latest values are flushed at the end of the gap).
 */
export const RECEIPT_GAP_MS = 1000;

/**
 * The marks after a report: each only moves forward, and a seen message was delivered too.
 * Null when the report moves nothing (an older or repeated one, another tab behind this one).
 */
export function advanceMarks(stored: Marks, reported: Marks): Marks | null {
  const seen = Math.max(stored.seen, reported.seen);
  const delivered = Math.max(stored.delivered, reported.delivered, seen);
  return delivered === stored.delivered && seen === stored.seen ? null : { delivered, seen };
}

/** How one of a side's own messages stands with the other side: 'seen', 'delivered' or null (not yet). */
export function markOf(seq: number, other: Marks | undefined): 'seen' | 'delivered' | null {
  if (!other) return null;
  return seq <= other.seen ? 'seen' : seq <= other.delivered ? 'delivered' : null;
}
