import { randomId } from '../../common/ids';
import { getDb } from '../../db/client';
import { devMail } from '../../db/schema';
import { type Mail, type OutgoingMail, outgoingMail } from './message';

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
  let message: OutgoingMail;
  try {
    message = outgoingMail(mail, from, SENDER_NAME);
  } catch (err) {
    throw new MailDeliveryError(`mail to ${JSON.stringify(mail.to)} could not be built: ${(err as Error).message}`, { cause: err });
  }
  if (env.ENVIRONMENT === 'development') {
    await getDb(env.DB)
      .insert(devMail)
      .values({
        id: randomId(),
        from,
        to: mail.to,
        replyTo: mail.replyTo ?? null,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? null,
        createdAt: new Date(),
      });
  }
  try {
    // The binding builds the MIME message itself (Email Service); locally Miniflare logs it and writes its parts to files.
    await env.MAILER.send(message);
  } catch (err) {
    throw new MailDeliveryError(`mail to ${mail.to} was not delivered: ${(err as Error).message}`, { cause: err });
  }
}
