import { A } from '@solidjs/router';
import { createSignal, onCleanup, Show } from 'solid-js';
import { FormError } from '../../components/form';
import { useCompany } from '../companies/company-area/company-context';
import { companyPath } from '../companies/company-area/company-nav';
import { errorMessage } from '../companies/shared/error-message';
import { ListState } from '../companies/shared/list-state';
import { createLoader } from '../companies/shared/loader';
import { fetchOfflineMessages, setMessageRead } from './inbox-api';
import { appendPage, replaceMessage, withRead } from './inbox-list';
import { MessageDetail } from './message-detail';
import { MessageList } from './message-list';
import { setUnreadCount } from './unread-count';
import './offline-messages.css';

/**
 * Company → Offline messages (F14): what visitors left while no operator was free, newest first,
 * with each message's email delivery state. Opening an unread message marks it read.
 */
export default function OfflineMessagesPage() {
  const { companyId } = useCompany();
  const inbox = createLoader(() => fetchOfflineMessages(companyId));
  const [openId, setOpenId] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [detailError, setDetailError] = createSignal<string | null>(null);
  const [moreError, setMoreError] = createSignal<string | null>(null);
  const [loadingMore, setLoadingMore] = createSignal(false);

  // Messages arrive while the page is open in a background tab; coming back shows them.
  const onVisible = () => document.visibilityState === 'visible' && void inbox.reload();
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => document.removeEventListener('visibilitychange', onVisible));

  const opened = () => inbox.data()?.messages.find((m) => m.id === openId()) ?? null;

  /** Optimistic: the list and badge change at once; a refused change is put back and explained. */
  async function setRead(id: string, read: boolean) {
    const current = inbox.data();
    if (!current) return;
    setDetailError(null);
    setBusy(true);
    const optimistic = withRead(current, id, read);
    inbox.set(optimistic);
    setUnreadCount(companyId, optimistic.unreadCount);
    try {
      const saved = await setMessageRead(companyId, id, read);
      const now = inbox.data();
      if (now) inbox.set(replaceMessage(now, saved));
    } catch (err) {
      const now = inbox.data();
      if (now) {
        const reverted = withRead(now, id, !read);
        inbox.set(reverted);
        setUnreadCount(companyId, reverted.unreadCount);
      }
      setDetailError(`Couldn’t mark the message ${read ? 'read' : 'unread'}: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  }

  function close() {
    const id = openId();
    setOpenId(null);
    // Back to where the reader was in the list (on small screens the list was hidden).
    queueMicrotask(() => document.querySelector<HTMLElement>(`.offline-item[data-message-id="${CSS.escape(id ?? '')}"]`)?.focus());
  }

  function open(id: string) {
    setOpenId(id);
    setDetailError(null);
    const message = inbox.data()?.messages.find((m) => m.id === id);
    if (message && !message.read) void setRead(id, true);
  }

  async function loadMore() {
    const current = inbox.data();
    if (!current?.nextCursor) return;
    setMoreError(null);
    setLoadingMore(true);
    try {
      const older = await fetchOfflineMessages(companyId, { cursor: current.nextCursor });
      const now = inbox.data();
      if (now) inbox.set(appendPage(now, older));
    } catch (err) {
      setMoreError(`Couldn’t load older messages: ${errorMessage(err)}`);
    } finally {
      setLoadingMore(false);
    }
  }

  return (
    <>
      <div class="page-head">
        <h2 class="page-title">Offline messages</h2>
        <button type="button" onClick={() => void inbox.reload()} disabled={inbox.loading()} aria-busy={inbox.loading()}>
          {inbox.loading() ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      <p class="lead">
        Messages visitors leave when no operator is free. Each one is also emailed to the company’s notification email (or the owner’s).
      </p>
      <ListState loader={inbox} what="offline messages">
        <Show
          when={(inbox.data()?.messages.length ?? 0) > 0}
          fallback={
            <div class="card empty">
              <p>No offline messages yet.</p>
              <p>
                When no operator is free and the offline form is on, visitors can leave a message here.{' '}
                <A href={companyPath(companyId, 'settings')}>Offline form settings</A>
              </p>
            </div>
          }
        >
          <p class="offline-summary" role="status">
            {inbox.data()!.unreadCount === 0 ? 'All read' : `${inbox.data()!.unreadCount} unread`}
          </p>
          <div class="offline-inbox" classList={{ 'has-open': opened() !== null }}>
            <div class="offline-list-pane">
              <MessageList messages={inbox.data()!.messages} openId={openId()} onOpen={open} />
              <Show when={inbox.data()!.nextCursor}>
                <FormError message={moreError()} />
                <button
                  type="button"
                  class="offline-more"
                  onClick={() => void loadMore()}
                  disabled={loadingMore()}
                  aria-busy={loadingMore()}
                >
                  {loadingMore() ? 'Loading…' : 'Load older messages'}
                </button>
              </Show>
            </div>
            <Show when={opened()} fallback={<p class="offline-placeholder hint">Choose a message to read it.</p>}>
              {(message) => (
                <MessageDetail
                  message={message()}
                  busy={busy()}
                  error={detailError()}
                  onToggleRead={() => void setRead(message().id, !message().read)}
                  onClose={close}
                />
              )}
            </Show>
          </div>
        </Show>
      </ListState>
    </>
  );
}
