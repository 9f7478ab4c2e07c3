import { and, eq, gt, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import * as v from 'valibot';
import { sha256Hex } from '../../common/ids';
import { companies, transcriptRequests } from '../../db/schema';
import { companyRoom } from '../lib/company-room';
import { sendMail } from '../mail/mailer';
import type { AppEnv } from '../types';
import { type ConfirmOutcome, confirmPage } from './confirm-page';
import { transcriptMail } from './transcript-mail';

const TOKEN = v.pipe(v.string(), v.regex(/^[\w-]{20,100}$/));

/**
 * GET /api/widget/transcript/confirm?token= (F21): the link of the confirmation mail. The first
 * opening spends the token and mails the transcript, read from the room's stored chat; later
 * ones say it was sent, or that the link expired. A failed send gives the token back.
 */
export const transcriptConfirmRoutes = new Hono<AppEnv>().get('/transcript/confirm', async (c) => {
  const page = (outcome: ConfirmOutcome, email: string | null = null) => {
    const { status, html } = confirmPage(outcome, email);
    return c.html(html, status);
  };
  const token = c.req.query('token');
  if (!v.is(TOKEN, token)) return page('invalid');
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
    if (!row) return page('invalid');
    return row.sentAt ? page('already_sent', row.email) : page('expired');
  }
  const company = await db.select({ name: companies.name }).from(companies).where(eq(companies.id, spent.companyId)).get();
  const view = company && (await companyRoom(c.env, spent.companyId).transcript(spent.companyId, spent.chatId));
  if (!company || !view) return page('gone');
  try {
    await sendMail(c.env, { to: spent.email, ...transcriptMail(c.env.APP_ORIGIN, company.name, view) });
  } catch (err) {
    console.error('transcript mail failed', spent.chatId, err);
    await db.update(transcriptRequests).set({ sentAt: null }).where(eq(transcriptRequests.id, id));
    return page('failed');
  }
  return page('sent', spent.email);
});
