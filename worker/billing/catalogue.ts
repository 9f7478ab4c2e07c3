import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { plans } from '../../db/schema';

/** One plan of the catalogue as GET /api/plans answers it (prices in minor units per operator per 30-day month). */
export type Plan = typeof plans.$inferSelect;

/** The whole catalogue, Free first. */
export function listPlans(db: Db): Promise<Plan[]> {
  return db.select().from(plans).orderBy(asc(plans.position));
}

/** One plan by id, or undefined when the catalogue has no such plan. */
export function findPlan(db: Db, id: string): Promise<Plan | undefined> {
  return db.select().from(plans).where(eq(plans.id, id)).get();
}

/** The catalogue entry without its sort key. */
export function publicPlan({ position: _position, ...plan }: Plan) {
  return plan;
}
