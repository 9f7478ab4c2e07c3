import type { OperatorMessage } from '../../common/protocol';
import type { ChatRow } from './chat-rows';
import type { ChatStore } from './chat-store';

/** Everything the room holds about one visitor (GDPR export): when first seen, and every chat with its timeline. */
export interface VisitorExport {
  visitorId: string;
  firstSeenAt: number | null;
  chats: (ChatRow & { messages: OperatorMessage[] })[];
}

/** The room's tables that hold visitor data; each is erased per visitor below and swept by retention. */
export const VISITOR_TABLES = ['attachments', 'chat_receipts', 'chats', 'messages', 'visitors'] as const;

/**
 * The room's tables that hold no visitor data to export: load order, signed-out sessions, and
 * rate-limit hits (keyed by address, gone within the minute they count), and chat events waiting
 * for D1 (times, operators, language and category: nothing that names the visitor).
 */
export const COMPANY_ONLY_TABLES = ['chat_events', 'operator_load', 'rate_hits', 'revoked_sessions'] as const;

/** What the room holds about a visitor, or null when nothing. */
export function exportVisitor(storage: DurableObjectStorage, store: ChatStore, visitorId: string): VisitorExport | null {
  const seen = storage.sql
    .exec<{ first_seen_at: number }>(`SELECT first_seen_at FROM visitors WHERE visitor_id = ?`, visitorId)
    .toArray()[0];
  const ids = storage.sql
    .exec<{ id: string }>(`SELECT id FROM chats WHERE visitor_id = ? ORDER BY created_at, id`, visitorId)
    .toArray()
    .map((r) => r.id);
  const chats = ids.flatMap((id) => {
    const chat = store.chat(id);
    return chat ? [{ ...chat, messages: store.messages.timeline(id) }] : [];
  });
  if (!seen && chats.length === 0) return null;
  return { visitorId, firstSeenAt: seen?.first_seen_at ?? null, chats };
}

/** The ids of every chat of the visitor (their files are deleted before their rows). */
export function visitorChatIds(storage: DurableObjectStorage, visitorId: string): string[] {
  return storage.sql
    .exec<{ id: string }>(`SELECT id FROM chats WHERE visitor_id = ?`, visitorId)
    .toArray()
    .map((r) => r.id);
}

/**
 * Deletes the visitor's chats, messages, attachment rows, receipts and visitor row; returns how many chats
 * went. Open chats must be closed first, and the attachments' R2 objects deleted.
 */
export function eraseVisitorRows(storage: DurableObjectStorage, visitorId: string): number {
  return storage.transactionSync(() => {
    storage.sql.exec(`DELETE FROM messages WHERE chat_id IN (SELECT id FROM chats WHERE visitor_id = ?)`, visitorId);
    storage.sql.exec(`DELETE FROM attachments WHERE chat_id IN (SELECT id FROM chats WHERE visitor_id = ?)`, visitorId);
    storage.sql.exec(`DELETE FROM chat_receipts WHERE chat_id IN (SELECT id FROM chats WHERE visitor_id = ?)`, visitorId);
    const { rowsWritten } = storage.sql.exec(`DELETE FROM chats WHERE visitor_id = ?`, visitorId);
    storage.sql.exec(`DELETE FROM visitors WHERE visitor_id = ?`, visitorId);
    return rowsWritten;
  });
}
