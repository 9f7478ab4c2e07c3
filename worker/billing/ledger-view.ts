import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { payments, planLedger, users } from '../../db/schema';
import { listPlans } from './catalogue';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The company's ledger as GET …/payments lists it, newest first: who, when, before and after, money. */
export async function ledgerView(db: Db, companyId: string) {
  const [rows, catalogue] = await Promise.all([
    db
      .select({ entry: planLedger, actorName: users.name, months: payments.months })
      .from(planLedger)
      .leftJoin(users, eq(users.id, planLedger.actorId))
      .leftJoin(payments, eq(payments.id, planLedger.paymentId))
      .where(eq(planLedger.companyId, companyId))
      .orderBy(desc(planLedger.seq)),
    listPlans(db),
  ]);
  const nameOf = (id: string) => catalogue.find((p) => p.id === id)?.name ?? id;
  return rows.map(({ entry: e, actorName, months }) => ({
    id: e.id,
    seq: e.seq,
    kind: e.kind,
    at: e.createdAt.toISOString(),
    /** Null when Parley itself acted (an expiry). */
    actor: e.actorId ? { id: e.actorId, name: actorName ?? 'A former member' } : null,
    before: { plan: e.planBefore, planName: nameOf(e.planBefore), operators: e.operatorsBefore, paidUntil: iso(e.paidUntilBefore) },
    after: { plan: e.plan, planName: nameOf(e.plan), operators: e.operators, paidUntil: iso(e.paidUntilAfter) },
    amount: e.amountCents,
    currency: e.currency,
    /** The receipt's details for a payment row. */
    payment: e.paymentId ? { id: e.paymentId, months: months ?? 0 } : null,
  }));
}

/** The company's latest checkouts with their status, so the Plan page can tell how one ended. */
export async function recentCheckouts(db: Db, companyId: string) {
  const rows = await db.select().from(payments).where(eq(payments.companyId, companyId)).orderBy(desc(payments.createdAt)).limit(20);
  return rows.map((p) => ({
    id: p.id,
    status: p.status,
    plan: p.plan,
    operators: p.operators,
    months: p.months,
    amount: p.amountCents,
    currency: p.currency,
    createdAt: p.createdAt.toISOString(),
    completedAt: iso(p.completedAt),
  }));
}
