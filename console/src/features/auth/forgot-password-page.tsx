import { A } from '@solidjs/router';
import { createSignal, Show } from 'solid-js';
import { PasswordResetBodySchema } from '../../../../common/schemas/auth';
import { FormError, Notice, SubmitButton } from '../../components/form';
import { api, call } from '../../lib/api';
import { createFormState } from '../../lib/form-state';
import { DevMailLink } from '../dev-mail/dev-mail-link';
import { EmailField } from './account-fields';
import { AuthCard } from './auth-card';

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export default function ForgotPasswordPage() {
  const form = createFormState();
  const [email, setEmail] = createSignal('');
  const [sentTo, setSentTo] = createSignal<string | null>(null);

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const body = { email: email() };
    const done = await form.submit(
      async () => {
        await call(api.api.auth['password-reset'].$post({ json: body }));
        return true;
      },
      { schema: PasswordResetBodySchema, value: body },
    );
    if (done) setSentTo(body.email.trim());
  };

  return (
    <AuthCard
      title="Reset your password"
      footer={
        <>
          Remembered it? <A href="/login">Log in</A>
        </>
      }
    >
      <Show
        when={sentTo()}
        fallback={
          <form onSubmit={onSubmit} novalidate>
            <p class="hint">Enter the email address of your account and we'll send you a link to choose a new password.</p>
            <FormError message={form.error()} />
            <EmailField value={email()} onValue={setEmail} error={form.fields().email} />
            <div class="form-actions">
              <SubmitButton busy={form.busy()} busyLabel="Sending…">
                Send reset link
              </SubmitButton>
            </div>
          </form>
        }
      >
        {(address) => (
          <>
            <Notice kind="success">
              If <strong class="break">{address()}</strong> has an account, a reset link is on its way. It works once.
            </Notice>
            <p>
              <button type="button" class="link" onClick={() => setSentTo(null)}>
                Use another address
              </button>
            </p>
            <DevMailLink>Mail is captured here instead of sent.</DevMailLink>
          </>
        )}
      </Show>
    </AuthCard>
  );
}
