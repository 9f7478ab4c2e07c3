import { createMiddleware } from 'hono/factory';
import { companyForOrigin, type OriginCompany } from '../domains/lookup';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../types';

/** Hono generics after `allowWidgetOrigin`: the company whose registered domain sent the request. */
export interface WidgetOriginEnv {
  Bindings: Env;
  Variables: AppEnv['Variables'] & { originCompany: OriginCompany };
}

/** The error for requests from sites no company registered (F3). */
export const originNotAllowed = () => new ApiError(403, 'origin_not_allowed', 'This website is not registered to use the widget.');

/**
 * Lets a widget on a registered domain call this route cross-origin: resolves `Origin` to its
 * company (403 `origin_not_allowed` otherwise) and sets the CORS headers before the handler runs,
 * so validation and rate-limit errors reach the widget's script readable too.
 */
export const allowWidgetOrigin = createMiddleware<WidgetOriginEnv>(async (c, next) => {
  const origin = c.req.header('origin');
  const company = await companyForOrigin(c.get('db'), origin);
  if (!origin || !company) throw originNotAllowed();
  c.header('Access-Control-Allow-Origin', origin);
  c.header('Vary', 'Origin');
  c.header('Access-Control-Expose-Headers', 'Retry-After');
  c.set('originCompany', company);
  await next();
});

/** The answer to a CORS preflight from a registered origin (after `allowWidgetOrigin`). */
export function preflightHeaders(methods: string): Record<string, string> {
  return {
    'Access-Control-Allow-Methods': methods,
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': '600',
  };
}
