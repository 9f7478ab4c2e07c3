import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { attachmentServeRoutes } from './attachments/serve-routes';
import { attachmentWidgetRoutes } from './attachments/widget-routes';
import { authRoutes } from './auth/routes';
import { avatarRoutes } from './avatars/routes';
import { billingRoutes } from './billing/routes';
import { notificationEmailConfirmRoutes } from './companies/notification-email';
import { companyRoutes } from './companies/routes';
import { demoSiteRoutes } from './demo/routes';
import { devRoutes } from './dev/routes';
import { helpRoutes } from './help/routes';
import { widgetHelpRoutes } from './help/widget-routes';
import { helpPageRoutes } from './help-pages/routes';
import { ApiError } from './lib/errors';
import { myCompanyRoutes } from './me/companies';
import { meRoutes } from './me/routes';
import { mySessionRoutes } from './me/sessions';
import { myTwoFactorRoutes } from './me/two-factor';
import { csrf } from './middleware/csrf';
import { securityHeaders } from './middleware/security-headers';
import { loadSession } from './middleware/session';
import { offlineWidgetRoutes } from './offline/widget-routes';
import { transcriptConfirmRoutes } from './transcript/confirm-routes';
import { transcriptWidgetRoutes } from './transcript/widget-routes';
import type { AppEnv } from './types';
import { widgetRoutes } from './widget/routes';

const app = new Hono<AppEnv>();

app.onError((err, c) => {
  if (err instanceof ApiError) return c.json(err.toBody(), err.status);
  if (err instanceof HTTPException) {
    // Hono's own 4xx (malformed JSON body, oversized input) in our error shape.
    const status = err.status;
    return c.json({ error: { code: status === 400 ? 'invalid_input' : 'http_error', message: err.message || 'Bad request.' } }, status);
  }
  console.error('unhandled', err);
  return c.json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500);
});

app.notFound((c) => c.json({ error: { code: 'not_found', message: 'No such endpoint.' } }, 404));

app.use(securityHeaders);
app.use('/api/*', csrf, loadSession);

const routes = app
  .route('/api/auth', authRoutes)
  .route('/api/me', meRoutes)
  .route('/api/me', myCompanyRoutes)
  .route('/api/me', mySessionRoutes)
  .route('/api/me', myTwoFactorRoutes)
  .route('/api/avatars', avatarRoutes)
  .route('/api/attachments', attachmentServeRoutes)
  .route('/api/dev', devRoutes)
  .route('/api/notification-email', notificationEmailConfirmRoutes)
  .route('/api/companies', companyRoutes)
  .route('/api/widget', widgetRoutes)
  .route('/api/widget', offlineWidgetRoutes)
  .route('/api/widget', widgetHelpRoutes)
  .route('/api/widget', attachmentWidgetRoutes)
  .route('/api/widget', transcriptWidgetRoutes)
  .route('/api/widget', transcriptConfirmRoutes)
  .route('/api/help', helpRoutes)
  .route('/api', billingRoutes);

// The public help pages, server-rendered (F16, F19).
app.route('/help', helpPageRoutes);

// The local demo shop on registered *.localhost domains (development only; otherwise the console's index).
app.route('/', demoSiteRoutes);

/** The typed route table; the console builds its client with `hc<AppType>`. */
export type AppType = typeof routes;
export { app };
