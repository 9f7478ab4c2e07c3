import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { memberships } from '../../db/schema';
import { clearOperatorDestinations } from './destination-store';

/** Ends one membership and deletes that operator's destinations in the company (removed or left). */
export async function removeMember(db: Db, companyId: string, userId: string): Promise<void> {
  await db.batch([
    db.delete(memberships).where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId))),
    ...clearOperatorDestinations(db, companyId, userId),
  ]);
}
