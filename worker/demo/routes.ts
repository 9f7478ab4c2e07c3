import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { getDb } from '../../db/client';
import { companies } from '../../db/schema';
import { widgetSnippet } from '../companies/widget-code';
import { companyForOrigin } from '../domains/lookup';
import type { AppEnv } from '../types';
import { DEMO_CSS, demoPageHtml } from './page';

/**
 * The local demo site (F8, development only): `http://<registered domain>.localhost:PORT/` serves
 * a small shop page with the company's snippet, so the widget runs on a real registered origin.
 * Every other request to `/` (the console itself, or any deployed environment) goes to the
 * static assets.
 */
export const demoSiteRoutes = new Hono<AppEnv>().get('/', async (c) => {
  const { hostname, origin } = new URL(c.req.url);
  const demo = c.env.ENVIRONMENT === 'development' && hostname.endsWith('.localhost') && origin !== new URL(c.env.APP_ORIGIN).origin;
  if (!demo) return c.env.ASSETS.fetch(c.req.raw);
  const db = getDb(c.env.DB);
  const found = await companyForOrigin(db, origin);
  // An unregistered host with `?key=` shows the snippet anyway: the widget must refuse to start there.
  const key = found?.publicKey ?? c.req.query('key');
  if (!key) return c.text(`${hostname} is not a registered widget domain. Add it on a company's Domains page.`, 404);
  const [company] = found ? await db.select({ name: companies.name }).from(companies).where(eq(companies.id, found.companyId)) : [];
  const app = new URL(c.env.APP_ORIGIN);
  const styleHash = await sha256Base64(DEMO_CSS);
  // A strict policy, like a careful shop would set: the widget must work with only its own origin allowed.
  c.header(
    'Content-Security-Policy',
    [
      "default-src 'none'",
      `script-src ${app.origin}`,
      `connect-src ${app.origin} ${app.origin.replace(/^http/, 'ws')}`,
      `img-src ${app.origin} data:`,
      `style-src 'sha256-${styleHash}'`,
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; '),
  );
  c.header('Cache-Control', 'no-store');
  return c.html(
    demoPageHtml({
      companyName: company?.name ?? 'Unregistered site',
      snippet: widgetSnippet(app.origin, key),
      page: c.req.query('page') ?? 'home',
    }),
  );
});

async function sha256Base64(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}
