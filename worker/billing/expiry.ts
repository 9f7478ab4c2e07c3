import { and, isNotNull, lte } from 'drizzle-orm';
import { type Db, getDb } from '../../db/client';
import { companies } from '../../db/schema';
import { notifyCompanyChanged } from '../companies/notify';
import { sendPeriodNotice } from './owner-mail';
import { decideExpiry } from './plan-state';
import { commitPlan } from './plan-store';

/** The reminder goes out this long before a period ends. */
export const REMINDER_BEFORE_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * Ends the company's paid period if it is over at `now` (F15): Free limits apply from then on,
 * the room is told at once (operators beyond the limit go away and can't come back online), and
 * the owner gets the notice with a renew link. Returns whether it ended the period.
 */
export async function expireIfDue(env: Env, db: Db, companyId: string, now: number): Promise<boolean> {
  const commit = await commitPlan(db, companyId, { actorId: null, now }, (state) => decideExpiry(state, now));
  if (!commit.entry || commit.before.paidUntil === null) return false;
  await notifyCompanyChanged(env, companyId, 'plan');
  await sendPeriodNotice(env, db, companyId, 'ended', commit.before.paidUntil, now);
  return true;
}

/**
 * The cron's billing pass at `now` (its scheduledTime): ends every period that is over and reminds
 * the owners of those ending within 3 days. One company's failure doesn't stop the others.
 */
export async function runBillingCron(env: Env, now: number): Promise<{ expired: number; reminded: number }> {
  const db = getDb(env.DB);
  const due = await db
    .select({ id: companies.id, paidUntil: companies.paidUntil })
    .from(companies)
    .where(and(isNotNull(companies.paidUntil), lte(companies.paidUntil, new Date(now + REMINDER_BEFORE_MS))));
  let expired = 0;
  let reminded = 0;
  for (const { id, paidUntil } of due) {
    try {
      if (paidUntil!.getTime() <= now) expired += Number(await expireIfDue(env, db, id, now));
      else reminded += Number(await sendPeriodNotice(env, db, id, 'reminder', paidUntil!.getTime(), now));
    } catch (err) {
      console.error('billing cron failed for a company', id, err);
    }
  }
  return { expired, reminded };
}
