import { For, Show } from 'solid-js';
import { plural } from '../../../../common/plural';
import type { WaitingChat } from '../../../../common/protocol';
import { languageName } from '../companies/languages/language-names';
import type { ChatView } from './chat-state';
import { formatWait, inboxPreview, visitorLabel, waitingSince } from './inbox';
import { useNow } from './use-now';

/**
 * The inbox (F11): active chats, newest activity first, with unread counts, how long the visitor
 * has waited for an answer, and their language/category; ended chats stay below until removed.
 * Above them, the queue: how many wait, and those this operator serves with their wait so far.
 */
export function InboxList(props: {
  chats: ChatView[];
  selected: string | null;
  queueLength: number;
  waiting: readonly WaitingChat[];
  categoryName: (id: string | null) => string | null;
  onSelect: (chatId: string) => void;
}) {
  const now = useNow(5000);
  return (
    <nav class="chat-inbox" aria-label="Chats">
      <h2 class="inbox-title">
        Chats <span class="hint">({props.chats.filter((c) => !c.ended).length})</span>
      </h2>
      <Show when={props.queueLength > 0}>
        <p class="queue-note" role="status" data-testid="queue">
          {plural(props.queueLength, { one: '{n} visitor is', other: '{n} visitors are' })} waiting in the queue for a free operator.
        </p>
      </Show>
      <Show when={props.waiting.length > 0}>
        <ol class="waiting-list" aria-label="Queued chats you serve, assigned in this order" data-testid="waiting">
          <For each={props.waiting}>
            {(w) => (
              <li data-chat-id={w.chatId}>
                {languageName(w.language)}
                <Show when={props.categoryName(w.category)}>{(name) => ` · ${name()}`}</Show>
                <span class="waiting"> · waiting {formatWait(now() - w.since)}</span>
              </li>
            )}
          </For>
        </ol>
      </Show>
      <Show
        when={props.chats.length > 0}
        fallback={<p class="hint inbox-empty">No chats yet. New chats appear here while you are Online.</p>}
      >
        <ul class="inbox-list">
          <For each={props.chats}>
            {(chat, i) => {
              const waiting = () => waitingSince(chat);
              const category = () => props.categoryName(chat.visitor.category);
              return (
                <li>
                  <button
                    type="button"
                    class="inbox-item"
                    classList={{ selected: props.selected === chat.id, ended: !!chat.ended, unread: chat.unread > 0 }}
                    aria-current={props.selected === chat.id ? 'true' : undefined}
                    data-chat-id={chat.id}
                    aria-keyshortcuts={i() < 9 ? `Alt+${i() + 1}` : undefined}
                    onClick={() => props.onSelect(chat.id)}
                  >
                    <span class="inbox-line">
                      <strong>{visitorLabel(chat.visitor.displayId)}</strong>
                      <Show when={i() < 9}>
                        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: a visual hint; the button's aria-keyshortcuts announces the shortcut. */}
                        <kbd class="inbox-key" aria-hidden="true">
                          Alt+{i() + 1}
                        </kbd>
                      </Show>
                      <Show when={chat.unread > 0}>
                        <span class="unread-badge" aria-hidden="true">
                          {chat.unread}
                        </span>
                        <span class="sr-only">{chat.unread} unread</span>
                      </Show>
                    </span>
                    <span class="inbox-meta">
                      {languageName(chat.visitor.language)}
                      <Show when={category()}>{(name) => ` · ${name()}`}</Show>
                      <Show
                        when={chat.ended}
                        fallback={
                          <Show when={waiting()}>{(since) => <span class="waiting"> · waiting {formatWait(now() - since())}</span>}</Show>
                        }
                      >
                        {' · ended'}
                      </Show>
                    </span>
                    <span class="inbox-preview">{inboxPreview(chat)}</span>
                  </button>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
    </nav>
  );
}
