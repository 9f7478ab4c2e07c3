import { count, eq } from 'drizzle-orm';
import { operatorLimit } from '../../common/plans/limits';
import type { Db } from '../../db/client';
import { companies, memberships } from '../../db/schema';
import { ApiError } from '../lib/errors';

/**
 * 409 `plan_limit` when the company's members already fill its operator limit, so accepting an
 * invitation would add one past it (F15): after a period ends an invitation sent earlier no longer
 * holds a seat.
 */
export async function ensureSeatForNewMember(db: Db, companyId: string, now = Date.now()): Promise<void> {
  const [[company], [members]] = await db.batch([
    db
      .select({ planOperators: companies.planOperators, paidUntil: companies.paidUntil })
      .from(companies)
      .where(eq(companies.id, companyId)),
    db.select({ n: count() }).from(memberships).where(eq(memberships.companyId, companyId)),
  ]);
  if (!company || (members?.n ?? 0) < operatorLimit(company, new Date(now))) return;
  throw new ApiError(
    409,
    'plan_limit',
    "This company's plan has no free operator seat right now. Ask the owner to upgrade the plan, then accept again.",
  );
}
