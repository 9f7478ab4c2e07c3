import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';

/**
 * A visitor's request to have a chat's transcript mailed (F21): the row is the single-use
 * confirmation link (its token's SHA-256 is the id), and `sentAt` marks it spent.
 */
export const transcriptRequests = sqliteTable(
  'transcript_requests',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    chatId: text('chat_id').notNull(),
    visitorId: text('visitor_id').notNull(),
    email: text('email').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('transcript_requests_company_idx').on(t.companyId, t.visitorId)],
);
