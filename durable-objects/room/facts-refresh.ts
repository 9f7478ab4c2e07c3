import { and, eq, sql } from 'drizzle-orm';
import { chatFacts } from '../../common/reports/chat-facts';
import type { ChatEvent } from '../../common/reports/events';
import type { Db } from '../../db/client';
import { chatEvents } from '../../db/schema';
import { UPSERT_FACTS_SQL } from './facts-upsert';

/**
 * Recomputes the D1 facts row of each chat in `chatIds` from all its events stored in D1, so the
 * row is what those events add up to however often, and in whatever order, they were flushed.
 * A chat whose `started` event D1 doesn't hold gets no row (reports never counted it). The ids
 * travel as one JSON parameter: a flush's few hundred chats stay under D1's bound-parameter cap.
 */
export async function refreshChatFacts(db: Db, companyId: string, chatIds: readonly string[]): Promise<void> {
  if (chatIds.length === 0) return;
  const rows = await db
    .select({ data: chatEvents.data })
    .from(chatEvents)
    .where(
      and(eq(chatEvents.companyId, companyId), sql`${chatEvents.chatId} IN (SELECT value FROM json_each(${JSON.stringify(chatIds)}))`),
    );
  const facts = chatFacts(rows.map((r) => JSON.parse(r.data) as ChatEvent));
  if (facts.length === 0) return;
  await db.$client.prepare(UPSERT_FACTS_SQL).bind(companyId, JSON.stringify(facts)).run();
}
