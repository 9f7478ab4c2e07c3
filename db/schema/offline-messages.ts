import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';

/** Offline form submissions (F14): stored before any delivery attempt so nothing is lost. */
export const offlineMessages = sqliteTable(
  'offline_messages',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    visitorId: text('visitor_id'),
    email: text('email').notNull(),
    theme: text('theme').notNull(),
    message: text('message').notNull(),
    read: integer('read', { mode: 'boolean' }).notNull().default(false),
    deliveryStatus: text('delivery_status', { enum: ['pending', 'sent', 'failed', 'suppressed'] }).notNull(),
    tries: integer('tries').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('offline_messages_company_idx').on(t.companyId, t.createdAt)],
);
