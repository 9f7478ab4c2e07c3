import { and, eq } from 'drizzle-orm';
import type { CompanyRole } from '../../common/schemas/company';
import type { Db } from '../../db/client';
import { memberships } from '../../db/schema';
import { clearOperatorDestinations } from './destination-store';

/** The user's role in the company, or undefined for a non-member. */
export async function memberRole(db: Db, companyId: string, userId: string): Promise<CompanyRole | undefined> {
  const row = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId)))
    .get();
  return row?.role;
}

/** Ends one membership and deletes that operator's destinations in the company (removed or left). */
export async function removeMember(db: Db, companyId: string, userId: string): Promise<void> {
  await db.batch([
    db.delete(memberships).where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId))),
    ...clearOperatorDestinations(db, companyId, userId),
  ]);
}
