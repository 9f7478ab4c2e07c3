import { useSearchParams } from '@solidjs/router';
import { createResource, Match, Switch } from 'solid-js';
import { ConfirmNotificationEmailBodySchema } from '../../../../common/schemas/company';
import { Notice } from '../../components/form';
import { ApiCallError, api, call } from '../../lib/api';
import { schemaFieldErrors } from '../../lib/form-state';
import { AuthCard } from './auth-card';

async function confirmToken(token: string) {
  const body = { token };
  const invalid = schemaFieldErrors(ConfirmNotificationEmailBodySchema, body);
  if (invalid) throw new ApiCallError(400, 'invalid_input', 'This link is incomplete. Copy the whole link from the email.', invalid);
  return call(api.api['notification-email'].confirm.$post({ json: body }));
}

/**
 * Landing page of the link mailed to a company's new notification email. Public: whoever reads
 * that inbox may have no Parley account. Confirms once on load, then says what happened.
 */
export default function ConfirmNotificationEmailPage() {
  const [search] = useSearchParams();
  const token = typeof search.token === 'string' ? search.token : '';
  const [result] = createResource(() => confirmToken(token));
  return (
    <AuthCard title="Confirm notification email">
      <Switch>
        <Match when={result.loading}>
          <p class="loading" aria-busy="true">
            Confirming the address…
          </p>
        </Match>
        <Match when={result.error}>
          <p class="form-error" role="alert">
            {result.error instanceof ApiCallError ? result.error.message : 'Could not confirm the address. Please try again.'}
          </p>
          <p>Links work once, for 7 days. The company’s owner can send a new one from the company’s settings.</p>
        </Match>
        <Match when={result()}>
          {(done) => (
            <Notice kind="success">
              <strong class="break">{done().email}</strong> now receives the offline messages of <strong>{done().company.name}</strong>.
            </Notice>
          )}
        </Match>
      </Switch>
    </AuthCard>
  );
}
