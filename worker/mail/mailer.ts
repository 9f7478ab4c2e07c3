import { EmailMessage } from 'cloudflare:email';
import { getDb } from '../../db/client';
import { devMail } from '../../db/schema';
import { randomId } from '../../common/ids';
import { buildMime } from './mime';

/** One outgoing mail; `to` and `replyTo` are single plain addresses. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
}

/** Delivery failed; callers that must not lose the mail (offline form) retry on this. */
export class MailDeliveryError extends Error {
  override name = 'MailDeliveryError';
}

const SENDER_NAME = 'Parley';

/**
 * Sends one mail through the `send_email` binding and throws `MailDeliveryError` when it fails.
 * With ENVIRONMENT=development a well-formed mail is also captured in `dev_mail` (GET
 * /api/dev/mail) before sending, so the local mailbox shows it even when delivery fails.
 */
export async function sendMail(env: Env, mail: Mail): Promise<void> {
  const from = env.MAIL_FROM;
  let raw: string;
  try {
    raw = buildMime({
      ...mail,
      from,
      fromName: SENDER_NAME,
      messageId: `${randomId()}@${from.split('@')[1]}`,
      date: new Date(),
      boundary: `parley-${randomId()}`,
    });
  } catch (err) {
    throw new MailDeliveryError(`mail to ${JSON.stringify(mail.to)} could not be built: ${(err as Error).message}`, { cause: err });
  }
  if (env.ENVIRONMENT === 'development') {
    await getDb(env.DB)
      .insert(devMail)
      .values({ id: randomId(), from, to: mail.to, replyTo: mail.replyTo ?? null, subject: mail.subject, text: mail.text, html: mail.html ?? null, createdAt: new Date() });
  }
  try {
    // Tried: the local binding works under wrangler dev and the vitest pool (Miniflare validates and writes an .eml), so development captures AND sends.
    await env.MAILER.send(new EmailMessage(from, mail.to, raw));
  } catch (err) {
    throw new MailDeliveryError(`mail to ${mail.to} was not delivered: ${(err as Error).message}`, { cause: err });
  }
}
