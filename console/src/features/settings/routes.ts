import { Navigate, type RouteDefinition } from '@solidjs/router';
import { lazy } from 'solid-js';
import { SettingsLayout } from './settings-layout';

/** Settings → Display name, General (avatar), Operator companies, Sessions and Two-factor; rendered in the signed-in frame. */
export const settingsRoutes: RouteDefinition[] = [
  {
    path: '/settings',
    component: SettingsLayout,
    children: [
      { path: '/', component: () => Navigate({ href: '/settings/profile' }) },
      { path: '/profile', component: lazy(() => import('./profile-page')) },
      { path: '/general', component: lazy(() => import('./general-page')) },
      { path: '/companies', component: lazy(() => import('./operator-companies')) },
      { path: '/sessions', component: lazy(() => import('./sessions-page')) },
      { path: '/two-factor', component: lazy(() => import('./two-factor-page')) },
    ],
  },
];
