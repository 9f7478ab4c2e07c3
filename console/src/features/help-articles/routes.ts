import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

/** Help articles (F16): Parley's knowledge base, for the service admins; rendered in the signed-in frame. */
export const helpArticlesRoutes: RouteDefinition[] = [
  { path: '/help-articles', component: lazy(() => import('./help-articles-page')) },
  { path: '/help-articles/feedback', component: lazy(() => import('./help-feedback-page')) },
  { path: '/help-articles/new', component: lazy(() => import('./article-editor-page')) },
  { path: '/help-articles/:slug', component: lazy(() => import('./article-editor-page')) },
];
