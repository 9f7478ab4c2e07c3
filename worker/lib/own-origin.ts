/** The parts of a Hono context these checks read, so any sub-app's context fits. */
interface RequestContext {
  req: { url: string; header(name: string): string | undefined };
  env: Pick<Env, 'APP_ORIGIN'>;
}

/**
 * Whether `origin` is the console's own: the origin the request was sent to, or the configured
 * APP_ORIGIN (the two differ behind a proxy). Used by the CSRF check, the operator socket and the
 * Test chat page's widget.
 */
export function isOwnOrigin(c: RequestContext, origin: string): boolean {
  return origin === new URL(c.req.url).origin || origin === c.env.APP_ORIGIN;
}

/**
 * The origin of the page that sent the request: its `Origin` header, or for a same-origin
 * request the request's own origin, since browsers leave `Origin` off same-origin GETs.
 * `Sec-Fetch-Site` is set by the browser alone, so a foreign page can't claim same-origin.
 */
export function requestOrigin(c: RequestContext): string | null {
  const origin = c.req.header('origin');
  if (origin) return origin;
  return c.req.header('sec-fetch-site') === 'same-origin' ? new URL(c.req.url).origin : null;
}
