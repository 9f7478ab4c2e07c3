import { and, eq, gt, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { randomId, sha256Hex } from '../../common/ids';
import { ConfirmNotificationEmailBodySchema } from '../../common/schemas/company';
import type { Db } from '../../db/client';
import { companies, emailConfirmations } from '../../db/schema';
import { invalidToken } from '../auth/tokens';
import { ApiError } from '../lib/errors';
import { enforceRateLimit, type RateRule } from '../lib/rate-limit';
import { validate } from '../lib/validate';
import { sendMail } from '../mail/mailer';
import type { AppEnv } from '../types';
import { notificationEmailConfirmMail } from './company-mails';
import { type CompanyEnv, type CompanyRow, ownerOnly } from './membership';

/** A shared inbox may be read days later. */
const CONFIRM_TTL_MS = 7 * 24 * 3600 * 1000;
/** Confirmation mails per company, so the setting can't be used to mail strangers in bulk. */
export const CONFIRM_MAILS_PER_COMPANY: RateRule = { limit: 5, windowMs: 60 * 60 * 1000 };

/**
 * Whether offline mail may go to `email` without a confirmation link: the owner's own address
 * needs none, since offline mail falls back to it anyway.
 */
export function confirmedWithoutLink(email: string | null, ownerEmail: string): boolean {
  return email !== null && email.toLowerCase() === ownerEmail.toLowerCase();
}

/** Stores a single-use confirmation for `email` and mails its link there; throws when the mail can't go out. */
export async function mailNotificationEmailConfirmation(env: Env, db: Db, company: Pick<CompanyRow, 'id' | 'name'>, email: string) {
  const token = randomId(32);
  const now = Date.now();
  await db.insert(emailConfirmations).values({
    id: await sha256Hex(token),
    companyId: company.id,
    email,
    createdAt: new Date(now),
    expiresAt: new Date(now + CONFIRM_TTL_MS),
  });
  await sendMail(env, { to: email, ...notificationEmailConfirmMail(env.APP_ORIGIN, company.name, token) });
}

/** …/notification-email under a company: the owner asks for the confirmation link again. */
export const notificationEmailApp = new Hono<CompanyEnv>().post('/confirmation', ownerOnly, async (c) => {
  const company = c.get('company');
  if (!company.notificationEmail || company.notificationEmailConfirmedAt) {
    throw new ApiError(409, 'nothing_to_confirm', 'The notification email needs no confirmation.');
  }
  await enforceRateLimit(c, `notification-confirm:${company.id}`, CONFIRM_MAILS_PER_COMPANY);
  await mailNotificationEmailConfirmation(c.env, c.get('db'), company, company.notificationEmail);
  return c.json({ accepted: true }, 202);
});

/**
 * POST /api/notification-email/confirm: the landing page of the link. No login: whoever reads
 * the inbox may not have an account. It confirms only the address the company still has.
 */
export const notificationEmailConfirmRoutes = new Hono<AppEnv>().post(
  '/confirm',
  validate('json', ConfirmNotificationEmailBodySchema),
  async (c) => {
    const db = c.get('db');
    const now = new Date();
    const spent = await db
      .update(emailConfirmations)
      .set({ usedAt: now })
      .where(
        and(
          eq(emailConfirmations.id, await sha256Hex(c.req.valid('json').token)),
          isNull(emailConfirmations.usedAt),
          gt(emailConfirmations.expiresAt, now),
        ),
      )
      .returning({ companyId: emailConfirmations.companyId, email: emailConfirmations.email })
      .get();
    if (!spent) throw invalidToken();
    const company = await db
      .update(companies)
      .set({ notificationEmailConfirmedAt: now })
      .where(and(eq(companies.id, spent.companyId), eq(companies.notificationEmail, spent.email)))
      .returning({ id: companies.id, name: companies.name })
      .get();
    // The owner changed the address after this link was sent.
    if (!company) throw invalidToken();
    return c.json({ company, email: spent.email });
  },
);
