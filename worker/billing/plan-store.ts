import { desc, eq, max } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import { randomId } from '../../common/ids';
import type { Db } from '../../db/client';
import { companies, planLedger } from '../../db/schema';
import { ApiError, notFound } from '../lib/errors';
import type { PlanState, PlanTransition } from './plan-state';
import { brokeUniqueKey } from './unique-key';

const MAX_ATTEMPTS = 5;

export type LedgerRow = typeof planLedger.$inferSelect;

/** What a committed (or declined) plan step did. */
export interface PlanCommit {
  before: PlanState;
  after: PlanState;
  /** The ledger row written, or null when the decision was to change nothing. */
  entry: LedgerRow | null;
}

/** The company's plan columns and the number of its last ledger row, read together. */
async function readPlan(db: Db, companyId: string): Promise<{ state: PlanState; seq: number }> {
  const [[row], [last]] = await db.batch([
    db
      .select({ plan: companies.plan, operators: companies.planOperators, paidUntil: companies.paidUntil })
      .from(companies)
      .where(eq(companies.id, companyId)),
    db
      .select({ seq: max(planLedger.seq) })
      .from(planLedger)
      .where(eq(planLedger.companyId, companyId)),
  ]);
  if (!row) throw notFound('company');
  return { state: { plan: row.plan, operators: row.operators, paidUntil: row.paidUntil?.getTime() ?? null }, seq: last?.seq ?? 0 };
}

/** The company's plan columns now. */
export async function currentPlan(db: Db, companyId: string): Promise<PlanState> {
  return (await readPlan(db, companyId)).state;
}

/**
 * Runs one plan step: reads the company's plan, lets `decide` compute the transition from it, and
 * writes the new plan columns with the next ledger row (and `extra` statements) in one batch. Two
 * writers racing on one company both claim the same ledger `seq`; the loser re-reads and decides
 * again, so no step is computed from a state another step replaced. Other unique-key failures
 * (an event or payment already applied) are the caller's to handle.
 */
export async function commitPlan(
  db: Db,
  companyId: string,
  opts: { actorId: string | null; now: number },
  decide: (state: PlanState) => PlanTransition | null,
  extra: (entryId: string) => BatchItem<'sqlite'>[] = () => [],
): Promise<PlanCommit> {
  for (let attempt = 1; ; attempt++) {
    const { state, seq } = await readPlan(db, companyId);
    const step = decide(state);
    if (!step) return { before: state, after: state, entry: null };
    const entry: LedgerRow = {
      id: randomId(),
      companyId,
      seq: seq + 1,
      kind: step.kind,
      actorId: opts.actorId,
      planBefore: state.plan,
      operatorsBefore: state.operators,
      paidUntilBefore: state.paidUntil === null ? null : new Date(state.paidUntil),
      plan: step.next.plan,
      operators: step.next.operators,
      paidUntilAfter: step.next.paidUntil === null ? null : new Date(step.next.paidUntil),
      amountCents: step.amountCents ?? 0,
      currency: step.currency ?? null,
      paymentId: step.paymentId ?? null,
      createdAt: new Date(opts.now),
    };
    try {
      await db.batch([
        db.insert(planLedger).values(entry),
        db
          .update(companies)
          .set({ plan: step.next.plan, planOperators: step.next.operators, paidUntil: entry.paidUntilAfter })
          .where(eq(companies.id, companyId)),
        ...extra(entry.id),
      ]);
      return { before: state, after: step.next, entry };
    } catch (err) {
      if (!brokeUniqueKey(err, 'plan_ledger.seq')) throw err;
      if (attempt === MAX_ATTEMPTS) throw new ApiError(409, 'plan_busy', 'The plan changed at the same moment. Please try again.');
    }
  }
}

/** The company's ledger, newest first. */
export function ledgerOf(db: Db, companyId: string): Promise<LedgerRow[]> {
  return db.select().from(planLedger).where(eq(planLedger.companyId, companyId)).orderBy(desc(planLedger.seq));
}
