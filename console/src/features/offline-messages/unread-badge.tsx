import { onCleanup, onMount, Show } from 'solid-js';
import { fetchOfflineMessages } from './inbox-api';
import { unreadCount } from './unread-count';
import './offline-messages.css';

/** New offline messages arrive without a push, so the badge asks again this often while the tab is visible. */
const POLL_MS = 60_000;

/** The unread offline messages count for the company navigation; nothing when there are none. */
export function OfflineUnreadBadge(props: { companyId: string }) {
  // A failed check keeps the last count: the badge is a hint, the page itself shows errors.
  const refresh = () => void fetchOfflineMessages(props.companyId, { limit: 1 }).catch(() => undefined);
  onMount(() => {
    refresh();
    const timer = setInterval(() => document.visibilityState === 'visible' && refresh(), POLL_MS);
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    onCleanup(() => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    });
  });
  const count = () => unreadCount(props.companyId) ?? 0;
  return (
    <Show when={count() > 0}>
      <span class="nav-count">
        <span aria-hidden="true">{count() > 99 ? '99+' : count()}</span>
        <span class="sr-only">, {count()} unread</span>
      </span>
    </Show>
  );
}
