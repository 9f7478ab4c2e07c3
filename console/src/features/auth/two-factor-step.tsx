import { createSignal, Show } from 'solid-js';
import * as v from 'valibot';
import { SecondFactorSchema, TotpCodeSchema } from '../../../../common/schemas/two-factor';
import { FormError, SubmitButton } from '../../components/form';
import { ApiCallError, api, call } from '../../lib/api';
import { createFormState } from '../../lib/form-state';
import type { Me } from '../../lib/session';
import { AppCodeField, RecoveryCodeField } from './code-fields';

const AppCodeBody = v.object({ code: TotpCodeSchema });
const RecoveryCodeBody = v.object({ code: SecondFactorSchema });

/**
 * The login's second step: the code from the authenticator app, or a recovery code instead.
 * Wrong codes show on the form; an expired or used-up ticket sends the person back to the
 * password (`onExpired`), as only a new password step gives a new one.
 */
export function TwoFactorStep(props: { ticket: string; onSignedIn: (user: Me) => void; onExpired: (message: string) => void }) {
  const form = createFormState();
  const [useRecovery, setUseRecovery] = createSignal(false);
  const [code, setCode] = createSignal('');

  const onSubmit = async (e: SubmitEvent) => {
    e.preventDefault();
    const body = { ticket: props.ticket, code: code() };
    const answer = await form.submit(
      async () => {
        try {
          return await call(api.api.auth.login['two-factor'].$post({ json: body }));
        } catch (err) {
          if (err instanceof ApiCallError && err.code === 'invalid_ticket') {
            props.onExpired(err.message);
            return undefined;
          }
          throw err;
        }
      },
      { schema: useRecovery() ? RecoveryCodeBody : AppCodeBody, value: { code: code() } },
    );
    if (answer) props.onSignedIn(answer.user);
  };

  const switchMethod = () => {
    setUseRecovery(!useRecovery());
    setCode('');
    form.setError(null);
    form.setFields({});
  };

  return (
    <form onSubmit={onSubmit} novalidate>
      <p class="hint">
        {useRecovery()
          ? 'Lost your phone? Enter one of your recovery codes.'
          : 'Your account has two-factor authentication on. Open your authenticator app to get a code.'}
      </p>
      <FormError message={form.error()} />
      <Show when={useRecovery()} fallback={<AppCodeField autofocus value={code()} onValue={setCode} error={form.fields().code} />}>
        <RecoveryCodeField autofocus value={code()} onValue={setCode} error={form.fields().code} />
      </Show>
      <div class="form-actions">
        <SubmitButton busy={form.busy()} busyLabel="Verifying…">
          Verify
        </SubmitButton>
        <button type="button" class="link" onClick={switchMethod}>
          {useRecovery() ? 'Use your authenticator app' : 'Use a recovery code'}
        </button>
      </div>
    </form>
  );
}
