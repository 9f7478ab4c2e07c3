import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';

/**
 * Each chat's lifecycle events (F22, common/reports/events.ts), flushed here from the company
 * room's outbox. `id` is the room's event id: a flush repeated after a crash inserts nothing new.
 * Erased with the company.
 */
export const chatEvents = sqliteTable(
  'chat_events',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    chatId: text('chat_id').notNull(),
    kind: text('kind').notNull(),
    at: integer('at').notNull(),
    /** The whole event as JSON (common/reports/events.ts), what reports read back. */
    data: text('data').notNull(),
  },
  // By chat: the flush reads a chat's stored events back to recompute its facts (chat-facts.ts);
  // reports read the facts, never events by time.
  (t) => [index('chat_events_company_chat_idx').on(t.companyId, t.chatId)],
);
