import type { AttachmentSide } from '../../common/attachments/types';

/** An uploaded file as a message stores it; its URL is signed each time the message is read. */
export interface AttachmentMeta {
  id: string;
  name: string;
  type: string;
  size: number;
}

/**
 * The chat's uploaded files (F20) in the room's storage, beside the chats they belong to: the
 * room already knows who may write to each chat, checks a message's files without leaving the
 * object, and erases them with the chat (retention, a visitor's erasure, the company's).
 */
export class AttachmentRows {
  constructor(private readonly sql: SqlStorage) {}

  /** Keeps a file uploaded to the chat by one side; it waits for a message to carry it. */
  record(chatId: string, side: AttachmentSide, meta: AttachmentMeta, now: number): void {
    this.sql.exec(
      `INSERT INTO attachments (id, chat_id, side, name, type, size, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      meta.id,
      chatId,
      side,
      meta.name,
      meta.type,
      meta.size,
      now,
    );
  }

  /**
   * The files `ids` names, in that order, when every one was uploaded to this chat by this side and
   * no message carries it yet; null otherwise (another chat's, the other side's, unknown or sent).
   */
  unsent(chatId: string, side: AttachmentSide, ids: readonly string[]): AttachmentMeta[] | null {
    const rows = this.sql
      .exec<{ id: string; name: string; type: string; size: number }>(
        `SELECT id, name, type, size FROM attachments
         WHERE chat_id = ? AND side = ? AND message_seq IS NULL AND id IN (${ids.map(() => '?').join(', ')})`,
        chatId,
        side,
        ...ids,
      )
      .toArray();
    const byId = new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, type: r.type, size: r.size }]));
    const found = ids.map((id) => byId.get(id));
    return found.every((m) => m !== undefined) ? found : null;
  }

  /** Every file of these chats, sent or not, for deleting their objects. */
  ofChats(chatIds: readonly string[]): { chatId: string; id: string }[] {
    if (chatIds.length === 0) return [];
    return this.sql
      .exec<{ chat_id: string; id: string }>(
        `SELECT chat_id, id FROM attachments WHERE chat_id IN (${chatIds.map(() => '?').join(', ')})`,
        ...chatIds,
      )
      .toArray()
      .map((r) => ({ chatId: r.chat_id, id: r.id }));
  }

  /** The files are now carried by the message with this seq: none can be sent again. */
  markSent(chatId: string, ids: readonly string[], seq: number): void {
    this.sql.exec(
      `UPDATE attachments SET message_seq = ? WHERE chat_id = ? AND id IN (${ids.map(() => '?').join(', ')})`,
      seq,
      chatId,
      ...ids,
    );
  }
}
