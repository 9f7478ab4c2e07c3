import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { companies } from './companies';

/**
 * The plan catalogue (F15), filled by the migration that creates it. A company's current plan,
 * operator count and period end live on `companies` (plan, plan_operators, paid_until).
 */
export const plans = sqliteTable('plans', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Minor units (cents) per operator per 30-day month; 0 for Free. */
  pricePerOperator: integer('price_per_operator').notNull(),
  /** ISO 4217, lower case as Stripe spells it. */
  currency: text('currency').notNull(),
  maxOperators: integer('max_operators').notNull(),
  /** Order in the catalogue. */
  position: integer('position').notNull(),
});

/**
 * One checkout: plan, operators, months and amount are frozen when it is created, and exactly
 * that is applied when it succeeds, whatever changed meanwhile.
 */
export const payments = sqliteTable(
  'payments',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    plan: text('plan').notNull(),
    operators: integer('operators').notNull(),
    months: integer('months').notNull(),
    amountCents: integer('amount_cents').notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: ['pending', 'paid', 'cancelled'] }).notNull(),
    /** The provider's checkout session id. */
    providerRef: text('provider_ref'),
    createdBy: text('created_by').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    completedAt: integer('completed_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('payments_company_idx').on(t.companyId), uniqueIndex('payments_provider_ref_idx').on(t.providerRef)],
);

/**
 * Every payment, change, cancellation and expiry of a company's plan, append-only. `seq` numbers a
 * company's rows 1, 2, 3…; its unique key makes two concurrent writers of the same company's plan
 * collide, so each plan change is computed from the state it replaces. A payment is applied once:
 * `payment_id` is unique too.
 */
export const planLedger = sqliteTable(
  'plan_ledger',
  {
    id: text('id').primaryKey(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: ['payment', 'change', 'cancel', 'expire'] }).notNull(),
    /** The user who acted, or null for Parley itself (expiry, a provider's webhook). */
    actorId: text('actor_id'),
    planBefore: text('plan_before').notNull(),
    operatorsBefore: integer('operators_before').notNull(),
    paidUntilBefore: integer('paid_until_before', { mode: 'timestamp_ms' }),
    plan: text('plan').notNull(),
    operators: integer('operators').notNull(),
    paidUntilAfter: integer('paid_until_after', { mode: 'timestamp_ms' }),
    amountCents: integer('amount_cents').notNull().default(0),
    currency: text('currency'),
    paymentId: text('payment_id').references(() => payments.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('plan_ledger_company_seq_idx').on(t.companyId, t.seq), uniqueIndex('plan_ledger_payment_idx').on(t.paymentId)],
);

/** Provider events already applied, by the provider's event id: a retried or replayed event changes nothing. */
export const billingEvents = sqliteTable('billing_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: integer('received_at', { mode: 'timestamp_ms' }).notNull(),
});

/** Period emails already sent, one per company, kind and period end, so the cron never sends one twice. */
export const billingNotices = sqliteTable(
  'billing_notices',
  {
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['reminder', 'ended'] }).notNull(),
    paidUntil: integer('paid_until', { mode: 'timestamp_ms' }).notNull(),
    sentAt: integer('sent_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.companyId, t.kind, t.paidUntil] })],
);
