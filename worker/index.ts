import { getDb } from '../db/client';
import { app } from './app';
import { runBillingCron } from './billing/expiry';
import { pruneExpired } from './maintenance/prune';
import { consumeOfflineMail, type OfflineMailJob } from './offline/delivery-queue';
import { requeueStalledDeliveries } from './offline/stalled-sweep';

export { CompanyRoom } from '../durable-objects/company-room';

export default {
  fetch: app.fetch,
  queue: (batch, env) => consumeOfflineMail(batch as MessageBatch<OfflineMailJob>, env),
  // The cron trigger (wrangler.toml): re-queue stalled offline deliveries, prune dead auth rows, end
  // paid periods and remind of ending ones. Awaited, so the run's outcome (and a test calling the
  // handler) covers the work; billing takes its time from `scheduledTime`.
  scheduled: async (controller, env) => {
    await Promise.all([requeueStalledDeliveries(env), pruneExpired(getDb(env.DB)), runBillingCron(env, controller.scheduledTime)]);
  },
} satisfies ExportedHandler<Env>;
