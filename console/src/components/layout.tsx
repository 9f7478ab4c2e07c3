import { A } from '@solidjs/router';
import { type ParentProps, Show } from 'solid-js';
import { VerifyBanner } from '../features/auth/verify-banner';
import { InvitationBadge, watchInvitations } from '../features/settings/invitation-badge';
import { api, call } from '../lib/api';
import { useSession } from '../lib/session';
import { PageBoundary } from './page-boundary';

/** The signed-in frame: top bar with navigation and the account menu. */
export function Layout(props: ParentProps) {
  const { me, setMe } = useSession();
  watchInvitations();
  // Signed out locally even if the server can't be reached: the cookie dies with its session row.
  // Clearing the session is enough: `RequireAuth` then takes the user to the login page.
  const logout = async () => {
    await call(api.api.auth.logout.$post()).catch(() => undefined);
    setMe(null);
  };
  return (
    <div class="shell">
      <header class="topbar">
        <A href="/" class="brand">
          Parley
        </A>
        <nav aria-label="Main">
          <A href="/companies">Companies</A>
          <A href="/settings">
            Settings
            <InvitationBadge />
          </A>
          <Show when={me()?.admin}>
            <A href="/help-articles">Help</A>
          </Show>
        </nav>
        <Show when={me()}>
          {(user) => (
            <div class="account">
              <Show when={user().avatarUrl}>{(src) => <img class="avatar-sm" src={src()} alt="" />}</Show>
              <span class="account-name">{user().name}</span>
              <button type="button" class="ghost" onClick={logout}>
                Log out
              </button>
            </div>
          )}
        </Show>
      </header>
      <VerifyBanner />
      <main class="content">
        <PageBoundary>{props.children}</PageBoundary>
      </main>
    </div>
  );
}
