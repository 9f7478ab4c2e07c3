import { Hono } from 'hono';
import { randomId } from '../../common/ids';
import { OFFLINE_HONEYPOT_FIELD, OfflineMessageBodySchema } from '../../common/schemas/offline';
import { offlineMessages } from '../../db/schema';
import { ApiError } from '../lib/errors';
import { clientIp, enforceRateLimit, type RateRule } from '../lib/rate-limit';
import { validate } from '../lib/validate';
import type { AppEnv } from '../types';
import { originNotAllowed, preflightAllowed, preflightHeaders, widgetAccess, widgetCors } from '../widget/access';
import { enqueueDeliveries } from './delivery-queue';

/** One visitor may send a few messages in a row (a correction, a follow-up), not a stream. */
export const VISITOR_RULE: RateRule = { limit: 5, windowMs: 10 * 60 * 1000 };
/**
 * Per company, an address may be shared by many visitors (an office, a mobile carrier), so it
 * gets more room; counted per company, so one company's traffic never blocks another's visitors.
 */
export const ADDRESS_RULE: RateRule = { limit: 20, windowMs: 60 * 60 * 1000 };
/** Across all companies, a generous cap per address: a script posting to many sites at once. */
export const ADDRESS_ALL_COMPANIES_RULE: RateRule = { limit: 200, windowMs: 60 * 60 * 1000 };

/** The visitor's own sends: theirs to wait for. */
const visitorRefusal = () =>
  new ApiError(429, 'rate_limited', 'You have sent several messages already. Please wait a little and try again.');
/** Others' sends from the same address: said so, never blamed on this visitor. */
const addressRefusal = () =>
  new ApiError(429, 'address_rate_limited', 'Many messages are arriving from this network right now. Please try again later.');

/**
 * POST /api/widget/offline-messages (F14), limited per visitor, per company and address, and per
 * address across companies (429 `rate_limited` for the visitor's own sends, `address_rate_limited` for the others'), called by the widget on a registered domain of the
 * key's company or on the console's Test chat page (`widgetAccess`). The message is stored in D1
 * before anything else, so a failure later (queue, mail) loses nothing.
 * It is accepted even if the owner switched the offline form off meanwhile: the visitor already
 * wrote it, and the switch only decides whether the widget offers the form.
 */
export const offlineWidgetRoutes = new Hono<AppEnv>()
  .options('/offline-messages', widgetCors, async (c) => {
    if (!(await preflightAllowed(c))) throw originNotAllowed();
    return c.body(null, 204, preflightHeaders('POST, OPTIONS'));
  })
  .post('/offline-messages', widgetCors, validate('json', OfflineMessageBodySchema), async (c) => {
    const body = c.req.valid('json');
    const company = await widgetAccess(c, body.key);
    if (!company) throw originNotAllowed();
    const address = clientIp(c);
    if (body.visitorId) await enforceRateLimit(c, `offline:visitor:${company.companyId}:${body.visitorId}`, VISITOR_RULE, visitorRefusal);
    await enforceRateLimit(c, `offline:address:${company.companyId}:${address}`, ADDRESS_RULE, addressRefusal);
    await enforceRateLimit(c, `offline:address:${address}`, ADDRESS_ALL_COMPANIES_RULE, addressRefusal);

    // A filled honeypot is answered exactly like a real message, so bots can't tell, but never mailed.
    const suppressed = Boolean(body[OFFLINE_HONEYPOT_FIELD]);
    const id = randomId();
    await c
      .get('db')
      .insert(offlineMessages)
      .values({
        id,
        companyId: company.companyId,
        visitorId: body.visitorId ?? null,
        email: body.email,
        theme: body.theme,
        message: body.message,
        deliveryStatus: suppressed ? 'suppressed' : 'pending',
        createdAt: new Date(),
      });
    if (!suppressed) {
      try {
        await enqueueDeliveries(c.env, [id]);
      } catch (err) {
        // Stored and still pending: the stalled-delivery sweep queues it again.
        console.error('offline mail enqueue failed', id, err);
      }
    }
    return c.json({ id }, 201);
  });
