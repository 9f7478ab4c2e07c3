import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { companies, users } from '../../db/schema';

/**
 * Where a company's visitor mail goes (the offline form, its help feedback): the notification
 * email once its inbox confirmed it, else the owner's — always somewhere, and never to an address
 * nobody vouched for. Null when the company is gone.
 */
export async function notificationRecipient(db: Db, companyId: string): Promise<{ email: string; companyName: string } | null> {
  const row = await db
    .select({
      companyName: companies.name,
      notificationEmail: companies.notificationEmail,
      confirmedAt: companies.notificationEmailConfirmedAt,
      ownerEmail: users.email,
    })
    .from(companies)
    .innerJoin(users, eq(users.id, companies.ownerId))
    .where(eq(companies.id, companyId))
    .get();
  if (!row) return null;
  return { email: row.notificationEmail && row.confirmedAt ? row.notificationEmail : row.ownerEmail, companyName: row.companyName };
}
