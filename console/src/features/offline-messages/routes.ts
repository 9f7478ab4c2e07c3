import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

/** The company area section (relative to /companies/:companyId) of the offline messages page. */
export const OFFLINE_MESSAGES_SECTION = 'offline-messages';

/** Offline messages (F14): a child of the company area, which provides the company context. */
export const offlineMessagesRoutes: RouteDefinition[] = [
  { path: `/${OFFLINE_MESSAGES_SECTION}`, component: lazy(() => import('./offline-messages-page')) },
];
