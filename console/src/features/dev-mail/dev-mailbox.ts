import { createResource } from 'solid-js';
import { ApiCallError, api, call } from '../../lib/api';

/** The captured mails, newest first, as `GET /api/dev/mail` answers them. */
export async function fetchDevMails() {
  const { mails } = await call(api.api.dev.mail.$get());
  return mails;
}

export type DevMail = Awaited<ReturnType<typeof fetchDevMails>>[number];

/** Is this deployment capturing mail (ENVIRONMENT=development)? The API answers 404 otherwise. */
async function mailboxAvailable(): Promise<boolean> {
  try {
    await call(api.api.dev.mail.$get());
    return true;
  } catch (err) {
    if (err instanceof ApiCallError) return false;
    throw err;
  }
}

/** A signal that turns true once the dev mailbox is known to exist, for "open the mailbox" hints. */
export function createDevMailboxCheck() {
  const [available] = createResource(mailboxAvailable);
  return () => available() === true;
}
