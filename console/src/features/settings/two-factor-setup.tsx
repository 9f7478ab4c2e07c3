import { createSignal, Show } from 'solid-js';
import { TwoFactorCodeBodySchema, TwoFactorSetupBodySchema } from '../../../../common/schemas/two-factor';
import { FormError, SubmitButton } from '../../components/form';
import { api, call } from '../../lib/api';
import { createFormState } from '../../lib/form-state';
import { CurrentPasswordField } from '../auth/account-fields';
import { AppCodeField } from '../auth/code-fields';
import { QrCode } from './qr-code';

/** The key grouped by four, as people type it into an app. */
export const groupKey = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * Turning two-factor on: the password again, then the app scans the QR code (or the key is typed
 * in), then a code from the app proves it holds the secret. `onEnabled` gets the recovery codes.
 */
export function TwoFactorSetup(props: { onEnabled: (recoveryCodes: string[]) => void; onCancel: () => void }) {
  const passwordForm = createFormState();
  const codeForm = createFormState();
  const [password, setPassword] = createSignal('');
  const [code, setCode] = createSignal('');
  const [enrolment, setEnrolment] = createSignal<{ secret: string; otpauthUri: string } | null>(null);

  const start = async (e: SubmitEvent) => {
    e.preventDefault();
    const body = { password: password() };
    const answer = await passwordForm.submit(() => call(api.api.me['two-factor'].setup.$post({ json: body })), {
      schema: TwoFactorSetupBodySchema,
      value: body,
    });
    if (answer) {
      setPassword('');
      setEnrolment(answer);
    }
  };

  const confirm = async (e: SubmitEvent) => {
    e.preventDefault();
    const body = { code: code() };
    const answer = await codeForm.submit(() => call(api.api.me['two-factor'].confirm.$post({ json: body })), {
      schema: TwoFactorCodeBodySchema,
      value: body,
    });
    if (answer) props.onEnabled(answer.recoveryCodes);
  };

  return (
    <Show
      when={enrolment()}
      fallback={
        <form onSubmit={start} novalidate>
          <p class="hint">Confirm your password to set up two-factor authentication.</p>
          <FormError message={passwordForm.error()} />
          <CurrentPasswordField autofocus value={password()} onValue={setPassword} error={passwordForm.fields().password} />
          <div class="form-actions">
            <SubmitButton busy={passwordForm.busy()} busyLabel="Checking…">
              Continue
            </SubmitButton>
            <button type="button" onClick={() => props.onCancel()}>
              Cancel
            </button>
          </div>
        </form>
      }
    >
      {(current) => (
        <form onSubmit={confirm} novalidate>
          <ol class="setup-steps">
            <li>
              <p>Scan this QR code with an authenticator app (such as Google Authenticator, 1Password, Authy or Bitwarden).</p>
              <QrCode text={current().otpauthUri} label="QR code for your authenticator app" />
              <p class="hint">Can’t scan it? Enter this key in the app instead (time-based):</p>
              <p>
                <code class="setup-key">{groupKey(current().secret)}</code>
              </p>
              <details>
                <summary>Setup link</summary>
                <code class="break">{current().otpauthUri}</code>
              </details>
            </li>
            <li>
              <p>Enter the 6-digit code the app now shows.</p>
              <FormError message={codeForm.error()} />
              <AppCodeField label="Code from the app" value={code()} onValue={setCode} error={codeForm.fields().code} />
            </li>
          </ol>
          <div class="form-actions">
            <SubmitButton busy={codeForm.busy()} busyLabel="Checking…">
              Turn on
            </SubmitButton>
            <button type="button" onClick={() => props.onCancel()}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Show>
  );
}
