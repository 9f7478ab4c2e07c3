import { and, count, desc, eq, lt, ne, or } from 'drizzle-orm';
import type { OfflineMessageList, OfflineMessageView } from '../../common/schemas/offline';
import type { Db } from '../../db/client';
import { offlineMessages } from '../../db/schema';
import { encodeCursor, type ListPosition } from './list-cursor';

/** Messages per page of the console list (and the largest `limit`). */
export const PAGE_SIZE = 50;

type OfflineMessageRow = typeof offlineMessages.$inferSelect;

/** Honeypot submissions are kept as evidence but are spam, so the console never lists them. */
const listed = (companyId: string) => and(eq(offlineMessages.companyId, companyId), ne(offlineMessages.deliveryStatus, 'suppressed'));

/** A stored message as the console API answers it. */
export function toView(row: OfflineMessageRow): OfflineMessageView {
  return {
    id: row.id,
    email: row.email,
    theme: row.theme,
    message: row.message,
    read: row.read,
    deliveryStatus: row.deliveryStatus,
    tries: row.tries,
    lastError: row.lastError,
    nextAttemptAt: row.deliveryStatus === 'pending' ? (row.nextAttemptAt?.toISOString() ?? null) : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** One page of a company's messages, newest first, with the company's unread count. */
export async function listOfflineMessages(
  db: Db,
  companyId: string,
  after: ListPosition | null,
  limit = PAGE_SIZE,
): Promise<OfflineMessageList> {
  const older = after
    ? or(
        lt(offlineMessages.createdAt, new Date(after.createdAtMs)),
        and(eq(offlineMessages.createdAt, new Date(after.createdAtMs)), lt(offlineMessages.id, after.id)),
      )
    : undefined;
  const [rows, unreadCount] = await Promise.all([
    db
      .select()
      .from(offlineMessages)
      .where(and(listed(companyId), older))
      .orderBy(desc(offlineMessages.createdAt), desc(offlineMessages.id))
      .limit(limit + 1),
    countUnread(db, companyId),
  ]);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    messages: page.map(toView),
    unreadCount,
    nextCursor: rows.length > limit && last ? encodeCursor({ createdAtMs: last.createdAt.getTime(), id: last.id }) : null,
  };
}

/** Marks one of the company's listed messages read or unread; null when it has no such message. */
export async function setOfflineMessageRead(db: Db, companyId: string, id: string, read: boolean): Promise<OfflineMessageView | null> {
  const row = await db
    .update(offlineMessages)
    .set({ read })
    .where(and(listed(companyId), eq(offlineMessages.id, id)))
    .returning()
    .get();
  return row ? toView(row) : null;
}

/** Unread listed messages of a company (the console's navigation badge). */
export async function countUnread(db: Db, companyId: string): Promise<number> {
  const row = await db
    .select({ n: count() })
    .from(offlineMessages)
    .where(and(listed(companyId), eq(offlineMessages.read, false)))
    .get();
  return row?.n ?? 0;
}
