import { Navigate, useLocation } from '@solidjs/router';
import { Match, Switch, type ParentProps } from 'solid-js';
import { useSession } from '../lib/session';
import { Layout } from './layout';

/** Signed-in pages: shows a loading state, sends signed-out visitors to the login page. */
export function RequireAuth(props: ParentProps) {
  const { me } = useSession();
  const location = useLocation();
  return (
    <Switch>
      <Match when={me.error}>
        <p class="form-error" role="alert">
          Cannot reach the server. <button type="button" onClick={() => location.pathname && window.location.reload()}>Retry</button>
        </p>
      </Match>
      <Match when={me.loading}>
        <p class="loading" aria-busy="true">
          Loading…
        </p>
      </Match>
      <Match when={me() === null}>
        <Navigate href={`/login?next=${encodeURIComponent(location.pathname)}`} />
      </Match>
      <Match when={me()}>
        <Layout>{props.children}</Layout>
      </Match>
    </Switch>
  );
}
