import { createEffect, For, on, Show } from 'solid-js';
import type { OperatorMessage } from '../../../../common/protocol';
import type { PendingMessage } from './chat-state';
import { Highlighted } from './highlighted';
import { MessageAttachments } from './message-attachments';

/**
 * A chat's messages, oldest first, with the operator's unsent ones marked "sending". Internal
 * notes stand apart and say the visitor doesn't see them. Keeps the view pinned to the newest
 * message unless the operator scrolled up to read.
 */
export function MessageList(props: {
  messages: readonly OperatorMessage[];
  pending?: readonly PendingMessage[];
  operatorName: (id: string | null) => string;
  visitorName: string;
  /** Text to mark in the messages (what the history was searched for). */
  highlight?: string;
}) {
  let list!: HTMLOListElement;
  let pinned = true;
  createEffect(
    on(
      () => [props.messages.length, props.pending?.length],
      () => {
        if (pinned) list.scrollTop = list.scrollHeight;
      },
    ),
  );
  const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  return (
    <ol
      ref={list}
      class="message-list"
      aria-label="Messages"
      aria-live="polite"
      onScroll={() => (pinned = list.scrollHeight - list.scrollTop - list.clientHeight < 40)}
    >
      <Show when={props.messages.length === 0 && !props.pending?.length}>
        <li class="hint message-empty">No messages yet.</li>
      </Show>
      <For each={props.messages}>
        {(m) => (
          <li class={`message message-${m.author}`} data-seq={m.seq}>
            <Show when={m.author !== 'system'}>
              <span class="message-who">
                {m.author === 'visitor'
                  ? props.visitorName
                  : m.author === 'note'
                    ? `Note by ${props.operatorName(m.operatorId)} · not shown to the visitor`
                    : props.operatorName(m.operatorId)}
              </span>
            </Show>
            <Show when={m.text}>
              <span class="message-text">
                <Highlighted text={m.text} query={props.highlight ?? ''} />
              </span>
            </Show>
            <Show when={m.attachments?.length}>
              <MessageAttachments attachments={m.attachments!} />
            </Show>
            <time class="message-time" dateTime={new Date(m.at).toISOString()}>
              {time(m.at)}
            </time>
          </li>
        )}
      </For>
      <For each={props.pending}>
        {(p) => (
          <li class={`message message-pending ${p.note ? 'message-note' : 'message-operator'}`}>
            <Show when={p.note}>
              <span class="message-who">Note · not shown to the visitor</span>
            </Show>
            <Show when={p.text}>
              <span class="message-text">{p.text}</span>
            </Show>
            <Show when={p.attachments?.length}>
              <MessageAttachments attachments={p.attachments!} />
            </Show>
            <span class="message-time">Sending…</span>
          </li>
        )}
      </For>
    </ol>
  );
}
