import { createResource } from 'solid-js';
import { ConfirmNotificationEmailBodySchema } from '../../../../common/schemas/company';
import { Notice } from '../../components/form';
import { api, call } from '../../lib/api';
import { AuthCard } from './auth-card';
import { LinkOutcome, postLinkToken, useLinkToken } from './emailed-link';

/**
 * Landing page of the link mailed to a company's new notification email. Public: whoever reads
 * that inbox may have no Parley account. Confirms once on load, then says what happened.
 */
export default function ConfirmNotificationEmailPage() {
  const token = useLinkToken();
  const [result] = createResource(() =>
    postLinkToken(ConfirmNotificationEmailBodySchema, token, (json) => call(api.api['notification-email'].confirm.$post({ json }))),
  );
  return (
    <AuthCard title="Confirm notification email">
      <LinkOutcome
        result={result}
        working="Confirming the address…"
        failed="Could not confirm the address. Please try again."
        retry="Links work once, for 7 days. The company’s owner can send a new one from the company’s settings."
      >
        {(done) => (
          <Notice kind="success">
            <strong class="break">{done().email}</strong> now receives the offline messages of <strong>{done().company.name}</strong>.
          </Notice>
        )}
      </LinkOutcome>
    </AuthCard>
  );
}
