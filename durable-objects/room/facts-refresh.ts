import { and, eq, sql } from 'drizzle-orm';
import { chatFacts } from '../../common/reports/chat-facts';
import type { ChatEvent } from '../../common/reports/events';
import type { Db } from '../../db/client';
import { chatEvents } from '../../db/schema';

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
  await db.run(sql`
    INSERT INTO chat_facts (chat_id, company_id, started_at, language, category, operator_id, first_assigned_at, first_reply_at,
      closed_at, closed_by, transfers, rating, missed, test)
    SELECT value ->> 'chatId', ${companyId}, value ->> 'startedAt', value ->> 'language', value ->> 'category',
      value ->> 'operatorId', value ->> 'firstAssignedAt', value ->> 'firstReplyAt', value ->> 'closedAt', value ->> 'closedBy',
      value ->> 'transfers', value ->> 'rating', value ->> 'missed', value ->> 'test'
    FROM json_each(${JSON.stringify(facts)}) WHERE true
    ON CONFLICT (company_id, chat_id) DO UPDATE SET operator_id = excluded.operator_id, first_assigned_at = excluded.first_assigned_at,
      first_reply_at = excluded.first_reply_at, closed_at = excluded.closed_at, closed_by = excluded.closed_by,
      transfers = excluded.transfers, rating = excluded.rating, missed = excluded.missed, test = excluded.test,
      started_at = excluded.started_at, language = excluded.language, category = excluded.category`);
}
