import { createMiddleware } from 'hono/factory';
import { BASELINE_SECURITY_HEADERS, PAGE_SECURITY_HEADERS } from '../../common/security-headers';
import type { AppEnv } from '../types';

/**
 * Adds the security headers to whatever the worker answers: the baseline on every response, the
 * console's page policy on HTML that doesn't set its own (the console's index answered through
 * the worker, server-rendered pages). A page with its own policy (the local demo shop, which
 * plays a customer's site) keeps it. WebSocket upgrades pass untouched.
 */
export const securityHeaders = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.res.status === 101) return;
  const html = (c.res.headers.get('content-type') ?? '').startsWith('text/html');
  const wanted = html && !c.res.headers.has('content-security-policy') ? PAGE_SECURITY_HEADERS : BASELINE_SECURITY_HEADERS;
  // Responses fetched from another binding (the assets) have immutable headers: copy first.
  const res = new Response(c.res.body, c.res);
  for (const [name, value] of Object.entries(wanted)) if (!res.headers.has(name)) res.headers.set(name, value);
  c.res = res;
});
