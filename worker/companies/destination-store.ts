import { and, eq } from 'drizzle-orm';
import type { OperatorDestinations } from '../../common/routing/serves';
import type { Db } from '../../db/client';
import { operatorCategories, operatorLanguages } from '../../db/schema';

/** Statements deleting every destination assignment of a company (F5: when category support flips). */
export function clearAllDestinations(db: Db, companyId: string) {
  return [
    db.delete(operatorLanguages).where(eq(operatorLanguages.companyId, companyId)),
    db.delete(operatorCategories).where(eq(operatorCategories.companyId, companyId)),
  ] as const;
}

/** Statements deleting one operator's assignments in a company (removed or left). */
export function clearOperatorDestinations(db: Db, companyId: string, userId: string) {
  return [
    db.delete(operatorLanguages).where(and(eq(operatorLanguages.companyId, companyId), eq(operatorLanguages.userId, userId))),
    db.delete(operatorCategories).where(and(eq(operatorCategories.companyId, companyId), eq(operatorCategories.userId, userId))),
  ] as const;
}

/**
 * Operators' destinations in a company keyed by user id (operators without any are absent);
 * only `userId`'s when given.
 */
export async function destinationsByOperator(db: Db, companyId: string, userId?: string): Promise<Map<string, OperatorDestinations>> {
  const langWhere = and(eq(operatorLanguages.companyId, companyId), userId ? eq(operatorLanguages.userId, userId) : undefined);
  const catWhere = and(eq(operatorCategories.companyId, companyId), userId ? eq(operatorCategories.userId, userId) : undefined);
  const [langs, cats] = await db.batch([
    db
      .select({ userId: operatorLanguages.userId, code: operatorLanguages.code })
      .from(operatorLanguages)
      .where(langWhere)
      .orderBy(operatorLanguages.code),
    db.select({ userId: operatorCategories.userId, categoryId: operatorCategories.categoryId }).from(operatorCategories).where(catWhere),
  ]);
  const out = new Map<string, { languages: string[]; categories: string[] }>();
  const entry = (userId: string) => {
    const found = out.get(userId);
    if (found) return found;
    const e: { languages: string[]; categories: string[] } = { languages: [], categories: [] };
    out.set(userId, e);
    return e;
  };
  for (const l of langs) entry(l.userId).languages.push(l.code);
  for (const c of cats) entry(c.userId).categories.push(c.categoryId);
  return out;
}

/** One operator's destinations (empty lists when none are set). */
export async function destinationsOf(db: Db, companyId: string, userId: string): Promise<OperatorDestinations> {
  return (await destinationsByOperator(db, companyId, userId)).get(userId) ?? { languages: [], categories: [] };
}
