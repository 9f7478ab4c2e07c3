import { createAsync, revalidate } from '@solidjs/router';
import { onCleanup, onMount, Show, Suspense } from 'solid-js';
import { plural } from '../../../../common/plural';
import { getMyInvitations } from './queries';

/**
 * How often an open console asks for new invitations while its tab is in view. No push channel
 * reaches a user outside a company (the live socket is per company), so a light poll it is: one
 * small read per interval, and one when the tab comes back into view or focus.
 */
export const INVITATIONS_POLL_MS = 30_000;

/** Keeps the invitations current while the signed-in console is open; call once, in the frame. */
export function watchInvitations(): void {
  const refresh = () => document.visibilityState === 'visible' && void revalidate(getMyInvitations.key);
  onMount(() => {
    const timer = setInterval(refresh, INVITATIONS_POLL_MS);
    document.addEventListener('visibilitychange', refresh);
    window.addEventListener('focus', refresh);
    onCleanup(() => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener('focus', refresh);
    });
  });
}

/** How many invitations wait for an answer, beside a navigation link; nothing when none. */
export function InvitationBadge() {
  // A hint, not the page: a failed read keeps the last count and never shows an error.
  const invitations = createAsync((last: number | undefined) =>
    getMyInvitations().then(
      (list) => list.length,
      () => last ?? 0,
    ),
  );
  const count = () => invitations() ?? 0;
  return (
    <Suspense>
      <Show when={count() > 0}>
        <span class="badge nav-count" data-testid="invitation-badge">
          <span aria-hidden="true">{count()}</span>
          <span class="sr-only">, {plural(count(), { one: 'an invitation waits', other: '{n} invitations wait' })} for your answer</span>
        </span>
      </Show>
    </Suspense>
  );
}
