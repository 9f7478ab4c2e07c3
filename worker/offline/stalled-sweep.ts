import { and, eq, lt, sql } from 'drizzle-orm';
import { getDb } from '../../db/client';
import { helpFeedback, offlineMessages } from '../../db/schema';
import { feedbackToMail } from '../help/feedback-mail';
import { enqueueDeliveries } from './delivery-queue';

/**
 * A `pending` message whose next attempt was due this long ago has lost its queue job (the
 * enqueue after storing failed, or the queue gave up); well above queue latency and the lease.
 */
export const STALLED_AFTER_MS = 15 * 60 * 1000;
const SWEEP_BATCH = 100;

/**
 * Queues stalled deliveries again (run by the cron trigger): offline messages and help feedback
 * (Parley's and companies'), which share the mail queue. Re-queuing a message that still has a
 * job is harmless: each delivery's claim lets only one attempt send.
 */
export async function requeueStalledDeliveries(env: Env, now = new Date()): Promise<string[]> {
  const dueBefore = now.getTime() - STALLED_AFTER_MS;
  const db = getDb(env.DB);
  const [messages, feedback] = await Promise.all([
    db
      .select({ id: offlineMessages.id })
      .from(offlineMessages)
      .where(
        and(
          eq(offlineMessages.deliveryStatus, 'pending'),
          lt(sql`coalesce(${offlineMessages.nextAttemptAt}, ${offlineMessages.createdAt})`, dueBefore),
        ),
      )
      .orderBy(offlineMessages.createdAt)
      .limit(SWEEP_BATCH),
    db
      .select({ id: helpFeedback.id })
      .from(helpFeedback)
      .where(and(feedbackToMail, lt(sql`coalesce(${helpFeedback.nextMailAttemptAt}, ${helpFeedback.createdAt})`, dueBefore)))
      .orderBy(helpFeedback.createdAt)
      .limit(SWEEP_BATCH),
  ]);
  const messageIds = messages.map((r) => r.id);
  const feedbackIds = feedback.map((r) => r.id);
  await Promise.all([enqueueDeliveries(env, messageIds), enqueueDeliveries(env, feedbackIds, 'help-feedback')]);
  return [...messageIds, ...feedbackIds];
}
