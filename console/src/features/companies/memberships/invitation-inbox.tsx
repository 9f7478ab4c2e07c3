import { For, Show } from 'solid-js';
import { isPending } from '../shared/pending';
import type { MyInvitation } from '../shared/types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Invitations to serve as an operator, each with Accept and Decline. */
export function InvitationInbox(props: {
  invitations: readonly MyInvitation[];
  onAccept: (i: MyInvitation) => void;
  onDecline: (i: MyInvitation) => void;
}) {
  return (
    <Show
      when={props.invitations.length > 0}
      fallback={<p class="empty">No invitations. When a company owner adds you as an operator, the invitation shows here.</p>}
    >
      <ul class="item-list" aria-label="Invitations">
        <For each={props.invitations}>
          {(invitation) => (
            <li class="item" aria-busy={isPending(invitation)}>
              <span class="item-main">
                <strong>{invitation.company.name}</strong>
                <br />
                <span class="hint">
                  {invitation.invitedBy.name} invited you on {dateFormat.format(new Date(invitation.invitedAt))}
                </span>
              </span>
              <button
                type="button"
                class="primary"
                onClick={() => props.onAccept(invitation)}
                aria-label={`Accept the invitation from ${invitation.company.name}`}
              >
                Accept
              </button>
              <button
                type="button"
                onClick={() => props.onDecline(invitation)}
                aria-label={`Decline the invitation from ${invitation.company.name}`}
              >
                Decline
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
