import { and, eq, lt, sql } from 'drizzle-orm';
import { getDb } from '../../db/client';
import { offlineMessages } from '../../db/schema';
import { enqueueDeliveries } from './delivery-queue';

/**
 * A `pending` message whose next attempt was due this long ago has lost its queue job (the
 * enqueue after storing failed, or the queue gave up); well above queue latency and the lease.
 */
export const STALLED_AFTER_MS = 15 * 60 * 1000;
const SWEEP_BATCH = 100;

/**
 * Queues stalled deliveries again (run by the cron trigger). Re-queuing a message that still has
 * a job is harmless: the delivery's claim lets only one attempt send.
 */
export async function requeueStalledDeliveries(env: Env, now = new Date()): Promise<string[]> {
  const dueBefore = now.getTime() - STALLED_AFTER_MS;
  const rows = await getDb(env.DB)
    .select({ id: offlineMessages.id })
    .from(offlineMessages)
    .where(
      and(
        eq(offlineMessages.deliveryStatus, 'pending'),
        lt(sql`coalesce(${offlineMessages.nextAttemptAt}, ${offlineMessages.createdAt})`, dueBefore),
      ),
    )
    .orderBy(offlineMessages.createdAt)
    .limit(SWEEP_BATCH);
  const ids = rows.map((r) => r.id);
  await enqueueDeliveries(env, ids);
  return ids;
}
