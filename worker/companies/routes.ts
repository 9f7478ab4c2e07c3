import { Hono } from 'hono';
import { attachmentCompanyRoutes } from '../attachments/company-routes';
import { billingCompanyRoutes } from '../billing/company-routes';
import { companyArticlesApp, companyHelpReadsApp } from '../help/company-routes';
import { requireUser } from '../middleware/session';
import { offlineCompanyRoutes } from '../offline/company-routes';
import { chatHistoryRoutes } from '../realtime/chat-history';
import { operatorConnectRoutes } from '../realtime/operator-connect';
import { reportRoutes } from '../reports/routes';
import type { AppEnv } from '../types';
import { categoriesApp } from './categories';
import { companiesApp, companySettingsApp } from './companies';
import { destinationsApp } from './destinations';
import { domainsApp } from './domains';
import { fastResponsesApp } from './fast-responses';
import { languagesApp } from './languages';
import { type CompanyEnv, requireMember } from './membership';
import { notificationEmailApp } from './notification-email';
import { operatorsApp } from './operators';
import { visitorDataApp } from './visitor-data';
import { widgetCodeApp } from './widget-code';

/**
 * Everything under /api/companies/:companyId (F2–F8, F10–F12, F14, F15). The membership check runs
 * once, before any route, so every handler sees `company` and `role` and a non-member gets 404.
 * A new company route is mounted here and needs a row in test/route-matrix.ts.
 */
const companyApp = new Hono<CompanyEnv>()
  .use(requireMember)
  .route('/', companySettingsApp)
  .route('/domains', domainsApp)
  .route('/languages', languagesApp)
  .route('/categories', categoriesApp)
  .route('/', operatorsApp)
  .route('/', destinationsApp)
  .route('/fast-responses', fastResponsesApp)
  .route('/widget-code', widgetCodeApp)
  .route('/connect', operatorConnectRoutes)
  .route('/chats', chatHistoryRoutes)
  .route('/chats', attachmentCompanyRoutes)
  .route('/offline-messages', offlineCompanyRoutes)
  .route('/notification-email', notificationEmailApp)
  .route('/visitors', visitorDataApp)
  .route('/', billingCompanyRoutes)
  .route('/articles', companyArticlesApp)
  .route('/', companyHelpReadsApp)
  .route('/', reportRoutes);

/** /api/companies: the caller's companies, and each company's own sub-app. */
export const companyRoutes = new Hono<AppEnv>().use(requireUser).route('/', companiesApp).route('/:companyId', companyApp);
