import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

const pages = (base: string): RouteDefinition[] => [
  { path: base, component: lazy(() => import('./help-articles-page')) },
  { path: `${base}/feedback`, component: lazy(() => import('./help-feedback-page')) },
  { path: `${base}/new`, component: lazy(() => import('./article-editor-page')) },
  { path: `${base}/:slug`, component: lazy(() => import('./article-editor-page')) },
];

/** Help articles (F16): Parley's knowledge base, for the service admins; rendered in the signed-in frame. */
export const helpArticlesRoutes = pages('/help-articles');

/** Company → Help center (F19): the same pages over the company's own articles, inside its area. */
export const companyHelpRoutes = pages('/help');
