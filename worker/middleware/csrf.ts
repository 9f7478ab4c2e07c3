import { createMiddleware } from 'hono/factory';
import { ApiError } from '../lib/errors';
import { isOwnOrigin } from '../lib/own-origin';
import type { AppEnv } from '../types';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes called cross-origin by widgets on customers' sites; they carry no cookie authority. */
const CROSS_ORIGIN_PREFIX = '/api/widget/';
/** Body types a browser can send cross-site without a CORS preflight. */
const SIMPLE_BODY_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * CSRF defence for cookie-authenticated writes: the browser must say the request is same-origin
 * (Sec-Fetch-Site / Origin), and the body must not be of a type a foreign form can send.
 */
export const csrf = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method) || c.req.path.startsWith(CROSS_ORIGIN_PREFIX)) return next();

  const site = c.req.header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') {
    throw new ApiError(403, 'cross_site_request', 'Cross-site requests are not allowed.');
  }
  const origin = c.req.header('origin');
  if (origin && !isOwnOrigin(c, origin)) {
    throw new ApiError(403, 'cross_site_request', 'Cross-site requests are not allowed.');
  }
  const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (SIMPLE_BODY_TYPES.includes(type)) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  await next();
});
