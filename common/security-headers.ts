/**
 * The security headers of the console and of every HTML page the worker serves (SPEC S). The
 * console's static files get them from the assets `_headers` file its build writes; the worker
 * adds them to the responses it answers itself (worker/middleware/security-headers.ts).
 *
 * The policy allows no inline script at all (the console build refuses an inline `<script>`);
 * `blob:` images are the avatar preview, `data:` the favicon; `'self'` also covers the same-host
 * WebSocket. Framing is refused outright: the console never runs inside another site.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers that belong on every response: no MIME sniffing, no leaking paths (tokens) to other sites, HTTPS only. */
export const BASELINE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
};

/** Everything an HTML page of the console (or the help pages) is sent with. */
export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONSOLE_CSP,
  'X-Frame-Options': 'DENY',
  ...BASELINE_SECURITY_HEADERS,
};
