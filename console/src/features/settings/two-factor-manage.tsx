import { createSignal, Show } from 'solid-js';
import { TwoFactorCodeBodySchema, TwoFactorDisableBodySchema, type TwoFactorStatus } from '../../../../common/schemas/two-factor';
import { Field, FormError, Notice, SubmitButton } from '../../components/form';
import { api, call } from '../../lib/api';
import { createFormState } from '../../lib/form-state';
import { CurrentPasswordField } from '../auth/account-fields';
import { AppCodeField } from '../auth/code-fields';

/** Fewer unused recovery codes than this, and the page suggests new ones. */
const FEW_CODES_LEFT = 3;

/**
 * Two-factor is on: new recovery codes (a current code from the app), or turning it off (the
 * password and a code from the app or a recovery code).
 */
export function TwoFactorManage(props: {
  status: TwoFactorStatus;
  onNewCodes: (recoveryCodes: string[]) => void;
  onDisabled: (status: TwoFactorStatus) => void;
}) {
  const regenerate = createFormState();
  const disable = createFormState();
  const [regenerateCode, setRegenerateCode] = createSignal('');
  const [password, setPassword] = createSignal('');
  const [disableCode, setDisableCode] = createSignal('');

  const onRegenerate = async (e: SubmitEvent) => {
    e.preventDefault();
    const body = { code: regenerateCode() };
    const answer = await regenerate.submit(() => call(api.api.me['two-factor']['recovery-codes'].$post({ json: body })), {
      schema: TwoFactorCodeBodySchema,
      value: body,
    });
    if (answer) props.onNewCodes(answer.recoveryCodes);
  };

  const onDisable = async (e: SubmitEvent) => {
    e.preventDefault();
    const body = { password: password(), code: disableCode() };
    const answer = await disable.submit(() => call(api.api.me['two-factor'].disable.$post({ json: body })), {
      schema: TwoFactorDisableBodySchema,
      value: body,
    });
    if (answer) props.onDisabled(answer);
  };

  return (
    <>
      <Notice kind="success">
        Two-factor authentication is on{props.status.enabledAt ? ` since ${new Date(props.status.enabledAt).toLocaleDateString()}` : ''}.
        Logging in asks for a code from your app.
      </Notice>
      <Show when={props.status.recoveryCodesLeft < FEW_CODES_LEFT}>
        <Notice kind="warning">
          Only {props.status.recoveryCodesLeft} unused recovery {props.status.recoveryCodesLeft === 1 ? 'code is' : 'codes are'} left. Make
          new ones.
        </Notice>
      </Show>

      <form onSubmit={onRegenerate} novalidate aria-labelledby="regenerate-title">
        <h3 id="regenerate-title">Recovery codes</h3>
        <p class="hint">
          {props.status.recoveryCodesLeft} unused. New codes replace every old one; enter a code from your app to make them.
        </p>
        <FormError message={regenerate.error()} />
        <AppCodeField label="Code from the app" value={regenerateCode()} onValue={setRegenerateCode} error={regenerate.fields().code} />
        <div class="form-actions">
          <SubmitButton busy={regenerate.busy()} busyLabel="Making…">
            Make new recovery codes
          </SubmitButton>
        </div>
      </form>

      <form onSubmit={onDisable} novalidate aria-labelledby="disable-title">
        <h3 id="disable-title">Turn off</h3>
        <p class="hint">Logging in will take only your password again.</p>
        <FormError message={disable.error()} />
        <CurrentPasswordField value={password()} onValue={setPassword} error={disable.fields().password} />
        <Field
          label="Code from the app or a recovery code"
          name="disable-code"
          autocomplete="one-time-code"
          spellcheck={false}
          required
          value={disableCode()}
          onInput={(e) => setDisableCode(e.currentTarget.value)}
          error={disable.fields().code}
        />
        <div class="form-actions">
          <SubmitButton class="danger" busy={disable.busy()} busyLabel="Turning off…">
            Turn off two-factor authentication
          </SubmitButton>
        </div>
      </form>
    </>
  );
}
