import { A } from '@solidjs/router';
import { createResource, For, Match, Switch } from 'solid-js';
import { Notice } from '../../components/form';
import { ApiCallError } from '../../lib/api';
import { fetchDevMails } from './dev-mailbox';
import { MailCard } from './mail-card';

/** Why the list could not be shown, in words that tell a developer what to do. */
function loadFailure(err: unknown): string {
  if (err instanceof ApiCallError && err.status === 404) {
    return 'The dev mailbox is off: this server does not run with ENVIRONMENT=development, so mail is really sent.';
  }
  return err instanceof ApiCallError ? err.message : 'Could not load the mailbox.';
}

/**
 * Development tool: every email the local server "sent" (newest first), so a developer can
 * click a verification or reset link without a real mail server. Public, like the mail itself.
 */
export default function DevMailPage() {
  document.title = 'Dev mailbox · Parley';
  const [mails, { refetch }] = createResource(fetchDevMails);
  return (
    <main class="content dev-mail">
      <header class="page-head">
        <h1>
          Dev mailbox <span class="dev-badge">Development tool</span>
        </h1>
        <button type="button" onClick={() => void refetch()} disabled={mails.loading} aria-busy={mails.loading}>
          {mails.loading ? 'Refreshing…' : 'Refresh'}
        </button>
      </header>
      <Notice kind="warning">
        These are the emails this local server would have sent; nothing left the machine. The page exists only while the server runs with{' '}
        <code>ENVIRONMENT=development</code>. <A href="/">Back to the console</A>
      </Notice>
      <Switch>
        <Match when={mails.error}>
          <p class="form-error" role="alert">
            {loadFailure(mails.error)}
          </p>
        </Match>
        <Match when={mails.state === 'pending'}>
          <p class="loading" aria-busy="true">
            Loading mail…
          </p>
        </Match>
        <Match when={mails()?.length === 0}>
          <p class="empty">No mail yet. Sign up or ask for a password reset, then press Refresh.</p>
        </Match>
        <Match when={mails()}>
          {(list) => (
            <ol class="mail-list" aria-label="Captured mail, newest first">
              <For each={list()}>{(mail) => <MailCard mail={mail} />}</For>
            </ol>
          )}
        </Match>
      </Switch>
    </main>
  );
}
