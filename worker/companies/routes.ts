import { Hono } from 'hono';
import { requireUser } from '../middleware/session';
import type { AppEnv } from '../types';
import { categoriesApp } from './categories';
import { companiesApp } from './companies';
import { destinationsApp } from './destinations';
import { domainsApp } from './domains';
import { fastResponsesApp } from './fast-responses';
import { languagesApp } from './languages';
import { requireMember } from './membership';
import { notificationEmailApp } from './notification-email';
import { operatorsApp } from './operators';
import { widgetCodeApp } from './widget-code';

/**
 * Companies and everything under /api/companies/:companyId (F2–F8, F12). The membership check is
 * registered once, before any route, on `/:companyId/*` (which also matches `/:companyId`), so
 * every company route — including ones other files mount at /api/companies later — sees
 * `company` and `role`, and a non-member gets 404.
 */
export const companyRoutes = new Hono<AppEnv>()
  .use(requireUser)
  .use('/:companyId/*', requireMember)
  .route('/', companiesApp)
  .route('/:companyId/domains', domainsApp)
  .route('/:companyId/languages', languagesApp)
  .route('/:companyId/categories', categoriesApp)
  .route('/:companyId', operatorsApp)
  .route('/:companyId', destinationsApp)
  .route('/:companyId/fast-responses', fastResponsesApp)
  .route('/:companyId/widget-code', widgetCodeApp)
  .route('/:companyId/notification-email', notificationEmailApp);
