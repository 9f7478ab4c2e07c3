import { createEffect, For, on, onCleanup, onMount, Show } from 'solid-js';
import { type Marks, markOf, type OperatorMessage } from '../../../../common/protocol';
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
  /** The visitor's marks (F21): the operator's messages show ✓ delivered or ✓✓ seen. */
  receipts?: Marks;
  /** Called with the last visitor message in the list's viewport while the page is visible and focused (F21). */
  onSeen?: (seq: number) => void;
}) {
  let list!: HTMLOListElement;
  let pinned = true;
  const watch = props.onSeen ? watchSeen(() => list, props.onSeen) : undefined;
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
          <li class={`message message-${m.author}`} data-seq={m.seq} ref={(el) => m.author === 'visitor' && watch?.(el)}>
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
              <Show when={m.author === 'operator' && markOf(m.seq, props.receipts)}>
                {(mark) => (
                  <span class={`message-receipt message-receipt-${mark()}`} title={`${RECEIPT_WORDS[mark()]} by the visitor`}>
                    {' '}
                    <span aria-hidden="true">{mark() === 'seen' ? '✓✓' : '✓'}</span> {RECEIPT_WORDS[mark()]}
                  </span>
                )}
              </Show>
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

const RECEIPT_WORDS = { delivered: 'Delivered', seen: 'Seen' } as const;

/**
 * Watches visitor messages (given by `watch`) in the list's viewport: half of one in view, or half
 * the view taken by it. Calls `onSeen` with the last one in view whenever that or the page's focus
 * changes, only while the page is visible and focused.
 */
function watchSeen(list: () => HTMLElement, onSeen: (seq: number) => void): (el: HTMLElement) => void {
  const inView = new Set<number>();
  const waiting: HTMLElement[] = [];
  let observer: IntersectionObserver | undefined;
  const tell = () => {
    if (inView.size && document.visibilityState === 'visible' && document.hasFocus()) onSeen(Math.max(...inView));
  };
  onMount(() => {
    observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const seq = Number((e.target as HTMLElement).dataset.seq);
          const shown = e.intersectionRatio >= 0.5 || e.intersectionRect.height >= (e.rootBounds?.height ?? 1) / 2;
          if (shown) inView.add(seq);
          else inView.delete(seq);
        }
        tell();
      },
      { root: list(), threshold: [0, 0.25, 0.5] },
    );
    for (const el of waiting.splice(0)) observer.observe(el);
    window.addEventListener('focus', tell);
    document.addEventListener('visibilitychange', tell);
  });
  onCleanup(() => {
    observer?.disconnect();
    window.removeEventListener('focus', tell);
    document.removeEventListener('visibilitychange', tell);
  });
  return (el) => {
    if (observer) observer.observe(el);
    else waiting.push(el);
  };
}
