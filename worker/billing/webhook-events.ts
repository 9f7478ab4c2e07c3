import { and, eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { Db } from '../../db/client';
import { billingEvents, payments } from '../../db/schema';
import { listPlans } from './catalogue';
import { decidePayment, type FrozenPayment } from './plan-state';
import { commitPlan, type PlanCommit } from './plan-store';
import { brokeUniqueKey } from './unique-key';

/** Checkout events that mean the money arrived, and those that mean it never will. */
const PAID = new Set(['checkout.session.completed', 'checkout.session.async_payment_succeeded']);
const FAILED = new Set(['checkout.session.expired', 'checkout.session.async_payment_failed']);

export type PaymentRow = typeof payments.$inferSelect;

/** What applying one verified event did. */
export type EventOutcome = { result: 'paid'; payment: PaymentRow; commit: PlanCommit } | { result: 'cancelled' | 'duplicate' | 'ignored' };

/**
 * Applies one verified provider event at `now`, at most once per event id (F15). A paid checkout
 * applies exactly its frozen payment, once per payment whatever events report it; a failed or
 * expired one marks the payment cancelled. Event types Parley doesn't handle, and sessions that
 * name no payment of ours, change nothing.
 */
export async function applyEvent(db: Db, event: Stripe.Event, now: number): Promise<EventOutcome> {
  if (!PAID.has(event.type) && !FAILED.has(event.type)) return { result: 'ignored' };
  const session = event.data.object as Stripe.Checkout.Session;
  const payment = await paymentOf(db, session);
  if (!payment) {
    console.warn('billing webhook names no payment of ours', event.id, session.id);
    return { result: 'ignored' };
  }
  if (FAILED.has(event.type)) return markCancelled(db, event, payment, now);
  if (session.payment_status !== 'paid') return { result: 'ignored' };
  if (payment.status === 'paid') return recordOnly(db, event, now);
  const catalogue = new Map((await listPlans(db)).map((p) => [p.id, p]));
  try {
    const commit = await commitPlan(
      db,
      payment.companyId,
      { actorId: payment.createdBy, now },
      (state) => decidePayment(state, catalogue.get(state.plan), frozen(payment), now),
      () => [
        seenEvent(db, event, now),
        db
          .update(payments)
          .set({ status: 'paid', completedAt: new Date(now) })
          .where(eq(payments.id, payment.id)),
      ],
    );
    return { result: 'paid', payment, commit };
  } catch (err) {
    if (brokeUniqueKey(err, 'billing_events.id')) return { result: 'duplicate' };
    if (brokeUniqueKey(err, 'plan_ledger.payment_id')) return recordOnly(db, event, now);
    throw err;
  }
}

function frozen(p: PaymentRow): FrozenPayment {
  return { id: p.id, plan: p.plan, operators: p.operators, months: p.months, amountCents: p.amountCents, currency: p.currency };
}

/** Our payment the session is about, only when every identifier and the amount agree. */
async function paymentOf(db: Db, session: Stripe.Checkout.Session): Promise<PaymentRow | undefined> {
  const paymentId = session.metadata?.paymentId ?? session.client_reference_id;
  if (!paymentId) return undefined;
  const payment = await db.select().from(payments).where(eq(payments.id, paymentId)).get();
  if (!payment || payment.providerRef !== session.id || payment.companyId !== session.metadata?.companyId) return undefined;
  if (session.amount_total !== null && session.amount_total !== undefined && session.amount_total !== payment.amountCents) return undefined;
  return payment;
}

/** The event's id, written in the same batch as its effect: a second delivery breaks the key and changes nothing. */
function seenEvent(db: Db, event: Stripe.Event, now: number) {
  return db.insert(billingEvents).values({ id: event.id, type: event.type, receivedAt: new Date(now) });
}

async function markCancelled(db: Db, event: Stripe.Event, payment: PaymentRow, now: number): Promise<EventOutcome> {
  try {
    await db.batch([
      seenEvent(db, event, now),
      db
        .update(payments)
        .set({ status: 'cancelled' })
        .where(and(eq(payments.id, payment.id), eq(payments.status, 'pending'))),
    ]);
    return { result: 'cancelled' };
  } catch (err) {
    if (brokeUniqueKey(err, 'billing_events.id')) return { result: 'duplicate' };
    throw err;
  }
}

/** The payment was already applied (by another event about it): only note this event as seen. */
async function recordOnly(db: Db, event: Stripe.Event, now: number): Promise<EventOutcome> {
  await seenEvent(db, event, now).onConflictDoNothing();
  return { result: 'duplicate' };
}
