import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ORIGIN_NOT_ALLOWED } from '../../common/errors';
import { membershipOf } from '../companies/membership';
import { companyForOrigin } from '../domains/lookup';
import { ApiError } from '../lib/errors';
import { isOwnOrigin, requestOrigin } from '../lib/own-origin';
import type { AppEnv } from '../types';
import { companyForKey } from './key-company';

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
export const originNotAllowed = () => new ApiError(ORIGIN_NOT_ALLOWED.status, ORIGIN_NOT_ALLOWED.code, ORIGIN_NOT_ALLOWED.message);

/** Whether the request comes from the console's Test chat page: a verified user's session on the console's own origin. */
export function fromTestChat(c: Context<AppEnv>, origin: string): boolean {
  return c.get('user')?.verified === true && isOwnOrigin(c, origin);
}

/**
 * An idle widget on a customer's page (it names its visitor): the company of `key` (cached,
 * key-company.ts) and the page's origin, which the visitor's gateway checks against the company's
 * registered domains it holds. So a boot reads no D1. Null when the request has no origin or no
 * company has the key.
 */
export async function pageAccess(c: Context<AppEnv>, key: string): Promise<WidgetAccess | null> {
  const origin = requestOrigin(c);
  if (!origin) return null;
  const company = await companyForKey(c.get('db'), key);
  return company && { companyId: company.companyId, origin, testChatUserId: null, gateways: company.gateways };
}

/**
 * Decides whether the request may use the widget with `key` on the company's room: from a
 * registered domain of the key's company (a D1 read per request, so a new domain works at once),
 * or from the console's own origin with the session of a verified member of that company (the
 * Test chat page). Null otherwise.
 */
export async function widgetAccess(c: Context<AppEnv>, key: string): Promise<WidgetAccess | null> {
  const origin = requestOrigin(c);
  if (!origin) return null;
  const db = c.get('db');
  const user = c.get('user');
  if (user && fromTestChat(c, origin)) {
    const company = await companyForKey(db, key);
    if (company && (await membershipOf(db, company.companyId, user.id)))
      return { companyId: company.companyId, origin, testChatUserId: user.id, gateways: company.gateways };
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
