import { useNavigate, useSearchParams } from '@solidjs/router';
import { createEffect, type ParentProps, Show } from 'solid-js';
import { useSession } from '../../lib/session';
import { safeNext } from './safe-next';

/**
 * Wraps pages meant for signed-out people (log in, sign up): a signed-in user is sent on to
 * `?next=` (or home). It is also how those pages leave after success — they set the session
 * and this one redirect does the rest.
 */
export function GuestOnly(props: ParentProps) {
  const { me } = useSession();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  createEffect(() => {
    // Reading an errored resource throws; a server we can't reach means "show the form".
    if (!me.error && me()) navigate(safeNext(search.next), { replace: true });
  });
  return (
    <Show
      when={!me.loading || me.error}
      fallback={
        <p class="loading page-loading" aria-busy="true">
          Loading…
        </p>
      }
    >
      {props.children}
    </Show>
  );
}
