import { createEffect, on, Show } from 'solid-js';
import type { OfflineMessageView } from '../../../../common/schemas/offline';
import { FormError } from '../../components/form';
import { DeliveryBadge } from './delivery-badge';
import { fullReceived } from './received-time';
import { replyMailto } from './reply-link';

/**
 * One open message: the whole text (as text, line breaks kept), who sent it and when, how its
 * email delivery went, and the actions. Focus moves to its heading so keyboard and screen-reader
 * users land on what they opened.
 */
export function MessageDetail(props: {
  message: OfflineMessageView;
  busy: boolean;
  error: string | null;
  onToggleRead: () => void;
  onClose: () => void;
}) {
  let heading: HTMLHeadingElement | undefined;
  createEffect(
    on(
      () => props.message.id,
      () => heading?.focus(),
    ),
  );
  const m = () => props.message;
  return (
    <article class="offline-detail card" aria-labelledby="offline-detail-title">
      <div class="offline-detail-head">
        <h3 id="offline-detail-title" tabindex="-1" ref={heading}>
          {m().theme}
        </h3>
        <button type="button" class="link" onClick={() => props.onClose()}>
          Close
        </button>
      </div>
      <dl class="mail-meta">
        <dt>From</dt>
        <dd>{m().email}</dd>
        <dt>Received</dt>
        <dd>
          <time dateTime={m().createdAt}>{fullReceived(m().createdAt)}</time>
        </dd>
        <dt>Email</dt>
        <dd>
          <DeliveryBadge message={m()} />
          <Show when={m().deliveryStatus !== 'sent' && m().lastError}>
            {(err) => <small class="offline-last-error">Last error: {err()}</small>}
          </Show>
          <Show when={m().deliveryStatus === 'pending' && m().nextAttemptAt}>
            {(at) => <small class="hint">Next try {fullReceived(at())}</small>}
          </Show>
        </dd>
      </dl>
      <p class="offline-body">{m().message}</p>
      <FormError message={props.error} />
      <div class="form-actions">
        <a class="button primary" href={replyMailto(m().email, m().theme)}>
          Reply by email
        </a>
        <button type="button" disabled={props.busy} aria-busy={props.busy} onClick={() => props.onToggleRead()}>
          {m().read ? 'Mark as unread' : 'Mark as read'}
        </button>
      </div>
    </article>
  );
}
