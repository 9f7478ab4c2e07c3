import type { Context } from 'hono';
import type { HelpFeedbackBody } from '../../common/schemas/help';
import { getDb } from '../../db/client';
import { clientIp, enforceRateLimit, type RateRule } from '../lib/rate-limit';
import { enqueueDeliveries } from '../offline/delivery-queue';
import type { AppEnv } from '../types';
import { addFeedback, type HelpScope } from './store';

/** Feedback per sender address and per network: enough for a person, too few for a flood of mail. */
export const FEEDBACK_EMAIL_RULE: RateRule = { limit: 3, windowMs: 60 * 60 * 1000 };
export const FEEDBACK_ADDRESS_RULE: RateRule = { limit: 10, windowMs: 60 * 60 * 1000 };

/**
 * Takes one feedback message (F16) from the API or the help page's plain form: rate limits per
 * network and per sender, the honeypot, stored first, then mailed through the mail queue (Parley's
 * to the admins, a company's to its notification address). Throws ApiError (429, 404 article).
 */
export async function submitFeedback(c: Context<AppEnv>, scope: HelpScope, body: HelpFeedbackBody): Promise<void> {
  await enforceRateLimit(c, `help-feedback-ip:${clientIp(c)}`, FEEDBACK_ADDRESS_RULE);
  // A filled honeypot is a bot: it is told the message arrived, and nothing is stored or mailed.
  if (body.website) return;
  await enforceRateLimit(c, `help-feedback-email:${body.email}`, FEEDBACK_EMAIL_RULE);
  const id = await addFeedback(getDb(c.env.DB), scope, body);
  try {
    await enqueueDeliveries(c.env, [id], 'help-feedback');
  } catch (err) {
    // Stored already: the stalled-delivery sweep queues it again, and the console lists it meanwhile.
    console.error('help feedback: queueing the mail failed', id, err);
  }
}
