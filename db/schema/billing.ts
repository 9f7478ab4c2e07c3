import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';

/** Every payment and period recalculation, kept forever (F15). */
export const planLedger = sqliteTable(
  'plan_ledger',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['payment', 'change', 'cancel', 'expire'] }).notNull(),
    plan: text('plan').notNull(),
    operators: integer('operators').notNull(),
    amountCents: integer('amount_cents').notNull().default(0),
    paidUntilBefore: integer('paid_until_before', { mode: 'timestamp_ms' }),
    paidUntilAfter: integer('paid_until_after', { mode: 'timestamp_ms' }),
    providerRef: text('provider_ref'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('plan_ledger_company_idx').on(t.companyId)],
);

export const payments = sqliteTable(
  'payments',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    months: integer('months').notNull(),
    amountCents: integer('amount_cents').notNull(),
    status: text('status', { enum: ['pending', 'paid', 'cancelled'] }).notNull(),
    providerRef: text('provider_ref'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('payments_company_idx').on(t.companyId)],
);
