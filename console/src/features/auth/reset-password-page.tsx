import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { PasswordResetConfirmBodySchema } from '../../../../common/schemas/auth';
import type { SignInAnswer } from '../../../../common/schemas/two-factor';
import { FormError, Notice, SubmitButton } from '../../components/form';
import { api, call } from '../../lib/api';
import { createFormState } from '../../lib/form-state';
import { type Me, useSession } from '../../lib/session';
import { NewPasswordField } from './account-fields';
import { AuthCard } from './auth-card';
import { useLinkToken } from './emailed-link';
import { TwoFactorStep } from './two-factor-step';

/**
 * Chooses a new password with the emailed token. The server ends every other session and signs
 * this browser in, so success leads straight into the console; with two-factor on, after the
 * code step.
 */
export default function ResetPasswordPage() {
  const { setMe } = useSession();
  const token = useLinkToken();
  const form = createFormState();
  const [password, setPassword] = createSignal('');
  const [done, setDone] = createSignal(false);
  /** With two-factor on, the new password is set but the code is still asked before a session. */
  const [ticket, setTicket] = createSignal<string | null>(null);
  const [expired, setExpired] = createSignal<string | null>(null);

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const body = { token, password: password() };
    const answer = await form.submit(() => call<SignInAnswer>(api.api.auth['password-reset'].confirm.$post({ json: body })), {
      schema: PasswordResetConfirmBodySchema,
      value: body,
    });
    if (!answer) return;
    if ('twoFactor' in answer) setTicket(answer.twoFactor.ticket);
    else signedIn(answer.user);
  };

  const signedIn = (user: Me) => {
    setTicket(null);
    setMe(user);
    setDone(true);
  };

  // The token is not an input on this page, so its problems are shown on the form itself.
  const formError = () => form.fields().token ?? form.error();

  return (
    <AuthCard
      title="Choose a new password"
      footer={
        <>
          Link expired or used? <A href="/forgot-password">Ask for a new one</A>
        </>
      }
    >
      <Show
        when={token}
        fallback={
          <>
            <p class="form-error" role="alert">
              This link is incomplete. Copy the whole link from the email.
            </p>
            <p>
              <A href="/forgot-password">Ask for a new link</A>
            </p>
          </>
        }
      >
        <Show
          when={!done()}
          fallback={
            <>
              <Notice kind="success">
                Your password is changed and you are logged in. Every other session of your account was logged out.
              </Notice>
              <div class="form-actions">
                <A class="button primary" href="/">
                  Continue
                </A>
              </div>
            </>
          }
        >
          <Show
            when={ticket()}
            fallback={
              <form onSubmit={onSubmit} novalidate>
                <FormError message={formError()} />
                <NewPasswordField label="New password" value={password()} onValue={setPassword} error={form.fields().password} />
                <div class="form-actions">
                  <SubmitButton busy={form.busy()} busyLabel="Saving…">
                    Set new password
                  </SubmitButton>
                </div>
              </form>
            }
          >
            {(current) => (
              <Show
                when={!expired()}
                fallback={
                  <>
                    <p class="form-error" role="alert">
                      {expired()}
                    </p>
                    <p>
                      Your new password is set. <A href="/login">Log in</A>
                    </p>
                  </>
                }
              >
                <Notice kind="success">Your password is changed. Every other session of your account was logged out.</Notice>
                <TwoFactorStep ticket={current()} onSignedIn={signedIn} onExpired={setExpired} />
              </Show>
            )}
          </Show>
        </Show>
      </Show>
    </AuthCard>
  );
}
