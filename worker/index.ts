import { getDb } from '../db/client';
import { app } from './app';
import { sweepConfigOutbox } from './companies/notify';
import { pruneExpired } from './maintenance/prune';
import { consumeOfflineMail, type OfflineMailJob } from './offline/delivery-queue';
import { requeueStalledDeliveries } from './offline/stalled-sweep';

export { CompanyRoom } from '../durable-objects/company-room';

export default {
  fetch: app.fetch,
  queue: (batch, env) => consumeOfflineMail(batch as MessageBatch<OfflineMailJob>, env),
  // The cron trigger (wrangler.toml): re-queue stalled offline deliveries, prune dead auth rows, retry lost config pushes.
  scheduled: (_controller, env, ctx) =>
    ctx.waitUntil(Promise.all([requeueStalledDeliveries(env), pruneExpired(getDb(env.DB)), sweepConfigOutbox(env)])),
} satisfies ExportedHandler<Env>;
