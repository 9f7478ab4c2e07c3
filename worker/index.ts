import { app } from './app';
import { consumeOfflineMail, type OfflineMailJob } from './offline/delivery-queue';
import { requeueStalledDeliveries } from './offline/stalled-sweep';

export { CompanyRoom } from '../durable-objects/company-room';

export default {
  fetch: app.fetch,
  queue: (batch, env) => consumeOfflineMail(batch as MessageBatch<OfflineMailJob>, env),
  scheduled: (_controller, env, ctx) => ctx.waitUntil(requeueStalledDeliveries(env)),
} satisfies ExportedHandler<Env>;
