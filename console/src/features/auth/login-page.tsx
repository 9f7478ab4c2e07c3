import { A, useSearchParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { LoginBodySchema } from '../../../../common/schemas/auth';
import type { SignInAnswer } from '../../../../common/schemas/two-factor';
import { FormError, SubmitButton } from '../../components/form';
import { api, call } from '../../lib/api';
import { createFormState } from '../../lib/form-state';
import { useSession } from '../../lib/session';
import { CurrentPasswordField, EmailField } from './account-fields';
import { AuthCard } from './auth-card';
import { GuestOnly } from './guest-only';
import { TwoFactorStep } from './two-factor-step';

/** Log in (with the code step when the account has two-factor on); afterwards `GuestOnly` sends the user on to `?next=` (or home). */
export default function LoginPage() {
  const { setMe } = useSession();
  const [search] = useSearchParams();
  const form = createFormState();
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');
  /** Set once the password was right for an account with two-factor on: the code step shows. */
  const [ticket, setTicket] = createSignal<string | null>(null);

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const body = { email: email(), password: password() };
    const answer = await form.submit(() => call<SignInAnswer>(api.api.auth.login.$post({ json: body })), {
      schema: LoginBodySchema,
      value: body,
    });
    if (!answer) return;
    if ('twoFactor' in answer) {
      setPassword('');
      setTicket(answer.twoFactor.ticket);
    } else setMe(answer.user);
  };

  const backToPassword = (message: string | null) => {
    setTicket(null);
    form.setError(message);
  };

  const signupHref = () => (search.next ? `/signup?next=${encodeURIComponent(String(search.next))}` : '/signup');

  return (
    <GuestOnly>
      <Show
        when={ticket()}
        fallback={
          <AuthCard
            title="Log in"
            footer={
              <>
                No account yet? <A href={signupHref()}>Sign up</A>
              </>
            }
          >
            <form onSubmit={onSubmit} novalidate>
              <FormError message={form.error()} />
              <EmailField autofocus value={email()} onValue={setEmail} error={form.fields().email} />
              <CurrentPasswordField value={password()} onValue={setPassword} error={form.fields().password} />
              <div class="form-actions">
                <SubmitButton busy={form.busy()} busyLabel="Logging in…">
                  Log in
                </SubmitButton>
                <A href="/forgot-password">Forgot your password?</A>
              </div>
            </form>
          </AuthCard>
        }
      >
        {(current) => (
          <AuthCard
            title="Two-factor authentication"
            footer={
              <button type="button" class="link" onClick={() => backToPassword(null)}>
                Log in with another account
              </button>
            }
          >
            <TwoFactorStep ticket={current()} onSignedIn={setMe} onExpired={backToPassword} />
          </AuthCard>
        )}
      </Show>
    </GuestOnly>
  );
}
