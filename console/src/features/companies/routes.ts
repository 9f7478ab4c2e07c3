import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';
import { NotFound } from '../../components/not-found';
import { chatCompanyRoutes } from '../chat/routes';
import { companyHelpRoutes } from '../help-articles/routes';
import { offlineMessagesRoutes } from '../offline-messages/routes';
import { reportsRoutes } from '../reports/routes';

/**
 * My companies and one company's area (F2–F8, F12), inside the signed-in frame. Each section is
 * its own folder (page, list, form, tests) and its own URL, so it can be bookmarked and switched
 * between companies.
 */
export const companiesRoutes: RouteDefinition[] = [
  { path: '/companies', component: lazy(() => import('./list/companies-page')) },
  {
    path: '/companies/:companyId',
    component: lazy(() => import('./company-area/company-layout')),
    children: [
      { path: '/', component: lazy(() => import('./overview/overview-page')) },
      { path: '/settings', component: lazy(() => import('./settings/settings-page')) },
      { path: '/domains', component: lazy(() => import('./domains/domains-page')) },
      { path: '/languages', component: lazy(() => import('./languages/languages-page')) },
      { path: '/categories', component: lazy(() => import('./categories/categories-page')) },
      { path: '/operators', component: lazy(() => import('./operators/operators-page')) },
      { path: '/operators/:userId/destinations', component: lazy(() => import('./operators/destinations-page')) },
      { path: '/fast-responses', component: lazy(() => import('./fast-responses/fast-responses-page')) },
      ...companyHelpRoutes,
      { path: '/plan', component: lazy(() => import('./plan/plan-page')) },
      { path: '/widget/code', component: lazy(() => import('./widget/widget-code-page')) },
      { path: '/widget/test-chat', component: lazy(() => import('./widget/test-chat-page')) },
      ...chatCompanyRoutes,
      ...offlineMessagesRoutes,
      ...reportsRoutes,
      // An unknown section keeps the company's navigation around the 404.
      { path: '*404', component: NotFound },
    ],
  },
];
