/**
 * Writes chat facts rows (common/reports/chat-facts.ts) into D1's `chat_facts`, a row per chat,
 * replacing what a chat had: `?1` is the company id, `?2` the facts as one JSON array (a single
 * bound parameter, so any number of rows stays under D1's parameter cap). Plain SQL, so the
 * reports bench seeds its million rows with the very statement the room's flush runs.
 */
export const UPSERT_FACTS_SQL = `
  INSERT INTO chat_facts (chat_id, company_id, started_at, language, category, operator_id, first_assigned_at, first_reply_at,
    closed_at, closed_by, transfers, rating, missed, test)
  SELECT value ->> 'chatId', ?1, value ->> 'startedAt', value ->> 'language', value ->> 'category', value ->> 'operatorId',
    value ->> 'firstAssignedAt', value ->> 'firstReplyAt', value ->> 'closedAt', value ->> 'closedBy', value ->> 'transfers',
    value ->> 'rating', value ->> 'missed', value ->> 'test'
  FROM json_each(?2) WHERE true
  ON CONFLICT (company_id, chat_id) DO UPDATE SET started_at = excluded.started_at, language = excluded.language,
    category = excluded.category, operator_id = excluded.operator_id, first_assigned_at = excluded.first_assigned_at,
    first_reply_at = excluded.first_reply_at, closed_at = excluded.closed_at, closed_by = excluded.closed_by,
    transfers = excluded.transfers, rating = excluded.rating, missed = excluded.missed, test = excluded.test`;
