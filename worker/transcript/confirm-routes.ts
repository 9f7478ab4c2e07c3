import { and, eq, gt, isNull } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import * as v from 'valibot';
import { sha256Hex } from '../../common/ids';
import { companies, transcriptRequests } from '../../db/schema';
import { companyRoom } from '../lib/company-room';
import { sendMail } from '../mail/mailer';
import type { AppEnv } from '../types';
import { linkQuery } from './confirm-link';
import { type ConfirmOutcome, confirmPage } from './confirm-page';
import { transcriptMail } from './transcript-mail';
import { transcriptLanguage, transcriptWords } from './words';

const TOKEN = v.pipe(v.string(), v.regex(/^[\w-]{20,100}$/));

/**
 * The confirmation mail's link (F21). GET /api/widget/transcript/confirm?token= only shows where
 * the transcript would go, with a Send button: a mail scanner that opens links must not mail it.
 * POST, from that button, spends the token and mails the transcript, read from the room's stored
 * chat; later openings say it was sent, or that the link expired. A failed send gives the token back.
 */
export const transcriptConfirmRoutes = new Hono<AppEnv>()
  .get('/transcript/confirm', async (c) => {
    const token = c.req.query('token');
    if (!v.is(TOKEN, token)) return page(c, 'invalid');
    const row = await c
      .get('db')
      .select()
      .from(transcriptRequests)
      .where(eq(transcriptRequests.id, await sha256Hex(token)))
      .get();
    if (!row) return page(c, 'invalid');
    if (row.sentAt) return page(c, 'already_sent', row.email);
    if (row.expiresAt <= new Date()) return page(c, 'expired');
    return page(c, 'ask', row.email, token);
  })
  .post('/transcript/confirm', async (c) => {
    const token = c.req.query('token');
    if (!v.is(TOKEN, token)) return page(c, 'invalid');
    const id = await sha256Hex(token);
    const db = c.get('db');
    const now = new Date();
    const spent = await db
      .update(transcriptRequests)
      .set({ sentAt: now })
      .where(and(eq(transcriptRequests.id, id), isNull(transcriptRequests.sentAt), gt(transcriptRequests.expiresAt, now)))
      .returning()
      .get();
    if (!spent) {
      const row = await db.select().from(transcriptRequests).where(eq(transcriptRequests.id, id)).get();
      if (!row) return page(c, 'invalid');
      return row.sentAt ? page(c, 'already_sent', row.email) : page(c, 'expired');
    }
    const company = await db
      .select({ name: companies.name, timeZone: companies.timeZone })
      .from(companies)
      .where(eq(companies.id, spent.companyId))
      .get();
    const view = company && (await companyRoom(c.env, spent.companyId).transcript(spent.companyId, spent.chatId));
    if (!company || !view) return page(c, 'gone');
    try {
      await sendMail(c.env, { to: spent.email, ...transcriptMail(c.env.APP_ORIGIN, company, view) });
    } catch (err) {
      console.error('transcript mail failed', spent.chatId, err);
      await db.update(transcriptRequests).set({ sentAt: null }).where(eq(transcriptRequests.id, id));
      return page(c, 'failed');
    }
    return page(c, 'sent', spent.email);
  });

function page(c: Context<AppEnv>, outcome: ConfirmOutcome, email: string | null = null, token = '') {
  const lang = transcriptLanguage(c.req.query('lang'));
  const { status, html } = confirmPage(outcome, transcriptWords(lang), email, token && linkQuery(token, lang));
  return c.html(html, status);
}
