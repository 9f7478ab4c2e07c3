import { For, Show } from 'solid-js';
import { isPending } from '../shared/pending';
import type { PendingInvitation } from '../shared/types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** Invitations not yet accepted; the owner may revoke each. */
export function InvitationList(props: {
  invitations: readonly PendingInvitation[];
  canEdit: boolean;
  onRevoke: (invitation: PendingInvitation) => void;
}) {
  return (
    <Show when={props.invitations.length > 0} fallback={<p class="empty">No pending invitations.</p>}>
      <ul class="item-list" aria-label="Pending invitations">
        <For each={props.invitations}>
          {(invitation) => (
            <li class="item" aria-busy={isPending(invitation)}>
              <span class="item-main">
                <strong>{invitation.name || invitation.email}</strong>
                <Show when={invitation.name}>
                  {' '}
                  <span class="hint">{invitation.email}</span>
                </Show>
              </span>
              <span class="hint">
                {isPending(invitation) ? 'Sending…' : `Invited ${dateFormat.format(new Date(invitation.invitedAt))}`}
              </span>
              <Show when={props.canEdit && !isPending(invitation)}>
                <button
                  type="button"
                  class="danger"
                  onClick={() => props.onRevoke(invitation)}
                  aria-label={`Revoke the invitation to ${invitation.email}`}
                >
                  Revoke
                </button>
              </Show>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}
