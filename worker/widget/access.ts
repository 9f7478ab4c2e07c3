import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { companies } from '../../db/schema';
import { membershipOf } from '../companies/membership';
import { companyForOrigin } from '../domains/lookup';
import { ApiError } from '../lib/errors';
import { isOwnOrigin, requestOrigin } from '../lib/own-origin';
import type { AppEnv } from '../types';

/** Who may run a company's widget on this request (F3, F8). */
export interface WidgetAccess {
  companyId: string;
  /** The page's origin: a registered domain, or the console's own for the Test chat page. */
  origin: string;
  /**
   * The signed-in member running the company's widget on the console's Test chat page, or null
   * for a visitor on a registered domain. Only the latter counts as an installed widget.
   */
  testChatUserId: string | null;
  /** How many visitor gateways the company has (worker/lib/visitor-gateway.ts). */
  gateways: number;
}

/** The error for requests from sites no company registered (F3). */
export const originNotAllowed = () => new ApiError(403, 'origin_not_allowed', 'This website is not registered to use the widget.');

/**
 * Decides whether the request may use the widget with `key`: from a registered domain of the
 * key's company (a D1 read per request, so a new domain works at once), or from the console's own
 * origin with the session of a verified member of that company (the Test chat page). Null otherwise.
 */
export async function widgetAccess(c: Context<AppEnv>, key: string): Promise<WidgetAccess | null> {
  const origin = requestOrigin(c);
  if (!origin) return null;
  const db = c.get('db');
  const user = c.get('user');
  if (user?.verified && isOwnOrigin(c, origin)) {
    const company = await db
      .select({ id: companies.id, gateways: companies.visitorGateways })
      .from(companies)
      .where(eq(companies.publicKey, key))
      .get();
    if (company && (await membershipOf(db, company.id, user.id)))
      return { companyId: company.id, origin, testChatUserId: user.id, gateways: company.gateways };
  }
  const company = await companyForOrigin(db, origin, key);
  return company && company.publicKey === key
    ? { companyId: company.companyId, origin, testChatUserId: null, gateways: company.gateways }
    : null;
}

/**
 * Whether a CORS preflight may go ahead: its origin is the console's own or registered by some
 * company. Preflights carry neither the key nor cookies, so the real request decides the rest.
 */
export async function preflightAllowed(c: Context<AppEnv>): Promise<boolean> {
  const origin = c.req.header('origin');
  if (!origin) return false;
  return isOwnOrigin(c, origin) || (await companyForOrigin(c.get('db'), origin)) !== null;
}

/**
 * CORS for widget endpoints: every answer, refusals included, is readable by the page that asked,
 * so the widget can tell "this site is not registered" from a network failure. A refusal says no
 * more than that; anything else is only answered to an allowed origin.
 */
export const widgetCors = createMiddleware<AppEnv>(async (c, next) => {
  const origin = c.req.header('origin');
  if (origin) {
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Access-Control-Expose-Headers', 'Retry-After');
  }
  c.header('Vary', 'Origin');
  await next();
});

/** The answer headers of an allowed CORS preflight; `headers` are the request headers the route reads. */
export function preflightHeaders(methods: string, headers = 'Content-Type'): Record<string, string> {
  return {
    'Access-Control-Allow-Methods': methods,
    'Access-Control-Allow-Headers': headers,
    'Access-Control-Max-Age': '600',
  };
}
