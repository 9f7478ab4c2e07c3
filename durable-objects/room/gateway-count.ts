import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { companies } from '../../db/schema';

/** Raises the company's gateway count in D1 (read by the worker's Origin lookup); never lowers it. */
export async function raiseGatewayCount(db: Db, companyId: string, count: number): Promise<void> {
  await db
    .update(companies)
    .set({ visitorGateways: count })
    .where(and(eq(companies.id, companyId), lt(companies.visitorGateways, count)));
}
