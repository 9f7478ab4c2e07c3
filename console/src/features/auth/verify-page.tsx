import { A } from '@solidjs/router';
import { createResource, Show } from 'solid-js';
import { VerifyBodySchema } from '../../../../common/schemas/auth';
import { Notice } from '../../components/form';
import { ApiCallError, api, call } from '../../lib/api';
import { useSession } from '../../lib/session';
import { AuthCard } from './auth-card';
import { LinkOutcome, postLinkToken, useLinkToken } from './emailed-link';

/**
 * Landing page of the verification link: calls the API once on load, then says what happened. A
 * link opened again, once the address is confirmed, says so instead of calling the link invalid.
 */
export default function VerifyPage() {
  const { me, setMe, refresh } = useSession();
  const token = useLinkToken();
  const [result] = createResource(async () => {
    try {
      const { user } = await postLinkToken(VerifyBodySchema, token, (json) => call(api.api.auth.verify.$post({ json })));
      // A signed-in user of this account sees "verified" everywhere at once.
      if (!me.error && me()?.id === user.id) setMe(user);
      return { email: user.email };
    } catch (err) {
      if (!(err instanceof ApiCallError) || err.code !== 'already_verified') throw err;
      // Confirmed meanwhile, maybe in another tab: the banner asking for it goes away.
      if (!me.error && me()?.verified === false) refresh();
      return { email: null };
    }
  });
  const signedIn = () => !me.error && Boolean(me());

  return (
    <AuthCard title="Confirm your email">
      <LinkOutcome
        result={result}
        working="Confirming your address…"
        failed="Could not confirm your address. Please try again."
        retry={
          <>
            Links work once and expire after 24 hours. <A href={signedIn() ? '/check-email' : '/login?next=/check-email'}>Get a new link</A>
          </>
        }
      >
        {(confirmed) => (
          <>
            <Notice kind="success">
              <Show when={confirmed().email} fallback="Your email address is already confirmed. This link has done its job.">
                {(email) => (
                  <>
                    <strong class="break">{email()}</strong> is confirmed.
                  </>
                )}
              </Show>
            </Notice>
            <div class="form-actions">
              <Show
                when={signedIn()}
                fallback={
                  <A class="button primary" href="/login">
                    Log in
                  </A>
                }
              >
                <A class="button primary" href="/">
                  Continue
                </A>
              </Show>
            </div>
          </>
        )}
      </LinkOutcome>
    </AuthCard>
  );
}
