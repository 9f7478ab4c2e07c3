import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * One row per change the company's room has not confirmed yet (F13). Written with the change,
 * deleted once the room took it; the cron retries what is left. No foreign key: a company's
 * `deleted` row must outlive the company until its data is erased.
 */
export const configOutbox = sqliteTable(
  'config_outbox',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id').notNull(),
    what: text('what').notNull(),
    /** The company's `config_version` after this change; 0 for `deleted`. */
    version: integer('version').notNull(),
    tries: integer('tries').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('config_outbox_created_idx').on(t.createdAt)],
);
