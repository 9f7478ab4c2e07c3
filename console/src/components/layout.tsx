import { A, useNavigate } from '@solidjs/router';
import { Show, type ParentProps } from 'solid-js';
import { api, call } from '../lib/api';
import { useSession } from '../lib/session';

/** The signed-in frame: top bar with navigation and the account menu. */
export function Layout(props: ParentProps) {
  const { me, setMe } = useSession();
  const navigate = useNavigate();
  const logout = async () => {
    await call(api.api.auth.logout.$post()).catch(() => undefined);
    setMe(null);
    navigate('/login');
  };
  return (
    <div class="shell">
      <header class="topbar">
        <A href="/" class="brand">
          Parley
        </A>
        <nav aria-label="Main">
          <A href="/companies">Companies</A>
          <A href="/settings/profile">Settings</A>
        </nav>
        <Show when={me()}>
          {(user) => (
            <div class="account">
              <Show when={user().avatarUrl}>{(src) => <img class="avatar-sm" src={src()} alt="" />}</Show>
              <span>{user().name}</span>
              <button type="button" class="link" onClick={logout}>
                Log out
              </button>
            </div>
          )}
        </Show>
      </header>
      <main class="content">{props.children}</main>
    </div>
  );
}
