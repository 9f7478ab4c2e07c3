import { eq, inArray } from 'drizzle-orm';
import type { Report } from '../../common/reports/aggregate';
import type { ReportNames } from '../../common/schemas/reports';
import type { Db } from '../../db/client';
import { categories, users } from '../../db/schema';

/**
 * Names for the ids a report mentions: operators (also ones who have since left the company, by
 * their account) and the company's categories. An id with no name left is simply not listed.
 */
export async function reportNames(db: Db, companyId: string, report: Report): Promise<ReportNames> {
  const operatorIds = report.operators.map((o) => o.operatorId);
  const [people, titles] = await Promise.all([
    operatorIds.length === 0 ? [] : db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, operatorIds)),
    db.select({ id: categories.id, name: categories.name }).from(categories).where(eq(categories.companyId, companyId)),
  ]);
  return {
    operators: Object.fromEntries(people.map((p) => [p.id, p.name])),
    categories: Object.fromEntries(titles.map((t) => [t.id, t.name])),
  };
}
