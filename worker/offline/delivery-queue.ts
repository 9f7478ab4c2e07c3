import { deliverFeedback } from '../help/feedback-mail';
import { sendMail } from '../mail/mailer';
import { deliverOfflineMessage, type MailTransport } from './delivery';
import { FIRST_RETRY_DELAY_SECONDS } from './retry-policy';

/**
 * The queue carries only the id: the message itself lives in D1, which is the source of truth.
 * `kind` names another stored mail sharing this queue's retries (the help feedback form).
 */
export interface OfflineMailJob {
  id: string;
  kind?: 'help-feedback';
}

/**
 * Asks the queue to deliver stored messages. A failure here loses nothing: the messages stay
 * `pending` in D1 and the stalled-delivery sweep queues them again.
 */
export async function enqueueDeliveries(env: Env, ids: readonly string[], kind?: OfflineMailJob['kind']): Promise<void> {
  if (ids.length === 0) return;
  await env.OFFLINE_MAIL.sendBatch(ids.map((id) => ({ body: (kind ? { id, kind } : { id }) satisfies OfflineMailJob })));
}

/**
 * The `parley-offline-mail` consumer: one delivery attempt per job, then ack, or retry with the
 * delay the retry policy chose. An unexpected error (D1 unavailable) retries without counting a
 * try against the message, since nothing was attempted.
 */
export async function consumeOfflineMail(
  batch: MessageBatch<OfflineMailJob>,
  env: Env,
  transport: MailTransport = sendMail,
): Promise<void> {
  await Promise.all(
    batch.messages.map(async (job) => {
      try {
        const outcome =
          job.body.kind === 'help-feedback'
            ? await deliverFeedback(env, job.body.id, transport)
            : await deliverOfflineMessage(env, job.body.id, { transport });
        if (outcome.kind === 'retry' || outcome.kind === 'not-due') job.retry({ delaySeconds: outcome.delaySeconds });
        else job.ack();
      } catch (err) {
        console.error('offline mail delivery crashed', job.body.id, err);
        job.retry({ delaySeconds: FIRST_RETRY_DELAY_SECONDS });
      }
    }),
  );
}
