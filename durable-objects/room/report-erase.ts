import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { chatEvents, chatFacts } from '../../db/schema';

/** Chat ids per statement: sent as one JSON parameter, well under D1's size caps. */
const IDS_PER_STATEMENT = 1000;

/**
 * Erases what D1 keeps of these chats for reports (their events and facts rows), for the chats
 * retention deletes from the room (SPEC S). Idempotent: a retried sweep erases nothing twice.
 */
export async function eraseChatReports(db: Db, companyId: string, chatIds: readonly string[]): Promise<void> {
  const statements = [];
  for (let i = 0; i < chatIds.length; i += IDS_PER_STATEMENT) {
    const ids = sql`(SELECT value FROM json_each(${JSON.stringify(chatIds.slice(i, i + IDS_PER_STATEMENT))}))`;
    statements.push(
      db.delete(chatEvents).where(and(eq(chatEvents.companyId, companyId), sql`${chatEvents.chatId} IN ${ids}`)),
      db.delete(chatFacts).where(and(eq(chatFacts.companyId, companyId), sql`${chatFacts.chatId} IN ${ids}`)),
    );
  }
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}
