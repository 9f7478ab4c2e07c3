import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { billingNotices, companies, users } from '../../db/schema';
import { sendMail } from '../mail/mailer';
import { endedMail, reminderMail } from './emails';

/** The console's Plan page of a company: renew links and receipts point here. */
export const planPageUrl = (appOrigin: string, companyId: string) => `${appOrigin}/companies/${encodeURIComponent(companyId)}/plan`;

export interface OwnerContact {
  companyName: string;
  ownerName: string;
  ownerEmail: string;
}

/** The company's name and its owner's name and address, or undefined when the company is gone. */
export function ownerContact(db: Db, companyId: string): Promise<OwnerContact | undefined> {
  return db
    .select({ companyName: companies.name, ownerName: users.name, ownerEmail: users.email })
    .from(companies)
    .innerJoin(users, eq(users.id, companies.ownerId))
    .where(eq(companies.id, companyId))
    .get();
}

/**
 * Mails the owner the reminder (3 days before) or the notice (at the end) of the period ending at
 * `paidUntil`, at most once per company, kind and period end. The row is claimed before sending
 * so overlapping cron runs can't both send; a failed send gives the claim back for the next run.
 */
export async function sendPeriodNotice(
  env: Env,
  db: Db,
  companyId: string,
  kind: 'reminder' | 'ended',
  paidUntil: number,
  now: number,
): Promise<boolean> {
  const claimed = await db
    .insert(billingNotices)
    .values({ companyId, kind, paidUntil: new Date(paidUntil), sentAt: new Date(now) })
    .onConflictDoNothing()
    .returning({ companyId: billingNotices.companyId });
  if (claimed.length === 0) return false;
  const owner = await ownerContact(db, companyId);
  if (!owner) return false;
  const build = kind === 'reminder' ? reminderMail : endedMail;
  try {
    await sendMail(env, {
      to: owner.ownerEmail,
      ...build(owner.ownerName, owner.companyName, new Date(paidUntil), planPageUrl(env.APP_ORIGIN, companyId)),
    });
    return true;
  } catch (err) {
    console.error('billing notice not delivered', companyId, kind, err);
    await db
      .delete(billingNotices)
      .where(
        and(eq(billingNotices.companyId, companyId), eq(billingNotices.kind, kind), eq(billingNotices.paidUntil, new Date(paidUntil))),
      );
    return false;
  }
}
