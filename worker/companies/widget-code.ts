import { Hono } from 'hono';
import type { CompanyEnv } from './membership';

/** The tag an owner pastes into `<head>` (F8): one async script naming the company's public key. */
export function widgetSnippet(appOrigin: string, publicKey: string): string {
  const origin = appOrigin.replace(/\/+$/, '');
  return `<script async src="${origin}/widget.js" data-key="${publicKey}"></script>`;
}

/** Company page → Widget → Code. Mounted at /:companyId/widget-code. */
export const widgetCodeApp = new Hono<CompanyEnv>().get('/', (c) => {
  const { publicKey } = c.get('company');
  return c.json({ snippet: widgetSnippet(c.env.APP_ORIGIN, publicKey), publicKey });
});
