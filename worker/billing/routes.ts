import { Hono } from 'hono';
import type { AppEnv } from '../types';
import { listPlans, publicPlan } from './catalogue';
import { localCheckoutRoutes } from './local-checkout';
import { webhookRoutes } from './webhook-routes';

/**
 * Billing routes outside any company (F15), mounted at /api: the public catalogue, the provider's
 * webhook, and in development the local test provider's checkout page.
 */
export const billingRoutes = new Hono<AppEnv>()
  .get('/plans', async (c) => c.json((await listPlans(c.get('db'))).map(publicPlan)))
  .route('/billing', webhookRoutes)
  .route('/billing', localCheckoutRoutes);
