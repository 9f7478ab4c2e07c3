import { A, useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, onCleanup, Show, untrack } from 'solid-js';
import { useCompany } from '../companies/company-area/company-context';
import { companyPath } from '../companies/company-area/company-nav';
import type { ChatEvent } from './chat-state';
import { createChatStore } from './chat-store';
import { COMPOSER_ID } from './composer';
import { Conversation } from './conversation';
import { HelpOverlay } from './help-overlay';
import { titleWithUnread, totalUnread, visitorLabel } from './inbox';
import { InboxList } from './inbox-list';
import { createNotifier } from './notifier';
import { PresenceBar } from './presence-bar';
import { resolveShortcut } from './shortcuts';
import './chat.css';

/** Whether the tab is in view: unread counts and browser notifications depend on it. */
function createVisibility() {
  const [visible, setVisible] = createSignal(document.visibilityState === 'visible');
  const onChange = () => setVisible(document.visibilityState === 'visible');
  document.addEventListener('visibilitychange', onChange);
  onCleanup(() => document.removeEventListener('visibilitychange', onChange));
  return visible;
}

function isEditable(el: EventTarget | null): boolean {
  return el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * The operator's chat page (F10–F13): being on it (Online) is what makes an operator receive
 * chats. The open chat is in the URL (`?chat=`), so a reload comes back to it.
 */
export default function ChatPage() {
  const { companyId, company } = useCompany();
  const [params, setParams] = useSearchParams<{ chat?: string }>();
  const selected = () => params.chat ?? null;
  const select = (chatId: string) => setParams({ chat: chatId });
  const visible = createVisibility();
  const notifier = createNotifier();
  const [announcement, setAnnouncement] = createSignal('');
  const [help, setHelp] = createSignal(false);
  const drafts = new Map<string, string>();

  const onEvents = (events: ChatEvent[]) => {
    for (const e of events) {
      const chat = store.state().chats[e.chatId];
      const who = chat ? visitorLabel(chat.visitor.displayId) : 'A visitor';
      const seen = visible() && selected() === e.chatId;
      if (e.kind === 'new-chat') {
        notifier.play('chat');
        setAnnouncement(`New chat from ${who}`);
        // What the visitor wrote, not the "joined the chat" line that follows it.
        const said = chat?.messages.findLast((m) => m.author === 'visitor')?.text ?? '';
        notifier.notifyHidden(`New chat from ${who}`, said, e.chatId, () => select(e.chatId));
      } else if (!seen) {
        notifier.play('message');
        setAnnouncement(`New message from ${who}`);
        notifier.notifyHidden(`${who} wrote`, e.text, e.chatId, () => select(e.chatId));
      }
    }
  };
  const store = createChatStore(companyId, { selected, visible }, onEvents);

  createEffect(() => {
    const id = selected();
    if (id && visible()) untrack(() => store.markRead(id));
  });

  const titleBefore = document.title;
  createEffect(() => {
    document.title = titleWithUnread(`Chats · ${company()?.name ?? 'Parley'}`, totalUnread(store.inbox()));
  });
  onCleanup(() => (document.title = titleBefore));

  const onKeyDown = (e: KeyboardEvent) => {
    if (help()) return;
    const shortcut = resolveShortcut(
      e,
      store.inbox().map((c) => c.id),
      selected(),
      isEditable(e.target),
    );
    if (!shortcut) return;
    e.preventDefault();
    if (shortcut.type === 'help') setHelp(true);
    else if (shortcut.type === 'select') select(shortcut.chatId);
    else document.getElementById(COMPOSER_ID)?.focus();
  };
  document.addEventListener('keydown', onKeyDown);
  onCleanup(() => document.removeEventListener('keydown', onKeyDown));

  const categoryName = (id: string | null) => (id && store.state().config?.categories.find((c) => c.id === id)?.name) || null;
  const current = () => {
    const id = selected();
    return id ? store.state().chats[id] : undefined;
  };

  return (
    <div class="chat-page">
      <PresenceBar store={store} notifier={notifier} historyHref={companyPath(companyId, 'chat/history')} onHelp={() => setHelp(true)} />
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="announcement">
        {announcement()}
      </p>
      <Show when={store.state().lastError}>
        {(err) => (
          <p class="form-error" role="alert">
            {err().message}{' '}
            <Show when={err().code === 'operator_limit'}>
              <A href={companyPath(companyId, 'plan')}>See the plan</A>{' '}
            </Show>
            <button type="button" class="link" onClick={() => store.clearError()}>
              Dismiss
            </button>
          </p>
        )}
      </Show>
      <div class="chat-main">
        <InboxList
          chats={store.inbox()}
          selected={selected()}
          queueLength={store.state().queueLength}
          waiting={store.state().waiting}
          categoryName={categoryName}
          onSelect={select}
        />
        <Show
          when={selected() && current() ? selected() : null}
          keyed
          fallback={
            <div class="chat-placeholder">
              <Show when={store.connection() === 'open'} fallback={<p class="loading">Connecting to the chat service…</p>}>
                <p class="hint">
                  {store.inbox().length
                    ? 'Choose a chat on the left (Alt+1…9).'
                    : 'Waiting for visitors. Keep this page open while you are Online.'}
                </p>
              </Show>
            </div>
          }
        >
          {(id) => (
            <Show when={store.state().chats[id]}>
              {(chat) => <Conversation chat={chat()} store={store} drafts={drafts} categoryName={categoryName} />}
            </Show>
          )}
        </Show>
      </div>
      <Show when={help()}>
        <HelpOverlay onClose={() => setHelp(false)} />
      </Show>
    </div>
  );
}
