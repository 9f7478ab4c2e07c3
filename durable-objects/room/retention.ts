/** A day in ms: the unit of the company's retention setting. */
export const DAY_MS = 86_400_000;

/**
 * How late a retention sweep may run: chats expiring within this window of each other share one
 * alarm, so a busy room wakes for retention at most once an hour, not once per chat.
 */
export const RETENTION_BATCH_MS = 3_600_000;

/**
 * When the oldest closed chat passes the retention period (SPEC S), for the room's one alarm; null
 * when there is no closed chat. Open chats are never swept: they count once they close.
 */
export function retentionDeadline(sql: SqlStorage, retentionDays: number): number | null {
  const { t } = sql.exec<{ t: number | null }>(`SELECT MIN(created_at) AS t FROM chats WHERE status = 'closed'`).one();
  return t === null ? null : t + retentionDays * DAY_MS + RETENTION_BATCH_MS;
}

/** The closed chats the next sweep at `now` deletes (their files go first: retention.ts's caller). */
export function expiredChatIds(sql: SqlStorage, retentionDays: number, now: number): string[] {
  return sql
    .exec<{ id: string }>(`SELECT id FROM chats WHERE status = 'closed' AND created_at < ?`, now - retentionDays * DAY_MS)
    .toArray()
    .map((r) => r.id);
}

/**
 * Deletes closed chats that started more than `retentionDays` before `now`, their messages,
 * attachment rows, receipts and unflushed chat events, and visitors first seen before then who have
 * no chat left. Returns how many chats went. The attachments' R2 objects and the chats' D1 report
 * rows must be deleted before (`expiredChatIds`).
 */
export function sweepRetention(storage: DurableObjectStorage, retentionDays: number, now: number): number {
  const cutoff = now - retentionDays * DAY_MS;
  return storage.transactionSync(() => {
    const old = `SELECT id FROM chats WHERE status = 'closed' AND created_at < ?`;
    storage.sql.exec(`DELETE FROM messages WHERE chat_id IN (${old})`, cutoff);
    storage.sql.exec(`DELETE FROM attachments WHERE chat_id IN (${old})`, cutoff);
    storage.sql.exec(`DELETE FROM chat_receipts WHERE chat_id IN (${old})`, cutoff);
    // Flushed later, they would bring the chat back into D1's reports.
    storage.sql.exec(`DELETE FROM chat_events WHERE chat_id IN (${old})`, cutoff);
    const { rowsWritten } = storage.sql.exec(`DELETE FROM chats WHERE status = 'closed' AND created_at < ?`, cutoff);
    storage.sql.exec(
      `DELETE FROM visitors WHERE first_seen_at < ? AND NOT EXISTS (SELECT 1 FROM chats c WHERE c.visitor_id = visitors.visitor_id)`,
      cutoff,
    );
    return rowsWritten;
  });
}
