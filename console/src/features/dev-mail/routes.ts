import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

/** The dev mailbox (public; the API behind it answers 404 outside development). */
export const devMailRoutes: RouteDefinition[] = [{ path: '/dev/mail', component: lazy(() => import('./dev-mail-page')) }];
