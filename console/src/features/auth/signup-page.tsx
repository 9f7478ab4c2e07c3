import { A, useNavigate, useSearchParams } from '@solidjs/router';
import { createSignal } from 'solid-js';
import { RegisterBodySchema } from '../../../../common/schemas/auth';
import { Field, FormError, SubmitButton } from '../../components/form';
import { api, call } from '../../lib/api';
import { createFormState } from '../../lib/form-state';
import { EmailField, NewPasswordField } from './account-fields';
import { AuthCard } from './auth-card';
import { GuestOnly } from './guest-only';

/** Create an account; success leads to the "check your mail" screen. */
export default function SignupPage() {
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const form = createFormState();
  const [name, setName] = createSignal('');
  const [email, setEmail] = createSignal('');
  const [password, setPassword] = createSignal('');

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const body = { name: name(), email: email(), password: password() };
    const answer = await form.submit(() => call(api.api.auth.register.$post({ json: body })), { schema: RegisterBodySchema, value: body });
    if (answer) navigate(`/check-email?email=${encodeURIComponent(answer.user.email)}${answer.verificationSent ? '' : '&sent=0'}`);
  };

  const loginHref = () => (search.next ? `/login?next=${encodeURIComponent(String(search.next))}` : '/login');

  return (
    <GuestOnly>
      <AuthCard
        title="Create your account"
        footer={
          <>
            Already have an account? <A href={loginHref()}>Log in</A>
          </>
        }
      >
        <form onSubmit={onSubmit} novalidate>
          <FormError message={form.error()} />
          <Field
            label="Display name"
            name="name"
            autocomplete="name"
            required
            hint="Visitors and colleagues see this name."
            value={name()}
            onInput={(e) => setName(e.currentTarget.value)}
            error={form.fields().name}
          />
          <EmailField value={email()} onValue={setEmail} error={form.fields().email} />
          <NewPasswordField label="Password" value={password()} onValue={setPassword} error={form.fields().password} />
          <div class="form-actions">
            <SubmitButton busy={form.busy()} busyLabel="Creating account…">
              Create account
            </SubmitButton>
          </div>
        </form>
      </AuthCard>
    </GuestOnly>
  );
}
