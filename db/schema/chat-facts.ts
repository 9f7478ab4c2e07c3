import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CLOSED_BY, MISSED_REASONS, RATINGS } from '../../common/reports/events';
import { companies } from './companies';

/**
 * What each chat's lifecycle events add up to (common/reports/chat-facts.ts), one row per chat,
 * so a report reads one row per chat in its range instead of every event. The room's flush
 * recomputes the rows of the chats it stored events for, from all their stored events, so a
 * repeated flush changes nothing. Times are epoch ms; erased with the company and by retention.
 */
export const chatFacts = sqliteTable(
  'chat_facts',
  {
    chatId: text('chat_id').notNull(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    startedAt: integer('started_at').notNull(),
    language: text('language').notNull(),
    category: text('category'),
    operatorId: text('operator_id'),
    firstAssignedAt: integer('first_assigned_at'),
    firstReplyAt: integer('first_reply_at'),
    closedAt: integer('closed_at'),
    closedBy: text('closed_by', { enum: CLOSED_BY }),
    transfers: integer('transfers').notNull().default(0),
    rating: text('rating', { enum: RATINGS }),
    missed: text('missed', { enum: MISSED_REASONS }),
    test: integer('test', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    // Keyed within the company: one company's flush can never touch another's row.
    primaryKey({ columns: [t.companyId, t.chatId] }),
    // With chat_id last, a report pages through its range in index order with no sort.
    index('chat_facts_company_started_idx').on(t.companyId, t.startedAt, t.chatId),
  ],
);
