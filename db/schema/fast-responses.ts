import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';

/** Canned replies (F12); a nickname is unique within its company, absent for text-only ones. */
export const fastResponses = sqliteTable(
  'fast_responses',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    nickname: text('nickname'),
    text: text('text').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('fast_responses_company_nickname_idx').on(t.companyId, t.nickname)],
);
