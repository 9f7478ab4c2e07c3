import type { Db } from '../../db/client';
import { chatEvents } from '../../db/schema';
import type { ChatEventLog } from './chat-events';
import { refreshChatFacts } from './facts-refresh';

/** Events per D1 statement (D1 caps bound parameters per query at 100; each row binds 6). */
const ROWS_PER_INSERT = 16;
/** Events per flush; more wait for the next alarm. */
const EVENTS_PER_FLUSH = 500;

/**
 * Copies the room's pending chat events to D1, insert-or-ignore by event id, recomputes the facts
 * of their chats from D1's events, then forgets them locally. A crash between the steps leaves
 * them pending, and the next flush inserts nothing twice and recomputes the same facts: events
 * are never lost and never doubled. Returns how many were flushed.
 */
export async function flushEvents(db: Db, companyId: string, log: Pick<ChatEventLog, 'pending' | 'acknowledge'>): Promise<number> {
  const events = log.pending(EVENTS_PER_FLUSH);
  if (events.length === 0) return 0;
  const statements = [];
  for (let i = 0; i < events.length; i += ROWS_PER_INSERT) {
    const rows = events.slice(i, i + ROWS_PER_INSERT).map((e) => ({
      id: e.id,
      companyId,
      chatId: e.chatId,
      kind: e.kind,
      at: e.at,
      data: JSON.stringify(e),
    }));
    statements.push(db.insert(chatEvents).values(rows).onConflictDoNothing({ target: chatEvents.id }));
  }
  await db.batch(statements as [(typeof statements)[number], ...typeof statements]);
  await refreshChatFacts(db, companyId, [...new Set(events.map((e) => e.chatId))]);
  log.acknowledge(events.map((e) => e.id));
  return events.length;
}
