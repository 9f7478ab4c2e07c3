import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Every mail sent while ENVIRONMENT=development, readable at GET /api/dev/mail. */
export const devMail = sqliteTable('dev_mail', {
  id: text('id').primaryKey(),
  to: text('to').notNull(),
  from: text('from').notNull(),
  replyTo: text('reply_to'),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html'),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
});
