import { and, eq } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { CompanyRole } from '../../common/schemas/company';
import type { Db } from '../../db/client';
import { companies, memberships } from '../../db/schema';
import { forbidden, notFound } from '../lib/errors';
import type { AppEnv, SessionUser } from '../types';

/** A `companies` row as Drizzle reads it. */
export type CompanyRow = typeof companies.$inferSelect;

/** Hono generics for handlers under /api/companies/:companyId: the caller's company and role are loaded. */
export interface CompanyEnv {
  Bindings: Env;
  Variables: AppEnv['Variables'] & { user: SessionUser; company: CompanyRow; role: CompanyRole };
}

/**
 * Loads `company` and the caller's `role` for every /api/companies/:companyId/* request. A company
 * the caller isn't a member of answers 404, exactly like a missing one (API.md). Mounted once, on
 * the company sub-app (routes.ts), so no company route can skip it.
 */
export const requireMember = createMiddleware<CompanyEnv>(async (c, next) => {
  const companyId = c.req.param('companyId');
  const user = c.get('user');
  if (!companyId || !user) throw notFound('company');
  const row = await membershipOf(c.get('db'), companyId, user.id);
  if (!row) throw notFound('company');
  c.set('company', row.company);
  c.set('role', row.role);
  await next();
});

/** The user's membership of the company, with the company row, or undefined for a non-member. */
export function membershipOf(db: Db, companyId: string, userId: string): Promise<{ company: CompanyRow; role: CompanyRole } | undefined> {
  return db
    .select({ company: companies, role: memberships.role })
    .from(memberships)
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(memberships.companyId, companyId), eq(memberships.userId, userId)))
    .get();
}

/** Owner-only actions answer 403 to the company's operators. Use after `requireMember`. */
export const ownerOnly = createMiddleware<CompanyEnv>(async (c, next) => {
  if (c.get('role') !== 'owner') throw forbidden();
  await next();
});
