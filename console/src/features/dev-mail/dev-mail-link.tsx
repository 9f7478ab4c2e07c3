import { A } from '@solidjs/router';
import { type ParentProps, Show } from 'solid-js';
import { createDevMailboxCheck } from './dev-mailbox';

/**
 * A hint shown only on development deployments, where mail is captured instead of sent: the
 * link opens the dev mailbox so the emailed link can be clicked locally.
 */
export function DevMailLink(props: ParentProps) {
  const available = createDevMailboxCheck();
  return (
    <Show when={available()}>
      <p class="dev-hint">
        <span class="dev-badge">Development</span> {props.children ?? 'Mail is not sent here.'} <A href="/dev/mail">Open the dev mailbox</A>
      </p>
    </Show>
  );
}
