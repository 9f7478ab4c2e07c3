import { A, useSearchParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { FormError, Notice } from '../../components/form';
import { ApiCallError, api, call } from '../../lib/api';
import { createFormState } from '../../lib/form-state';
import { useSession } from '../../lib/session';
import { DevMailLink } from '../dev-mail/dev-mail-link';
import { AuthCard } from './auth-card';

const RESEND_LOGIN_HREF = '/login?next=%2Fcheck-email';

/**
 * After sign-up: tells the user to open the emailed link, and lets them ask for another.
 * Resending needs a session (sign-up doesn't start one), so signed-out users are offered a login.
 */
export default function CheckEmailPage() {
  const { me } = useSession();
  const [search] = useSearchParams();
  const form = createFormState();
  const [resent, setResent] = createSignal(false);
  const [sessionEnded, setSessionEnded] = createSignal(false);
  const user = () => (me.error ? null : me());
  const address = () => user()?.email ?? (typeof search.email === 'string' && search.email ? search.email : 'your email address');

  const resend = async (e: SubmitEvent) => {
    e.preventDefault();
    setResent(false);
    const ok = await form.submit(async () => {
      try {
        await call(api.api.auth.verify.resend.$post());
        return true;
      } catch (err) {
        if (err instanceof ApiCallError && err.status === 401) {
          setSessionEnded(true);
          return false;
        }
        throw err;
      }
    });
    if (ok) setResent(true);
  };

  return (
    <AuthCard
      title="Check your mail"
      footer={
        <>
          Confirmed already? <A href={user() ? '/' : '/login'}>{user() ? 'Continue to Parley' : 'Log in'}</A>
        </>
      }
    >
      <Show when={search.sent === '0'}>
        <Notice kind="warning">We couldn't send the mail just now. Log in and send a new link in a moment.</Notice>
      </Show>
      <p>
        We sent a confirmation link to <strong class="break">{address()}</strong>. Open it to confirm your address; it works once and
        expires in 24 hours.
      </p>
      <p class="hint">No mail after a few minutes? Look in your spam folder, or send a new link.</p>
      <Show
        when={user() && !sessionEnded()}
        fallback={
          <p>
            <A href={RESEND_LOGIN_HREF}>Log in to send a new link</A>
          </p>
        }
      >
        <form onSubmit={resend}>
          <FormError message={form.error()} />
          <Show when={resent()}>
            <Notice kind="success">A new link is on its way.</Notice>
          </Show>
          <div class="form-actions">
            <button type="submit" disabled={form.busy()} aria-busy={form.busy()}>
              {form.busy() ? 'Sending…' : 'Send a new link'}
            </button>
          </div>
        </form>
      </Show>
      <DevMailLink>Mail is captured here instead of sent.</DevMailLink>
    </AuthCard>
  );
}
