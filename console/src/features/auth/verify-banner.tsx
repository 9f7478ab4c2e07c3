import { createSignal, Show } from 'solid-js';
import { api, call } from '../../lib/api';
import { createFormState } from '../../lib/form-state';
import { useSession } from '../../lib/session';

/**
 * Reminds a signed-in, unverified user to confirm their address (until then they can't be
 * invited as an operator or go online), with a button that mails a new link.
 */
export function VerifyBanner() {
  const { me } = useSession();
  const form = createFormState();
  const [sent, setSent] = createSignal(false);
  const resend = async () => {
    const ok = await form.submit(async () => {
      await call(api.api.auth.verify.resend.$post());
      return true;
    });
    if (ok) setSent(true);
  };
  return (
    <Show when={!me.error && me()?.verified === false ? me() : null}>
      {(user) => (
        <div class="notice notice-warning verify-banner" role="status">
          <span>
            Confirm your email address: open the link we sent to <strong class="break">{user().email}</strong>. Until then you can't be
            invited as an operator or go online.
          </span>
          <Show when={!sent()} fallback={<span>A new link is on its way.</span>}>
            <button type="button" onClick={resend} disabled={form.busy()} aria-busy={form.busy()}>
              {form.busy() ? 'Sending…' : 'Send a new link'}
            </button>
          </Show>
          <Show when={form.error()}>
            <span class="field-error" role="alert">
              {form.error()}
            </span>
          </Show>
        </div>
      )}
    </Show>
  );
}
