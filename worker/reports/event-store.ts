import { and, eq, gte, inArray, lt, ne } from 'drizzle-orm';
import type { ChatEvent } from '../../common/reports/events';
import type { Db } from '../../db/client';
import { chatEvents, offlineMessages } from '../../db/schema';

/**
 * Every event a report over `[start, end)` needs: all events of the chats started in the range
 * (a chat counts on the day it started, whenever it ended) and the company's offline messages
 * of the range, as `offline_message` events (the offline_messages table is their one record;
 * spam caught by the honeypot isn't counted).
 */
export async function eventsForRange(db: Db, companyId: string, start: number, end: number): Promise<ChatEvent[]> {
  const startedChats = db
    .select({ chatId: chatEvents.chatId })
    .from(chatEvents)
    .where(and(eq(chatEvents.companyId, companyId), eq(chatEvents.kind, 'started'), gte(chatEvents.at, start), lt(chatEvents.at, end)));
  const [chatRows, offlineRows] = await Promise.all([
    db
      .select({ data: chatEvents.data })
      .from(chatEvents)
      .where(and(eq(chatEvents.companyId, companyId), inArray(chatEvents.chatId, startedChats))),
    db
      .select({ id: offlineMessages.id, createdAt: offlineMessages.createdAt })
      .from(offlineMessages)
      .where(
        and(
          eq(offlineMessages.companyId, companyId),
          ne(offlineMessages.deliveryStatus, 'suppressed'),
          gte(offlineMessages.createdAt, new Date(start)),
          lt(offlineMessages.createdAt, new Date(end)),
        ),
      ),
  ]);
  return [
    ...chatRows.map((r) => JSON.parse(r.data) as ChatEvent),
    ...offlineRows.map((r): ChatEvent => ({ id: `offline:${r.id}`, chatId: r.id, at: r.createdAt.getTime(), kind: 'offline_message' })),
  ];
}
