import { For, Show } from 'solid-js';
import { timeAgo } from '../../../lib/time-ago';
import { useNow } from '../../chat/use-now';
import { isPending } from '../shared/pending';
import type { PendingInvitation } from '../shared/types';

/** "Sent 3 days ago", and when the owner sent it again: how long the invitee has had it. */
export function sentText(invitation: Pick<PendingInvitation, 'invitedAt' | 'resentAt'>, now: number): string {
  const at = (iso: string) => timeAgo(new Date(iso), new Date(now));
  const sent = `Sent ${at(invitation.invitedAt)}`;
  return invitation.resentAt ? `${sent}, again ${at(invitation.resentAt)}` : sent;
}

/** Invitations not yet accepted, with how long ago they were sent; the owner may resend or revoke each. */
export function InvitationList(props: {
  invitations: readonly PendingInvitation[];
  canEdit: boolean;
  /** The invitation whose mail is being sent again. */
  resending?: string | null;
  onResend?: (invitation: PendingInvitation) => void;
  onRevoke: (invitation: PendingInvitation) => void;
}) {
  const now = useNow(60_000);
  return (
    <Show when={props.invitations.length > 0} fallback={<p class="empty">No pending invitations.</p>}>
      <ul class="item-list" aria-label="Pending invitations">
        <For each={props.invitations}>
          {(invitation) => (
            <li class="item" aria-busy={isPending(invitation) || props.resending === invitation.id}>
              <span class="item-main">
                <strong>{invitation.name || invitation.email}</strong>
                <Show when={invitation.name}>
                  {' '}
                  <span class="hint">{invitation.email}</span>
                </Show>
              </span>
              <span class="hint">{isPending(invitation) ? 'Sending…' : sentText(invitation, now())}</span>
              <Show when={props.canEdit && !isPending(invitation)}>
                <Show when={props.onResend}>
                  {(resend) => (
                    <button
                      type="button"
                      onClick={() => resend()(invitation)}
                      disabled={props.resending === invitation.id}
                      aria-label={`Send the invitation to ${invitation.email} again`}
                    >
                      {props.resending === invitation.id ? 'Sending…' : 'Resend'}
                    </button>
                  )}
                </Show>
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
