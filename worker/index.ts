import { getDb } from '../db/client';
import { app } from './app';
import { runBillingCron } from './billing/expiry';
import { sweepConfigOutbox } from './companies/notify';
import { pruneExpired } from './maintenance/prune';
import { consumeOfflineMail, type OfflineMailJob } from './offline/delivery-queue';
import { requeueStalledDeliveries } from './offline/stalled-sweep';
import { rememberedUpgradeRefusal } from './widget/upgrade-cooldown';

export { CompanyRoom } from '../durable-objects/company-room';
export { VisitorGateway } from '../durable-objects/visitor-gateway';

export default {
  // An address the company room keeps out is answered before the app runs (widget/upgrade-cooldown.ts).
  fetch: async (request, env, ctx) => (await rememberedUpgradeRefusal(request)) ?? app.fetch(request, env, ctx),
  queue: (batch, env) => consumeOfflineMail(batch as MessageBatch<OfflineMailJob>, env),
  // The cron trigger (wrangler.toml): re-queue stalled offline deliveries, prune dead auth rows, end
  // paid periods and remind of ending ones, retry lost config pushes. Awaited, so the run's outcome (and a test calling the
  // handler) covers the work; billing takes its time from `scheduledTime`.
  scheduled: async (controller, env) => {
    await Promise.all([
      requeueStalledDeliveries(env),
      pruneExpired(getDb(env.DB)),
      runBillingCron(env, controller.scheduledTime),
      sweepConfigOutbox(env),
    ]);
  },
} satisfies ExportedHandler<Env>;
