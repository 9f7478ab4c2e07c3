import { A, revalidate } from '@solidjs/router';
import { createSignal, onCleanup, Show } from 'solid-js';
import { FormError } from '../../components/form';
import { QueryState } from '../../components/query-state';
import { createQueryData } from '../../lib/query-cache';
import { useCompany } from '../companies/company-area/company-context';
import { companyPath } from '../companies/company-area/company-nav';
import { errorMessage } from '../companies/shared/error-message';
import { fetchOfflineMessages, getOfflineInbox, setMessageRead } from './inbox-api';
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
  const inbox = createQueryData(getOfflineInbox, companyId);
  const current = inbox.read;
  const set = inbox.write;
  const [refreshing, setRefreshing] = createSignal(false);
  const refresh = () => {
    setRefreshing(true);
    void revalidate(inbox.key).finally(() => setRefreshing(false));
  };
  const [openId, setOpenId] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [detailError, setDetailError] = createSignal<string | null>(null);
  const [moreError, setMoreError] = createSignal<string | null>(null);
  const [loadingMore, setLoadingMore] = createSignal(false);

  // Messages arrive while the page is open in a background tab; coming back shows them.
  const onVisible = () => document.visibilityState === 'visible' && refresh();
  document.addEventListener('visibilitychange', onVisible);
  onCleanup(() => document.removeEventListener('visibilitychange', onVisible));

  const opened = () => inbox()?.messages.find((m) => m.id === openId()) ?? null;

  /** Optimistic: the list and badge change at once; a refused change is put back and explained. */
  async function setRead(id: string, read: boolean) {
    const before = current();
    if (!before) return;
    setDetailError(null);
    setBusy(true);
    const optimistic = withRead(before, id, read);
    set(optimistic);
    setUnreadCount(companyId, optimistic.unreadCount);
    try {
      const saved = await setMessageRead(companyId, id, read);
      const now = current();
      if (now) set(replaceMessage(now, saved));
    } catch (err) {
      const now = current();
      if (now) {
        const reverted = withRead(now, id, !read);
        set(reverted);
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
    const message = current()?.messages.find((m) => m.id === id);
    if (message && !message.read) void setRead(id, true);
  }

  async function loadMore() {
    const cursor = current()?.nextCursor;
    if (!cursor) return;
    setMoreError(null);
    setLoadingMore(true);
    try {
      const older = await fetchOfflineMessages(companyId, { cursor });
      const now = current();
      if (now) set(appendPage(now, older));
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
        <button type="button" onClick={refresh} disabled={refreshing()} aria-busy={refreshing()}>
          {refreshing() ? 'Refreshing…' : 'Refresh'}
        </button>
      </div>
      <p class="lead">
        Messages visitors leave when no operator is free. Each one is also emailed to the company’s notification email (or the owner’s).
      </p>
      <QueryState data={inbox} what="offline messages" keys={inbox.key}>
        {(list) => (
          <Show
            when={list().messages.length > 0}
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
              {list().unreadCount === 0 ? 'All read' : `${list().unreadCount} unread`}
            </p>
            <div class="offline-inbox" classList={{ 'has-open': opened() !== null }}>
              <div class="offline-list-pane">
                <MessageList messages={list().messages} openId={openId()} onOpen={open} />
                <Show when={list().nextCursor}>
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
        )}
      </QueryState>
    </>
  );
}
