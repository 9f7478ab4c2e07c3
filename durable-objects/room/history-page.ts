import { decodeHistoryCursor, encodeHistoryCursor, type HistoryFilters } from '../../common/schemas/chat-history';
import { type ChatRow, type Row, toChat } from './chat-rows';

/** One page of chat history (F11), newest first. */
export interface HistoryPage {
  chats: (ChatRow & { preview: string | null; messageCount: number })[];
  nextCursor: string | null;
}

const HISTORY_PAGE = 30;

/**
 * Chat history (F11), newest first, filtered: `q` in any message or note, part of the
 * visitor id, start time between `from` and `to` (inclusive), status, the visitor's rating. The cursor is opaque to
 * callers: the last row's `created_at` and id.
 */
export function historyPage(sql: SqlStorage, f: HistoryFilters): HistoryPage {
  const after = f.cursor ? decodeHistoryCursor(f.cursor) : null;
  const where: string[] = [];
  const args: SqlStorageValue[] = [];
  if (after) {
    where.push(`(c.created_at < ? OR (c.created_at = ? AND c.id < ?))`);
    args.push(after.createdAt, after.createdAt, after.id);
  }
  if (f.q) {
    // System lines ("Ann joined the chat") are the room's words, not the chat's: never a match.
    where.push(`EXISTS (SELECT 1 FROM messages m WHERE m.chat_id = c.id AND m.author != 'system' AND m.text LIKE ? ESCAPE '\\')`);
    args.push(likePattern(f.q));
  }
  if (f.visitor) {
    where.push(`c.visitor_id LIKE ? ESCAPE '\\'`);
    args.push(likePattern(f.visitor));
  }
  if (f.from !== null) {
    where.push(`c.created_at >= ?`);
    args.push(f.from);
  }
  if (f.to !== null) {
    where.push(`c.created_at <= ?`);
    args.push(f.to);
  }
  if (f.rating) {
    where.push(`c.rating = ?`);
    args.push(f.rating);
  }
  if (f.status) {
    where.push(`c.status = ?`);
    args.push(f.status);
  }
  const rows = sql
    .exec<Row>(
      `SELECT c.*, (SELECT text FROM messages m WHERE m.chat_id = c.id AND m.author != 'system' ORDER BY seq LIMIT 1) AS preview,
         (SELECT COUNT(*) FROM messages m WHERE m.chat_id = c.id AND m.author != 'system') AS message_count
       FROM chats c ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.created_at DESC, c.id DESC LIMIT ?`,
      ...args,
      HISTORY_PAGE + 1,
    )
    .toArray();
  const page = rows
    .slice(0, HISTORY_PAGE)
    .map((r) => ({ ...toChat(r), preview: r.preview === null ? null : String(r.preview), messageCount: Number(r.message_count) }));
  const last = page.at(-1);
  return { chats: page, nextCursor: rows.length > HISTORY_PAGE && last ? encodeHistoryCursor(last) : null };
}

/** A LIKE pattern matching `text` anywhere, with `%`, `_` and a backslash taken literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
