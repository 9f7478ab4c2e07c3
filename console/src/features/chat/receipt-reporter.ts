import { advanceMarks, lastSeq, type Marks, RECEIPT_GAP_MS, type Receipt } from '../../../../common/protocol';
import type { ChatView } from './chat-state';

/**
 * The marks this page should report for a chat now (F21), or null: `delivered` the last seq it
 * holds, `seen` the last visitor message it showed in a focused view; only when they move past the
 * room's marks and past what was reported already. A chat that left the operator takes none.
 */
export function marksToReport(chat: Pick<ChatView, 'messages' | 'receipts' | 'ended'>, seen: number, reported: Marks | null): Marks | null {
  if (chat.ended?.kind === 'unassigned') return null;
  const next = advanceMarks(chat.receipts.operator, { delivered: lastSeq(chat.messages), seen });
  return next && (!reported || advanceMarks(reported, next)) ? next : null;
}

/**
 * Sends the page's marks per chat, at most once per RECEIPT_GAP_MS each (a later check within the
 * gap is sent at its end, with the marks of then). `reset` starts afresh on a new connection, whose
 * snapshot says what the room has.
 */
export function createReceiptReporter(
  lookup: (chatId: string) => { chat: ChatView; seen: number } | undefined,
  send: (frame: Receipt) => boolean,
) {
  const reported = new Map<string, { marks: Marks; at: number }>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  function check(chatId: string): void {
    const found = lookup(chatId);
    if (!found) return;
    const last = reported.get(chatId);
    const next = marksToReport(found.chat, found.seen, last?.marks ?? null);
    if (!next || timers.has(chatId)) return;
    const wait = (last?.at ?? Number.NEGATIVE_INFINITY) + RECEIPT_GAP_MS - Date.now();
    if (wait > 0) {
      timers.set(
        chatId,
        setTimeout(() => {
          timers.delete(chatId);
          check(chatId);
        }, wait),
      );
      return;
    }
    if (send({ type: 'receipt', chatId, ...next })) reported.set(chatId, { marks: next, at: Date.now() });
  }

  return {
    check,
    reset(): void {
      reported.clear();
    },
    dispose(): void {
      for (const t of timers.values()) clearTimeout(t);
    },
  };
}
