import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

/** Public account pages (F1): each loads on demand, outside the signed-in frame. */
export const authRoutes: RouteDefinition[] = [
  { path: '/signup', component: lazy(() => import('./signup-page')) },
  { path: '/check-email', component: lazy(() => import('./check-email-page')) },
  { path: '/verify', component: lazy(() => import('./verify-page')) },
  { path: '/login', component: lazy(() => import('./login-page')) },
  { path: '/forgot-password', component: lazy(() => import('./forgot-password-page')) },
  { path: '/reset-password', component: lazy(() => import('./reset-password-page')) },
  { path: '/confirm-notification-email', component: lazy(() => import('./confirm-notification-email-page')) },
];
