import { A } from '@solidjs/router';
import { Match, Switch } from 'solid-js';
import { AuthCard } from '../features/auth/auth-card';
import { useSession } from '../lib/session';
import { Layout } from './layout';

/** What an address that leads nowhere shows, wherever the frame around it is. */
export function NotFound() {
  document.title = 'Page not found · Parley';
  return (
    <section class="card empty" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>Nothing lives at this address. The link may be mistyped, or the page has moved.</p>
      <A href="/companies" class="button primary">
        Go to your companies
      </A>
    </section>
  );
}

/**
 * The console's 404: a signed-in person keeps the navigation (the same frame as every other
 * page), so they can go on from where they landed; anyone else gets the way to log in.
 */
export function NotFoundPage() {
  const { me } = useSession();
  return (
    <Switch>
      <Match when={!me.error && me()}>
        <Layout>
          <NotFound />
        </Layout>
      </Match>
      <Match when={me.error || me() === null}>
        <AuthCard title="Page not found">
          <p>Nothing lives at this address. The link may be mistyped, or the page has moved.</p>
          <A href="/login" class="button primary">
            Log in
          </A>
        </AuthCard>
      </Match>
      <Match when={me.loading}>
        <p class="loading page-loading" aria-busy="true">
          Loading…
        </p>
      </Match>
    </Switch>
  );
}
