import type { RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';

/**
 * The chat page and the chat history (F11), children of the company area
 * (/companies/:companyId/chat, …/chat/history).
 */
export const chatCompanyRoutes: RouteDefinition[] = [
  { path: '/chat', component: lazy(() => import('./chat-page')) },
  { path: '/chat/history', component: lazy(() => import('./history-page')) },
];
