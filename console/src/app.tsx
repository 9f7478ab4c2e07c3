import { Navigate, type RouteDefinition, Router } from '@solidjs/router';
import { NotFoundPage } from './components/not-found';
import { RequireAuth } from './components/require-auth';
import { authRoutes } from './features/auth/routes';
import { companiesRoutes } from './features/companies/routes';
import { devMailRoutes } from './features/dev-mail/routes';
import { helpArticlesRoutes } from './features/help-articles/routes';
import { settingsRoutes } from './features/settings/routes';
import { SessionProvider } from './lib/session';

/**
 * Each feature folder exports its own routes. Public ones (auth, dev mailbox) stand alone;
 * the rest render inside the signed-in frame.
 */
const routes: RouteDefinition[] = [
  ...authRoutes,
  ...devMailRoutes,
  {
    path: '/',
    component: RequireAuth,
    children: [
      { path: '/', component: () => <Navigate href="/companies" /> },
      ...settingsRoutes,
      ...companiesRoutes,
      ...helpArticlesRoutes,
    ],
  },
  { path: '*404', component: NotFoundPage },
];

export function App() {
  return (
    <SessionProvider>
      <Router>{routes}</Router>
    </SessionProvider>
  );
}
