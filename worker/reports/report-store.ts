import { and, asc, count, eq, gt, gte, lt, ne, or, type SQL } from 'drizzle-orm';
import { type Report, ReportBuilder, type ReportQuery } from '../../common/reports/aggregate';
import { localRange } from '../../common/reports/zoned-time';
import type { Db } from '../../db/client';
import { chatFacts, offlineMessages } from '../../db/schema';

/** Facts rows per D1 query: a page stays a few MB in the Worker, whatever the range. */
const PAGE_ROWS = 20_000;

/**
 * The company's report (F22) from the D1 facts of the chats started in the range (one row per
 * chat, kept by the room's flush; test chats left out) and its offline messages (the
 * offline_messages table is their one record; spam caught by the honeypot isn't counted). Rows
 * are read in pages, in index order, into a ReportBuilder, so a year of a million chats fits.
 */
export async function reportFromStore(db: Db, companyId: string, query: ReportQuery): Promise<Report> {
  const { start, end } = localRange(query.from, query.to, query.timeZone);
  const operatorId = query.operatorId ?? null;
  const inRange = and(
    eq(chatFacts.companyId, companyId),
    gte(chatFacts.startedAt, start),
    lt(chatFacts.startedAt, end),
    eq(chatFacts.test, false),
    operatorId === null ? undefined : eq(chatFacts.operatorId, operatorId),
  );
  const [[counted], offline] = await Promise.all([
    db.select({ n: count() }).from(chatFacts).where(inRange),
    operatorId !== null
      ? []
      : db
          .select({ createdAt: offlineMessages.createdAt })
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
  const builder = new ReportBuilder(query, counted?.n ?? 0);
  let after: SQL | undefined;
  for (;;) {
    const page = await db
      .select({
        chatId: chatFacts.chatId,
        startedAt: chatFacts.startedAt,
        language: chatFacts.language,
        category: chatFacts.category,
        operatorId: chatFacts.operatorId,
        firstAssignedAt: chatFacts.firstAssignedAt,
        firstReplyAt: chatFacts.firstReplyAt,
        closedAt: chatFacts.closedAt,
        closedBy: chatFacts.closedBy,
        transfers: chatFacts.transfers,
        rating: chatFacts.rating,
        missed: chatFacts.missed,
        test: chatFacts.test,
      })
      .from(chatFacts)
      .where(and(inRange, after))
      .orderBy(asc(chatFacts.startedAt), asc(chatFacts.chatId))
      .limit(PAGE_ROWS);
    for (const chat of page) builder.addChat(chat);
    const last = page.at(-1);
    if (!last || page.length < PAGE_ROWS) break;
    after = or(gt(chatFacts.startedAt, last.startedAt), and(eq(chatFacts.startedAt, last.startedAt), gt(chatFacts.chatId, last.chatId)));
  }
  for (const o of offline) builder.addOffline(o.createdAt.getTime());
  return builder.report();
}
