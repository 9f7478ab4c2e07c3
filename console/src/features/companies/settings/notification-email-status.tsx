import { createSignal, Show } from 'solid-js';
import { FormError, Notice } from '../../../components/form';
import { errorMessage } from '../shared/error-message';

/**
 * Says that the notification email waits for its confirmation link (offline mail goes to the
 * owner until then); the owner may have the link sent again.
 */
export function NotificationEmailStatus(props: {
  email: string | null;
  confirmed: boolean;
  onResend?: (() => Promise<unknown>) | undefined;
}) {
  const [state, setState] = createSignal<'idle' | 'sending' | 'sent'>('idle');
  const [error, setError] = createSignal<string | null>(null);
  const resend = async () => {
    setError(null);
    setState('sending');
    try {
      await props.onResend?.();
      setState('sent');
    } catch (err) {
      setError(errorMessage(err));
      setState('idle');
    }
  };
  return (
    <Show when={props.email && !props.confirmed}>
      <Notice kind="warning">
        <strong class="break">{props.email}</strong> is waiting for confirmation: we mailed it a link. Until someone opens it, offline
        messages go to the owner’s own address.{' '}
        <Show when={props.onResend}>
          <Show when={state() !== 'sent'} fallback={<span>A new link is on its way.</span>}>
            <button type="button" onClick={resend} disabled={state() === 'sending'}>
              {state() === 'sending' ? 'Sending…' : 'Send the link again'}
            </button>
          </Show>
        </Show>
      </Notice>
      <FormError message={error()} />
    </Show>
  );
}
