import { Navigate, useLocation } from '@solidjs/router';
import { createEffect, Match, type ParentProps, Switch } from 'solid-js';
import { useSession } from '../lib/session';
import { Layout } from './layout';

/**
 * Signed-in pages: shows a loading state and sends signed-out visitors to the login page, which
 * brings them back (`?next=`). Someone who just logged out goes to a plain login page instead.
 */
export function RequireAuth(props: ParentProps) {
  const { me, refresh } = useSession();
  const location = useLocation();
  let signedInHere = false;
  createEffect(() => {
    if (!me.error && me()) signedInHere = true;
  });
  const loginHref = () => (signedInHere ? '/login' : `/login?next=${encodeURIComponent(location.pathname + location.search)}`);
  return (
    <Switch>
      <Match when={me.error}>
        <div class="auth-page">
          <p class="form-error" role="alert">
            Cannot reach the server.
          </p>
          <button type="button" onClick={refresh}>
            Retry
          </button>
        </div>
      </Match>
      <Match when={me.state === 'pending'}>
        <p class="loading page-loading" aria-busy="true">
          Loading…
        </p>
      </Match>
      <Match when={me() === null}>
        <Navigate href={loginHref()} />
      </Match>
      <Match when={me()}>
        <Layout>{props.children}</Layout>
      </Match>
    </Switch>
  );
}
