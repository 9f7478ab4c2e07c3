import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

/** Reports (F22): a child of the company area (/companies/:companyId/reports), a chunk of its own. */
export const reportsRoutes: RouteDefinition[] = [{ path: '/reports', component: lazy(() => import('./reports-page')) }];
