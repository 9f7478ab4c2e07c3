import { A, useSearchParams } from '@solidjs/router';
import { createResource, Match, Show, Switch } from 'solid-js';
import { VerifyBodySchema } from '../../../../common/schemas/auth';
import { Notice } from '../../components/form';
import { ApiCallError, api, call } from '../../lib/api';
import { schemaFieldErrors } from '../../lib/form-state';
import { useSession } from '../../lib/session';
import { AuthCard } from './auth-card';

/** Confirms the address from the emailed link's token; any refusal is reported in words. */
async function verifyToken(token: string) {
  const body = { token };
  const invalid = schemaFieldErrors(VerifyBodySchema, body);
  if (invalid) throw new ApiCallError(400, 'invalid_input', 'This link is incomplete. Copy the whole link from the email.', invalid);
  return call(api.api.auth.verify.$post({ json: body }));
}

/**
 * Landing page of the verification link: calls the API once on load, then says what happened. A
 * link opened again, once the address is confirmed, says so instead of calling the link invalid.
 */
export default function VerifyPage() {
  const { me, setMe, refresh } = useSession();
  const [search] = useSearchParams();
  const token = typeof search.token === 'string' ? search.token : '';
  const [result] = createResource(async () => {
    try {
      const { user } = await verifyToken(token);
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
      <Switch>
        <Match when={result.loading}>
          <p class="loading" aria-busy="true">
            Confirming your address…
          </p>
        </Match>
        <Match when={result.error}>
          <p class="form-error" role="alert">
            {result.error instanceof ApiCallError ? result.error.message : 'Could not confirm your address. Please try again.'}
          </p>
          <p>
            Links work once and expire after 24 hours. <A href={signedIn() ? '/check-email' : '/login?next=/check-email'}>Get a new link</A>
          </p>
        </Match>
        <Match when={result()}>
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
        </Match>
      </Switch>
    </AuthCard>
  );
}
