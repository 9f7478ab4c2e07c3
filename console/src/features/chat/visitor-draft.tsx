import { createEffect, createMemo, createSignal, on, onCleanup, Show } from 'solid-js';
import { TYPING_SHOWN_MS } from '../../../../common/protocol';

/**
 * The visitor's live draft (F21 typing preview), under the chat's messages: muted, italic and
 * labelled "typing…". Each typing frame brings a new draft object; one that no frame followed for
 * TYPING_SHOWN_MS goes, should the visitor's stop never come (a closed laptop, a lost socket).
 */
export function VisitorDraft(props: { draft: { text: string } | null }) {
  const draft = createMemo(() => props.draft);
  const [expired, setExpired] = createSignal<{ text: string } | null>(null);
  createEffect(
    on(draft, (current) => {
      if (!current) return;
      const timer = setTimeout(() => setExpired(current), TYPING_SHOWN_MS);
      onCleanup(() => clearTimeout(timer));
    }),
  );
  return (
    <Show when={draft() !== expired() && draft()}>
      {(shown) => (
        <p class="visitor-draft">
          <span class="visitor-draft-label">typing…</span> <span class="visitor-draft-text">{shown().text}</span>
        </p>
      )}
    </Show>
  );
}
