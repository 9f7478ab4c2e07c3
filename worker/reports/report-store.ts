import { and, eq, gte, lt, ne, type SQL, sql } from 'drizzle-orm';
import { type Report, ReportBuilder, type ReportQuery } from '../../common/reports/aggregate';
import type { ChatFacts } from '../../common/reports/chat-facts';
import { localRange } from '../../common/reports/zoned-time';
import type { Db } from '../../db/client';
import { chatFacts, offlineMessages } from '../../db/schema';

/** Facts rows per D1 query: a page stays a few MB in the Worker, whatever the range. */
const PAGE_ROWS = 50_000;

/**
 * One facts row as a page ships it: the columns a report reads, in one JSON array per chat, times
 * after the start as ms since it (shorter to ship and parse than epoch ms).
 */
type FactsRow = [
  startedAt: number,
  language: string,
  category: string | null,
  operatorId: string | null,
  assignedAfter: number | null,
  repliedAfter: number | null,
  closedAfter: number | null,
  transfers: number,
  rating: ChatFacts['rating'],
  missed: ChatFacts['missed'],
];

/**
 * The company's report (F22) from the D1 facts of the chats started in the range (one row per
 * chat, kept by the room's flush; test chats left out) and its offline messages (the
 * offline_messages table is their one record; spam caught by the honeypot isn't counted). Rows
 * are read in pages in index order, each page one JSON string built by SQLite (a million rows as
 * D1 result rows cost far more to ship and map than to count), into a ReportBuilder, so a year of
 * a million chats fits in a Worker.
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
  const offline =
    operatorId !== null
      ? []
      : await db
          .select({ createdAt: offlineMessages.createdAt })
          .from(offlineMessages)
          .where(
            and(
              eq(offlineMessages.companyId, companyId),
              ne(offlineMessages.deliveryStatus, 'suppressed'),
              gte(offlineMessages.createdAt, new Date(start)),
              lt(offlineMessages.createdAt, new Date(end)),
            ),
          );
  // Not counted first (a second pass over the range): the builder's columns grow as pages come.
  const builder = new ReportBuilder(query, PAGE_ROWS);
  let after: SQL | undefined;
  for (;;) {
    const page = await db.get<{ rows: string; lastAt: number | null; lastId: string | null }>(sql`
      WITH page AS MATERIALIZED (
        SELECT * FROM ${chatFacts} WHERE ${and(inRange, after)} ORDER BY started_at, chat_id LIMIT ${PAGE_ROWS})
      SELECT
        (SELECT json_group_array(json_array(started_at, language, category, operator_id, first_assigned_at - started_at,
          first_reply_at - started_at, closed_at - started_at, transfers, rating, missed)) FROM page) AS rows,
        (SELECT started_at FROM page ORDER BY started_at DESC, chat_id DESC LIMIT 1) AS lastAt,
        (SELECT chat_id FROM page ORDER BY started_at DESC, chat_id DESC LIMIT 1) AS lastId`);
    const rows: FactsRow[] = JSON.parse(page!.rows);
    for (const [startedAt, language, category, operatorId, assigned, reply, closed, transfers, rating, missed] of rows) {
      const at = (ms: number | null) => (ms === null ? null : startedAt + ms);
      builder.addChat({
        chatId: '',
        startedAt,
        language,
        category,
        operatorId,
        firstAssignedAt: at(assigned),
        firstReplyAt: at(reply),
        closedAt: at(closed),
        closedBy: null,
        transfers,
        rating,
        missed,
        test: false,
      });
    }
    if (rows.length < PAGE_ROWS) break;
    after = sql`(started_at, chat_id) > (${page!.lastAt}, ${page!.lastId})`;
  }
  for (const o of offline) builder.addOffline(o.createdAt.getTime());
  return builder.report();
}
