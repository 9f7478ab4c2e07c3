import { A, useSearchParams } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { PasswordResetConfirmBodySchema } from '../../../../common/schemas/auth';
import { FormError, Notice, SubmitButton } from '../../components/form';
import { api, call } from '../../lib/api';
import { createFormState } from '../../lib/form-state';
import { useSession } from '../../lib/session';
import { NewPasswordField } from './account-fields';
import { AuthCard } from './auth-card';

/**
 * Chooses a new password with the emailed token. The server ends every other session and signs
 * this browser in, so success leads straight into the console.
 */
export default function ResetPasswordPage() {
  const { setMe } = useSession();
  const [search] = useSearchParams();
  const token = typeof search.token === 'string' ? search.token : '';
  const form = createFormState();
  const [password, setPassword] = createSignal('');
  const [done, setDone] = createSignal(false);

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const body = { token, password: password() };
    const answer = await form.submit(() => call(api.api.auth['password-reset'].confirm.$post({ json: body })), {
      schema: PasswordResetConfirmBodySchema,
      value: body,
    });
    if (answer) {
      setMe(answer.user);
      setDone(true);
    }
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
          <form onSubmit={onSubmit} novalidate>
            <FormError message={formError()} />
            <NewPasswordField label="New password" value={password()} onValue={setPassword} error={form.fields().password} />
            <div class="form-actions">
              <SubmitButton busy={form.busy()} busyLabel="Saving…">
                Set new password
              </SubmitButton>
            </div>
          </form>
        </Show>
      </Show>
    </AuthCard>
  );
}
