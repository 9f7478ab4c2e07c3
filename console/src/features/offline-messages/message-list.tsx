import { For, Show } from 'solid-js';
import type { OfflineMessageView } from '../../../../common/schemas/offline';
import { DeliveryBadge } from './delivery-badge';
import { shortReceived } from './received-time';

/**
 * The inbox list: unread messages in bold with a dot, each one a button that opens it. Everything
 * the visitor wrote is rendered as text (Solid escapes it), never as markup.
 */
export function MessageList(props: { messages: readonly OfflineMessageView[]; openId: string | null; onOpen: (id: string) => void }) {
  return (
    <ul class="offline-list" aria-label="Offline messages">
      <For each={props.messages}>
        {(m) => (
          <li>
            <button
              type="button"
              class="offline-item"
              data-message-id={m.id}
              classList={{ unread: !m.read, open: props.openId === m.id }}
              aria-current={props.openId === m.id ? 'true' : undefined}
              onClick={() => props.onOpen(m.id)}
            >
              <span class="offline-item-top">
                <span class="offline-from">{m.email}</span>
                <time dateTime={m.createdAt}>{shortReceived(m.createdAt)}</time>
              </span>
              <span class="offline-theme">
                <Show when={!m.read}>
                  <span class="unread-dot" aria-hidden="true" />
                  <span class="sr-only">Unread: </span>
                </Show>
                {m.theme}
              </span>
              <span class="offline-snippet">{m.message}</span>
              <DeliveryBadge message={m} />
            </button>
          </li>
        )}
      </For>
    </ul>
  );
}
